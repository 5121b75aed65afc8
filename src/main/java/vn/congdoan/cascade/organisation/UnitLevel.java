package vn.congdoan.cascade.organisation;

/** Where a union organisation stands in the cascade. */
public enum UnitLevel {
  /** Liên đoàn Lao động tỉnh (LĐLĐ): issues the directive, receives the results report. */
  FEDERATION,
  /** Công đoàn ngành: implements the directive, cascades it, compiles the report. */
  SECTOR,
  /** Công đoàn cơ sở (CĐCS): drafts its sub-plan, acts, nominates, reports. */
  GRASSROOTS
}
