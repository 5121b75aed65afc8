package vn.congdoan.cascade.report;

import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/** What the office writes in Task_CompileReport, checked: the report's narrative parts. */
record ReportNarrative(String assessment, String shortcomings, String proposals) {

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static ReportNarrative from(FormInput input) {
    String assessment = input.requiredText(ResultsReportForm.REPORT_ASSESSMENT.name(), "đánh giá chung", FormInput.MAX_TEXT);
    String shortcomings = input.requiredText(ResultsReportForm.REPORT_SHORTCOMINGS.name(), "tồn tại, hạn chế và nguyên nhân", FormInput.MAX_TEXT);
    String proposals = input.optionalText(ResultsReportForm.REPORT_PROPOSALS.name(), "kiến nghị, đề xuất", FormInput.MAX_TEXT);
    input.throwIfInvalid();
    return new ReportNarrative(assessment, shortcomings, proposals);
  }
}
