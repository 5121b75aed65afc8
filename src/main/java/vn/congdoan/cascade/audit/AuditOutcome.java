package vn.congdoan.cascade.audit;

/** What a recorded step came to. */
enum AuditOutcome {
  /** A draft, a report or a list submitted. */
  SUBMITTED,
  APPROVED,
  RETURNED,
  /** The nominations reviewed (each accepted or not). */
  REVIEWED,
  /** The office gave late units more time. */
  EXTENDED,
  /** A unit's deadline moved by an extension (one row per unit). */
  DEADLINE_EXTENDED,
  /** The office ended the collection for the late units. */
  CLOSED,
  /** Any other task completed. */
  COMPLETED
}
