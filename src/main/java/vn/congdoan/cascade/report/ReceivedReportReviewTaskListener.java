package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ACCEPTED;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ReceivedReportReviewForm;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ReportApprovalForm;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.OpenedForm;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_ParentReviewsReport: the parent's office reads the report a child union submitted (the issued document
 * and its parts) and accepts it or returns it with a reason ({@link ReceivedReportReviews}).
 */
@Component("receivedReportReviewTask")
class ReceivedReportReviewTaskListener extends FormTaskListener {

  /** The reason is kept with the child's report after the parent's name and the document's number. */
  static final int MAX_REASON = 1500;

  private final ReceivedReportReviews reviews;
  private final EngineClock clock;

  ReceivedReportReviewTaskListener(ReceivedReportReviews reviews, EngineClock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    ResultsReport report = reviews.awaitingReview(DIRECTIVE_ID.from(task).get()).getReport();
    name(task, report.getDirective().getSector().getName(), report.getDirective().label());
    REPORT_ACCEPTED.on(task.getExecution()).remove();
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    ReceivedReport receipt = reviews.awaitingReview(DIRECTIVE_ID.from(form.variables()).get());
    ResultsReport report = receipt.getReport();
    IssuedDocument document = receipt.getDocument();
    String unit = report.getDirective().getSector().getName();
    Map<String, Object> values = new HashMap<>();
    values.put(ReceivedReportReviewForm.UNIT_NAME.name(), unit);
    values.put(ReceivedReportReviewForm.RECEIVED_REPORT.name(), "Báo cáo số " + document.getNumber() + " ngày "
        + VietnamTime.format(document.getIssuedOn()) + ", số đến " + receipt.getArrivalNumber() + " ngày "
        + VietnamTime.format(receipt.getReceivedAt()));
    values.put(ReceivedReportReviewForm.RECEIVED_REPORT_PDF_URL.name(), DocumentLinks.content(document.getId(), DocumentFormat.PDF));
    values.put(ReceivedReportReviewForm.RECEIVED_REPORT_DOCX_URL.name(), DocumentLinks.content(document.getId(), DocumentFormat.DOCX));
    values.put(ReportApprovalForm.REPORT_SUMMARY.name(), report.getCompiled());
    values.put(ResultsReportForm.REPORT_ASSESSMENT.name(), report.getAssessment());
    values.put(ResultsReportForm.REPORT_SHORTCOMINGS.name(), report.getShortcomings());
    values.put(ResultsReportForm.REPORT_PROPOSALS.name(), report.getProposals());
    return values;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    Boolean accepted = input.requiredChoice(REPORT_ACCEPTED.name(), "chấp nhận hoặc trả lại báo cáo");
    String reason = input.optionalText(ReceivedReportReviewForm.PARENT_RETURN_REASON.name(), "lý do trả lại", MAX_REASON);
    if (Boolean.FALSE.equals(accepted) && reason == null) {
      input.reject(ReceivedReportReviewForm.PARENT_RETURN_REASON.name(), "Vui lòng nhập lý do trả lại báo cáo.");
    }
    input.throwIfInvalid();
    long directiveId = DIRECTIVE_ID.from(task).get();
    if (accepted) {
      reviews.accept(directiveId, actor(task), clock.now());
    } else {
      reviews.returnForRevision(directiveId, reason, actor(task), clock.now());
    }
    REPORT_ACCEPTED.on(task.getExecution()).set(accepted);
  }

  @Override
  protected Set<String> formVariables() {
    return ReceivedReportReviewForm.FORM.variableNames();
  }

  /** The form's fields and the decision, which stays in the process for Gateway_ReportAccepted. */
  @Override
  public Set<String> submittedVariables() {
    return ReceivedReportReviewForm.FORM.submittedNames();
  }
}
