package vn.congdoan.cascade.directive;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.OpenedForm;

/**
 * Task_DraftImplementingPlan: the sector office drafts (or revises) the implementing plan. Its number
 * and date are not typed: the register gives them when the approved plan is issued.
 */
@Component("implementingPlanTask")
class ImplementingPlanTaskListener extends FormTaskListener {

  private static final String RECIPIENTS = ImplementingPlanSubmission.RECIPIENTS;

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final PlanDocumentContent document;
  private final ImplementingPlans drafts;

  public ImplementingPlanTaskListener(DirectiveRepository directives, ImplementingPlanRepository plans,
      PlanDocumentContent document, ImplementingPlans drafts) {
    this.directives = directives;
    this.plans = plans;
    this.document = document;
    this.drafts = drafts;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    name(task, directives.getReferenceById(DIRECTIVE_ID.from(task).get()).label());
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    Directive directive = directives.getReferenceById(DIRECTIVE_ID.from(form.variables()).get());
    Map<String, Object> values = new HashMap<>();
    values.put(ImplementingPlanForm.DIRECTIVE_SUMMARY.name(), DirectiveSummary.of(directive));
    plans.findByDirective(directive).ifPresentOrElse(plan -> {
      values.put(ImplementingPlanForm.PLAN_SUBJECT.name(), plan.getSubject());
      values.put(ImplementingPlanForm.PLAN_PURPOSE.name(), plan.getPurpose());
      values.put(ImplementingPlanForm.PLAN_ACTIVITIES.name(), plan.getActivities());
      values.put(ImplementingPlanForm.PLAN_ORGANISATION.name(), plan.getOrganisation());
      values.put(ImplementingPlanForm.PLAN_RETURN_REASON.name(), plan.getReturnReason());
      if (!plan.getRecipients().isEmpty()) {
        values.put(RECIPIENTS, String.join("\n", plan.getRecipients()));
      }
    }, () -> values.put(ImplementingPlanForm.PLAN_SUBJECT.name(), directive.getSubject()));
    values.putIfAbsent(RECIPIENTS, String.join("\n", document.defaultRecipients(directive.getSector())));
    return values;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ImplementingPlanSubmission submission = ImplementingPlanSubmission.from(input);
    PLAN_ID.on(task.getExecution()).set(drafts.saveDraft(DIRECTIVE_ID.from(task).get(), submission));
  }

  @Override
  protected Set<String> formVariables() {
    return ImplementingPlanForm.FORM.variableNames();
  }
}
