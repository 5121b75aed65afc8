package vn.congdoan.cascade.progress;

import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;

/** Where a grassroots union stands with a directive, as the sector's chair reads it at a glance. */
enum ProgressState {
  NOT_STARTED("Chưa bắt đầu"),
  SUB_PLAN_DRAFTED("Đã xây dựng kế hoạch"),
  /** Activities reported, nominations not yet sent: not finished. */
  REPORTED("Đã báo cáo, chưa đề xuất điển hình"),
  /** The unit's part is done, without nominations. */
  FINISHED("Đã hoàn thành"),
  /** The unit has sent everything, its nominations wait for the sector's review. */
  AWAITING_REVIEW("Đã nộp đủ, chờ cấp trên xét duyệt đề xuất điển hình"),
  /** The unit's part is done, with nominations the sector has reviewed. */
  NOMINATED("Đã hoàn thành, có đề xuất điển hình"),
  /** A child union's report reached this level; its office has not accepted or returned it yet. */
  REPORT_UNDER_REVIEW("Đã gửi báo cáo, chờ xem xét"),
  /** A child union's report was returned with a reason; the child is revising it. */
  REPORT_RETURNED("Báo cáo bị trả lại, đang sửa"),
  OVERDUE("Quá hạn, chưa báo cáo"),
  NOT_REPORTED("Không báo cáo"),
  /** The directive was recalled before the unit finished its part. */
  RECALLED("Đã thu hồi");

  private final String label;

  ProgressState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A unit whose report is missing after its deadline: the sector calls its officers. */
  boolean late() {
    return this == OVERDUE || this == NOT_REPORTED;
  }

  static ProgressState of(UnitAssignment assignment, long nominations) {
    AssignmentStatus status = assignment.getStatus();
    if (assignment.getRecalledAt() != null) {
      return RECALLED;
    }
    if (status == AssignmentStatus.NOT_REPORTED) {
      return NOT_REPORTED;
    }
    if (status == AssignmentStatus.SUBMITTED) {
      return nominations > 0 ? AWAITING_REVIEW : FINISHED;
    }
    if (status == AssignmentStatus.REVIEWED) {
      return nominations > 0 ? NOMINATED : FINISHED;
    }
    if (status == AssignmentStatus.REPORT_ACCEPTED) {
      // the child's part ends once this level has also decided on the nominations it forwarded
      return assignment.getFinishedAt() != null ? FINISHED : AWAITING_REVIEW;
    }
    if (status == AssignmentStatus.REPORT_RECEIVED) {
      return REPORT_UNDER_REVIEW;
    }
    if (assignment.isOverdue()) {
      return OVERDUE;
    }
    return switch (status) {
      case SUB_PLAN_DRAFTED -> SUB_PLAN_DRAFTED;
      case ACTIVITIES_REPORTED -> REPORTED;
      case REPORT_RETURNED -> REPORT_RETURNED;
      default -> NOT_STARTED;
    };
  }
}
