package vn.congdoan.cascade.directive;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_ApprovePlan: the sector chair reads the plan (also as the draft document it will be issued as)
 * and approves it or returns it with a reason.
 */
@Component("planApprovalTask")
class PlanApprovalTaskListener extends FormTaskListener {

  private final ImplementingPlanRepository plans;
  private final EngineClock clock;

  public PlanApprovalTaskListener(ImplementingPlanRepository plans, EngineClock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    ImplementingPlan plan = plans.findById(longVariable(task, "planId")).orElseThrow();
    Long directiveId = longVariable(task, "directiveId");
    show(task, Map.of("planSummary", plan.heading(), "planPurpose", plan.getPurpose(),
        "planActivities", plan.getActivities(), "planOrganisation", plan.getOrganisation(),
        "planDraftPdfUrl", DocumentLinks.draft(directiveId, DocumentKind.PLAN, DocumentFormat.PDF),
        "planDraftDocxUrl", DocumentLinks.draft(directiveId, DocumentKind.PLAN, DocumentFormat.DOCX)));
    task.getExecution().removeVariable("planApproved");
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ImplementingPlan plan = plans.findById(longVariable(task, "planId")).orElseThrow();
    Boolean approved = input.requiredChoice("planApproved", "duyệt hoặc trả lại kế hoạch");
    String reason = input.optionalText("planReturnReason", "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject("planReturnReason", "Vui lòng nhập lý do trả lại kế hoạch.");
    }
    input.throwIfInvalid();
    String chair = actor(task);
    if (approved) {
      plan.approve(chair, clock.now());
    } else {
      plan.returnForRevision(chair, clock.now(), reason);
    }
    task.getExecution().setVariable("planApproved", approved);
  }

  @Override
  protected Set<String> formVariables() {
    return Set.of("planSummary", "planPurpose", "planActivities", "planOrganisation", "planReturnReason",
        "planDraftPdfUrl", "planDraftDocxUrl");
  }

  /** The form's fields and the decision, which stays in the process for the gateway after the approval. */
  @Override
  public Set<String> submittedVariables() {
    return formVariablesAnd("planApproved");
  }
}
