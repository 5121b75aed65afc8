package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_APPROVED;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ReportApprovalForm;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_SignReport: the sector chair reads the report (also as the draft document it will be issued as)
 * and signs it or returns it with a reason. On signing it is issued and sent by the next service tasks.
 */
@Component("signReportTask")
class SignReportTaskListener extends FormTaskListener {

  private final ResultsReportRepository reports;
  private final EngineClock clock;

  public SignReportTaskListener(ResultsReportRepository reports, EngineClock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    ResultsReport report = report(task);
    Map<String, Object> values = new HashMap<>();
    values.put(ReportApprovalForm.REPORT_SUMMARY.name(), report.getCompiled());
    values.put(ResultsReportForm.REPORT_ASSESSMENT.name(), report.getAssessment());
    values.put(ResultsReportForm.REPORT_SHORTCOMINGS.name(), report.getShortcomings());
    values.put(ResultsReportForm.REPORT_PROPOSALS.name(), report.getProposals());
    values.putAll(ReportLinks.draft(report.getDirective().getId()));
    show(task, values);
    REPORT_APPROVED.on(task.getExecution()).remove();
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ResultsReport report = report(task);
    Boolean approved = input.requiredChoice(REPORT_APPROVED.name(), "ký duyệt hoặc trả lại báo cáo");
    String reason = input.optionalText(ResultsReportForm.REPORT_RETURN_REASON.name(), "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject(ResultsReportForm.REPORT_RETURN_REASON.name(), "Vui lòng nhập lý do trả lại báo cáo.");
    }
    input.throwIfInvalid();
    if (approved) {
      report.sign(actor(task), clock.now());
    } else {
      report.returnForRevision(reason);
    }
    REPORT_APPROVED.on(task.getExecution()).set(approved);
  }

  @Override
  protected Set<String> formVariables() {
    return ReportApprovalForm.FORM.variableNames();
  }

  /** The form's fields and the decision, which stays in the process for the gateway after the signature. */
  @Override
  public Set<String> submittedVariables() {
    return ReportApprovalForm.FORM.submittedNames();
  }

  private ResultsReport report(DelegateTask task) {
    return reports.findById(REPORT_ID.from(task).get()).orElseThrow();
  }
}
