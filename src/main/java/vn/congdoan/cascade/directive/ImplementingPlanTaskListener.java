package vn.congdoan.cascade.directive;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * Task_DraftImplementingPlan: the sector office drafts (or revises) the implementing plan. Its number
 * and date are not typed: the register gives them when the approved plan is issued.
 */
@Component("implementingPlanTask")
public class ImplementingPlanTaskListener extends FormTaskListener {

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;

  public ImplementingPlanTaskListener(DirectiveRepository directives, ImplementingPlanRepository plans) {
    this.directives = directives;
    this.plans = plans;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Directive directive = directives.getReferenceById(longVariable(task, "directiveId"));
    Map<String, Object> values = new HashMap<>();
    values.put("directiveSummary", DirectiveSummary.of(directive));
    plans.findByDirective(directive).ifPresentOrElse(plan -> {
      values.put("planSubject", plan.getSubject());
      values.put("planPurpose", plan.getPurpose());
      values.put("planActivities", plan.getActivities());
      values.put("planOrganisation", plan.getOrganisation());
      values.put("planReturnReason", plan.getReturnReason());
    }, () -> values.put("planSubject", directive.getSubject()));
    show(task, values);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    Directive directive = directives.getReferenceById(longVariable(task, "directiveId"));
    String subject = input.requiredText("planSubject", "trích yếu", 500);
    String purpose = input.requiredText("planPurpose", "mục đích, yêu cầu", FormInput.MAX_TEXT);
    String activities = input.requiredText("planActivities", "nội dung hoạt động", FormInput.MAX_TEXT);
    String organisation = input.requiredText("planOrganisation", "tổ chức thực hiện", FormInput.MAX_TEXT);
    input.throwIfInvalid();
    ImplementingPlan plan = plans.findByDirective(directive).orElseGet(() -> new ImplementingPlan(directive));
    plan.submit(subject, purpose, activities, organisation);
    plan = plans.save(plan);
    task.getExecution().setVariable("planId", plan.getId());
  }

  @Override
  protected Set<String> formVariables() {
    return Set.of("directiveSummary", "planSubject", "planPurpose", "planActivities", "planOrganisation",
        "planReturnReason");
  }
}
