package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_APPROVED;

import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.PlanApprovalForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * What the chair submits in Task_ApprovePlan, checked: approved, or returned with a reason; the units' deadline
 * if the chair brought it forward (checked against the directive by {@link ImplementingPlans#decide}).
 */
record PlanDecision(boolean approved, String returnReason, LocalDate childrenDeadline) {

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static PlanDecision from(FormInput input) {
    Boolean approved = input.requiredChoice(PLAN_APPROVED.name(), "duyệt hoặc trả lại kế hoạch");
    String reason = input.optionalText(ImplementingPlanForm.PLAN_RETURN_REASON.name(), "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject(ImplementingPlanForm.PLAN_RETURN_REASON.name(), "Vui lòng nhập lý do trả lại kế hoạch.");
    }
    // blank: the deadline stays as it is
    LocalDate childrenDeadline = input.optionalDate(PlanApprovalForm.CHILDREN_DEADLINE.name(), "hạn hoàn thành của đơn vị trực thuộc");
    input.throwIfInvalid();
    return new PlanDecision(approved, reason, childrenDeadline);
  }
}
