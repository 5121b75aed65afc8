package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_APPROVED;

import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/** What the chair submits in Task_SignReport, checked: signed, or returned with a reason. */
record ReportDecision(boolean approved, String returnReason) {

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static ReportDecision from(FormInput input) {
    Boolean approved = input.requiredChoice(REPORT_APPROVED.name(), "ký duyệt hoặc trả lại báo cáo");
    String reason = input.optionalText(ResultsReportForm.REPORT_RETURN_REASON.name(), "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject(ResultsReportForm.REPORT_RETURN_REASON.name(), "Vui lòng nhập lý do trả lại báo cáo.");
    }
    input.throwIfInvalid();
    return new ReportDecision(approved, reason);
  }
}
