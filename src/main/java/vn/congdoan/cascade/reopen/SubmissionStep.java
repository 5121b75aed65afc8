package vn.congdoan.cascade.reopen;

import vn.congdoan.cascade.grassroots.AssignmentStatus;

/** What the sector's office can return to a unit, in the order the unit does it. */
enum SubmissionStep {
  SUB_PLAN("kế hoạch của CĐCS", AssignmentStatus.ISSUED),
  ACTIVITY_REPORT("báo cáo kết quả thực hiện", AssignmentStatus.SUB_PLAN_DRAFTED),
  NOMINATIONS("đề xuất điển hình tiên tiến", AssignmentStatus.ACTIVITIES_REPORTED);

  private final String label;
  private final AssignmentStatus before;

  SubmissionStep(String label, AssignmentStatus before) {
    this.label = label;
    this.before = before;
  }

  String label() {
    return label;
  }

  /** The unit's state before this step: where a return of this step puts it back. */
  AssignmentStatus before() {
    return before;
  }

  static SubmissionStep parse(String value) {
    for (SubmissionStep step : values()) {
      if (step.name().equals(value)) {
        return step;
      }
    }
    return null;
  }
}
