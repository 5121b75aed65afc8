package vn.congdoan.cascade.report;

public enum ReportStatus {
  /** Drafted from the data; the office has not submitted it yet. */
  DRAFT,
  SUBMITTED,
  RETURNED,
  SIGNED,
  SENT
}
