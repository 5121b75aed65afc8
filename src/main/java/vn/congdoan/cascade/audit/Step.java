package vn.congdoan.cascade.audit;

import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;

/**
 * How a recorded officer's step reads in the trail: a stable code, the Vietnamese action, and its rank
 * among steps recorded at the same instant (the order the cascade takes them).
 */
record Step(String code, String action, int rank) {

  static Step of(String taskKey, AuditOutcome outcome) {
    return switch (taskKey) {
      case DirectiveCascadeContract.TASK_DRAFT_IMPLEMENTING_PLAN -> new Step("PLAN_DRAFTED", "Xây dựng kế hoạch triển khai, trình duyệt", 10);
      case DirectiveCascadeContract.TASK_APPROVE_PLAN -> outcome == AuditOutcome.RETURNED
          ? new Step("PLAN_RETURNED", "Trả lại kế hoạch để sửa", 20)
          : new Step("PLAN_APPROVED", "Phê duyệt kế hoạch", 20);
      case DirectiveCascadeContract.TASK_HANDLE_LATE_UNITS -> switch (outcome) {
        case CLOSED -> new Step("LATE_UNITS_CLOSED", "Quyết định kết thúc thu thập đối với đơn vị quá hạn", 90);
        case DEADLINE_EXTENDED -> new Step("UNIT_DEADLINE_EXTENDED", "Gia hạn cho đơn vị", 91);
        default -> new Step("LATE_UNITS_EXTENDED", "Quyết định gia hạn cho đơn vị quá hạn", 90);
      };
      case DirectiveCascadeContract.TASK_COMPILE_REPORT -> new Step("REPORT_DRAFTED", "Hoàn thành báo cáo kết quả, trình ký", 110);
      case DirectiveCascadeContract.TASK_SIGN_REPORT -> outcome == AuditOutcome.RETURNED
          ? new Step("REPORT_RETURNED", "Trả lại báo cáo để sửa", 120)
          : new Step("REPORT_SIGNED", "Ký duyệt báo cáo", 120);
      case DirectiveCascadeContract.TASK_PARENT_REVIEWS_REPORT -> outcome == AuditOutcome.RETURNED
          ? new Step("REPORT_RETURNED_BY_PARENT", "Cấp trên trả lại báo cáo để sửa", 140)
          : new Step("REPORT_ACCEPTED_BY_PARENT", "Cấp trên chấp nhận báo cáo", 140);
      case DirectiveCascadeContract.TASK_PARENT_REVIEWS_NOMINATIONS ->
          new Step("FORWARDED_NOMINATIONS_REVIEWED", "Cấp trên xét duyệt đề xuất điển hình được chuyển lên", 150);
      case GrassrootsUnionContract.TASK_DRAFT_SUB_PLAN -> new Step("SUB_PLAN_SUBMITTED", "Nộp kế hoạch của CĐCS", 50);
      case GrassrootsUnionContract.TASK_REPORT_ACTIVITIES -> new Step("ACTIVITIES_REPORTED", "Nộp báo cáo kết quả thực hiện", 60);
      case GrassrootsUnionContract.TASK_NOMINATE_EXEMPLARS -> new Step("NOMINATIONS_SUBMITTED", "Nộp đề xuất điển hình", 70);
      case GrassrootsUnionContract.TASK_REVIEW_NOMINATIONS -> new Step("NOMINATIONS_REVIEWED", "Xét duyệt đề xuất điển hình", 80);
      default -> new Step("TASK_COMPLETED", "Hoàn thành công việc " + taskKey, 200);
    };
  }
}
