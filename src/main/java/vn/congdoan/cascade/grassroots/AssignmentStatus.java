package vn.congdoan.cascade.grassroots;

/**
 * How far a grassroots union has got with a directive. The states are not ordered here: each step of
 * GrassrootsUnionProcess names the state it reaches ({@link UnitSteps}), so the model alone defines the
 * order.
 */
public enum AssignmentStatus {
  /** The plan was issued to the unit; it has not drafted its own plan yet. */
  ISSUED("Chưa xây dựng kế hoạch"),
  SUB_PLAN_DRAFTED("Đã xây dựng kế hoạch"),
  /** Activities reported, nominations not yet sent: the unit's part is not done. */
  ACTIVITIES_REPORTED("Đã báo cáo, chưa đề xuất điển hình"),
  /** The unit has done its part: sub-plan, activities and nominations are in. */
  SUBMITTED("Đã gửi đề xuất, chờ xét duyệt"),
  /** The sector has reviewed the unit's nominations. */
  REVIEWED("Đã xét duyệt"),
  /**
   * A child with children of its own (an upper-level union under the LĐLĐ): its issued report has arrived at
   * the parent inside the system, whose office reviews it.
   */
  REPORT_RECEIVED("Đã gửi báo cáo, chờ cấp trên xem xét"),
  /** The parent's office returned the child's report with a reason: the child revises and submits it again. */
  REPORT_RETURNED("Báo cáo bị trả lại để sửa"),
  /** The parent's office accepted the child's report: its figures count in the parent's report. */
  REPORT_ACCEPTED("Báo cáo đã được chấp nhận"),
  /** The deadline passed before the unit submitted. */
  NOT_REPORTED("Không báo cáo");

  private final String label;

  AssignmentStatus(String label) {
    this.label = label;
  }

  /** A child union's report that reached the parent while the collection was open (its figures count once accepted). */
  public boolean reportArrived() {
    return this == REPORT_RECEIVED || this == REPORT_ACCEPTED;
  }

  /** The status as officers read it. */
  public String label() {
    return label;
  }
}
