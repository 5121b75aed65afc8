package vn.congdoan.cascade.directive;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_ID;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * Task_DraftImplementingPlan: the sector office drafts (or revises) the implementing plan. Its number
 * and date are not typed: the register gives them when the approved plan is issued.
 */
@Component("implementingPlanTask")
class ImplementingPlanTaskListener extends FormTaskListener {

  static final String RECIPIENTS = ImplementingPlanForm.PLAN_RECIPIENTS.name();
  static final int MAX_RECIPIENTS = 30;
  static final int MAX_RECIPIENT_LENGTH = 200;

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final PlanDocumentContent document;

  public ImplementingPlanTaskListener(DirectiveRepository directives, ImplementingPlanRepository plans,
      PlanDocumentContent document) {
    this.directives = directives;
    this.plans = plans;
    this.document = document;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Directive directive = directives.getReferenceById(DIRECTIVE_ID.from(task).get());
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
    show(task, values);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    Directive directive = directives.getReferenceById(DIRECTIVE_ID.from(task).get());
    String subject = input.requiredText(ImplementingPlanForm.PLAN_SUBJECT.name(), "trích yếu", 500);
    String purpose = input.requiredText(ImplementingPlanForm.PLAN_PURPOSE.name(), "mục đích, yêu cầu", FormInput.MAX_TEXT);
    String activities = input.requiredText(ImplementingPlanForm.PLAN_ACTIVITIES.name(), "nội dung hoạt động", FormInput.MAX_TEXT);
    String organisation = input.requiredText(ImplementingPlanForm.PLAN_ORGANISATION.name(), "tổ chức thực hiện", FormInput.MAX_TEXT);
    List<String> recipients = recipients(input);
    input.throwIfInvalid();
    ImplementingPlan plan = plans.findByDirective(directive).orElseGet(() -> new ImplementingPlan(directive));
    plan.submit(subject, purpose, activities, organisation);
    plan.sendTo(recipients);
    plan = plans.save(plan);
    PLAN_ID.on(task.getExecution()).set(plan.getId());
  }

  /**
   * "Nơi nhận": one recipient a line, a leading dash optional (the document prints it); empty for the
   * default recipients (a completion through REST may leave the field out).
   */
  static List<String> recipients(FormInput input) {
    String text = input.optionalText(RECIPIENTS, "nơi nhận", FormInput.MAX_TEXT);
    if (text == null) {
      return List.of();
    }
    List<String> lines = text.lines().map(String::strip).map(l -> l.replaceFirst("^[-–•]\\s*", "").strip())
        .filter(l -> !l.isEmpty()).toList();
    if (lines.size() > MAX_RECIPIENTS) {
      input.reject(RECIPIENTS, "Nơi nhận có tối đa " + MAX_RECIPIENTS + " dòng.");
    } else if (lines.stream().anyMatch(l -> l.length() > MAX_RECIPIENT_LENGTH)) {
      input.reject(RECIPIENTS, "Mỗi nơi nhận tối đa " + MAX_RECIPIENT_LENGTH + " ký tự; mỗi nơi nhận một dòng.");
    }
    return lines;
  }

  @Override
  protected Set<String> formVariables() {
    return ImplementingPlanForm.FORM.variableNames();
  }
}
