package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;

/** Task_DraftImplementingPlan: the sector office drafts (or revises) the implementing plan. */
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
      values.put("planNumber", plan.getNumber());
      values.put("planIssuedOn", plan.getIssuedOn().toString());
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
    String number = input.requiredText("planNumber", "số, ký hiệu kế hoạch", 50);
    LocalDate issuedOn = input.requiredDate("planIssuedOn", "ngày ban hành kế hoạch");
    String subject = input.requiredText("planSubject", "trích yếu", 500);
    String purpose = input.requiredText("planPurpose", "mục đích, yêu cầu", FormInput.MAX_TEXT);
    String activities = input.requiredText("planActivities", "nội dung hoạt động", FormInput.MAX_TEXT);
    String organisation = input.requiredText("planOrganisation", "tổ chức thực hiện", FormInput.MAX_TEXT);
    if (issuedOn != null && issuedOn.isBefore(directive.getIssuedOn())) {
      input.reject("planIssuedOn", "Ngày ban hành kế hoạch không được trước ngày của văn bản cấp trên.");
    }
    ImplementingPlan plan = plans.findByDirective(directive).orElseGet(() -> new ImplementingPlan(directive));
    if (number != null && plans.existsByNumberAndDirective_SectorIdAndIdNot(number, directive.getSector().getId(),
        plan.getId() == null ? -1L : plan.getId())) {
      input.reject("planNumber", "Số kế hoạch " + number + " đã được dùng cho một kế hoạch khác.");
    }
    input.throwIfInvalid();
    plan.submit(number, issuedOn, subject, purpose, activities, organisation);
    plan = plans.save(plan);
    task.getExecution().setVariable("planId", plan.getId());
  }

  @Override
  protected Set<String> formVariables() {
    return Set.of("directiveSummary", "planNumber", "planIssuedOn", "planSubject", "planPurpose", "planActivities",
        "planOrganisation", "planReturnReason");
  }
}
