package vn.congdoan.cascade.notification;

public enum NotificationKind {
  /** A reminder to a grassroots union before its deadline. */
  REMINDER,
  /** The list of late units sent to the sector at a deadline. */
  ESCALATION,
  /** The sector's results report, sent to the federation with its files attached. */
  RESULTS_REPORT,
  /** A grassroots union told that the directive was recalled, with the chair's reason. */
  RECALL
}
