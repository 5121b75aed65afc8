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
import vn.congdoan.cascade.form.OpenedForm;

/**
 * Task_SignReport: the sector chair reads the report (also as the draft document it will be issued as)
 * and signs it or returns it with a reason. On signing it is issued and sent by the next service tasks.
 */
@Component("signReportTask")
class SignReportTaskListener extends FormTaskListener {

  private final ResultsReportRepository reports;
  private final ReportDrafting drafting;

  public SignReportTaskListener(ResultsReportRepository reports, ReportDrafting drafting) {
    this.reports = reports;
    this.drafting = drafting;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    name(task, report(task).getDirective().label());
    REPORT_APPROVED.on(task.getExecution()).remove();
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    ResultsReport report = reports.findById(REPORT_ID.from(form.variables()).get()).orElseThrow();
    Map<String, Object> values = new HashMap<>();
    values.put(ReportApprovalForm.REPORT_SUMMARY.name(), report.getCompiled());
    values.put(ResultsReportForm.REPORT_ASSESSMENT.name(), report.getAssessment());
    values.put(ResultsReportForm.REPORT_SHORTCOMINGS.name(), report.getShortcomings());
    values.put(ResultsReportForm.REPORT_PROPOSALS.name(), report.getProposals());
    values.putAll(ReportLinks.draft(report.getDirective().getId()));
    return values;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ReportDecision decision = ReportDecision.from(input);
    drafting.decide(REPORT_ID.from(task).get(), decision, actor(task));
    REPORT_APPROVED.on(task.getExecution()).set(decision.approved());
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
