package vn.congdoan.cascade.directive;

public enum PlanStatus {
  /** Drafted by the office, waiting for the chair. */
  SUBMITTED,
  /** Returned by the chair with a reason. */
  RETURNED,
  /** Approved by the chair. */
  APPROVED,
  /** Sent to every grassroots union. */
  ISSUED
}
