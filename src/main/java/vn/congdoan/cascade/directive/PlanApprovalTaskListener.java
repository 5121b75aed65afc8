package vn.congdoan.cascade.directive;

import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.calendar.VietnamTime;
import java.util.Date;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_APPROVED;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_ID;
import static vn.congdoan.cascade.contract.SharedVariables.PLAN_SUMMARY;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.PlanApprovalForm;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.OpenedForm;

/**
 * Task_ApprovePlan: the sector chair reads the plan (also as the draft document it will be issued as)
 * and approves it or returns it with a reason.
 */
@Component("planApprovalTask")
class PlanApprovalTaskListener extends FormTaskListener {

  private final ImplementingPlanRepository plans;
  private final ImplementingPlans decisions;

  public PlanApprovalTaskListener(ImplementingPlanRepository plans, ImplementingPlans decisions) {
    this.plans = plans;
    this.decisions = decisions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    name(task, plans.findById(PLAN_ID.from(task).get()).orElseThrow().getDirective().label());
    PLAN_APPROVED.on(task.getExecution()).remove();
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    ImplementingPlan plan = plans.findById(PLAN_ID.from(form.variables()).get()).orElseThrow();
    Long directiveId = DIRECTIVE_ID.from(form.variables()).get();
    return Map.of(PLAN_SUMMARY.name(), plan.heading(), ImplementingPlanForm.PLAN_PURPOSE.name(), plan.getPurpose(),
        ImplementingPlanForm.PLAN_ACTIVITIES.name(), plan.getActivities(), ImplementingPlanForm.PLAN_ORGANISATION.name(), plan.getOrganisation(),
        PlanApprovalForm.PLAN_DRAFT_PDF_URL.name(), DocumentLinks.draft(directiveId, DocumentKind.PLAN, DocumentFormat.PDF),
        PlanApprovalForm.PLAN_DRAFT_DOCX_URL.name(), DocumentLinks.draft(directiveId, DocumentKind.PLAN, DocumentFormat.DOCX),
        PlanApprovalForm.CHILDREN_DEADLINE.name(), VietnamTime.format(plan.getDirective().getDeadline()));
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    PlanDecision decision = PlanDecision.from(input);
    Date deadline = Date.from(decisions.decide(PLAN_ID.from(task).get(), decision, actor(task)));
    PLAN_APPROVED.on(task.getExecution()).set(decision.approved());
    // the units' deadline as approved (the chair may have brought it forward): the fan-out and the monitoring read it
    DirectiveCascadeContract.DEADLINE.on(task.getExecution()).set(deadline);
    DirectiveCascadeContract.ESCALATION_AT.on(task.getExecution()).set(deadline);
  }

  @Override
  protected Set<String> formVariables() {
    return PlanApprovalForm.FORM.variableNames();
  }

  /** The form's fields and the decision, which stays in the process for the gateway after the approval. */
  @Override
  public Set<String> submittedVariables() {
    return PlanApprovalForm.FORM.submittedNames();
  }
}
