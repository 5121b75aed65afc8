package vn.congdoan.cascade.directive;

import java.util.List;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ImplementingPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * What the office submits in Task_DraftImplementingPlan, checked: the plan's text and its recipients
 * ("Nơi nhận", empty for the default recipients).
 */
record ImplementingPlanSubmission(String subject, String purpose, String activities, String organisation,
    List<String> recipients) {

  static final String RECIPIENTS = ImplementingPlanForm.PLAN_RECIPIENTS.name();
  static final int MAX_RECIPIENTS = 30;
  static final int MAX_RECIPIENT_LENGTH = 200;

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static ImplementingPlanSubmission from(FormInput input) {
    String subject = input.requiredText(ImplementingPlanForm.PLAN_SUBJECT.name(), "trích yếu", 500);
    String purpose = input.requiredText(ImplementingPlanForm.PLAN_PURPOSE.name(), "mục đích, yêu cầu", FormInput.MAX_TEXT);
    String activities = input.requiredText(ImplementingPlanForm.PLAN_ACTIVITIES.name(), "nội dung hoạt động", FormInput.MAX_TEXT);
    String organisation = input.requiredText(ImplementingPlanForm.PLAN_ORGANISATION.name(), "tổ chức thực hiện", FormInput.MAX_TEXT);
    List<String> recipients = recipients(input);
    input.throwIfInvalid();
    return new ImplementingPlanSubmission(subject, purpose, activities, organisation, recipients);
  }

  /**
   * "Nơi nhận": one recipient a line, a leading dash optional (the document prints it); empty for the
   * default recipients (a completion through REST may leave the field out).
   */
  private static List<String> recipients(FormInput input) {
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
}
