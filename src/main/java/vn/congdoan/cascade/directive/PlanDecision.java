package vn.congdoan.cascade.directive;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_APPROVED;

import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/** What the chair submits in Task_ApprovePlan, checked: approved, or returned with a reason. */
record PlanDecision(boolean approved, String returnReason) {

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static PlanDecision from(FormInput input) {
    Boolean approved = input.requiredChoice(PLAN_APPROVED.name(), "duyệt hoặc trả lại kế hoạch");
    String reason = input.optionalText(ImplementingPlanForm.PLAN_RETURN_REASON.name(), "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject(ImplementingPlanForm.PLAN_RETURN_REASON.name(), "Vui lòng nhập lý do trả lại kế hoạch.");
    }
    input.throwIfInvalid();
    return new PlanDecision(approved, reason);
  }
}
