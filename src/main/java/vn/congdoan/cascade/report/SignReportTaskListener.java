package vn.congdoan.cascade.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
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
    values.put("reportSummary", report.getCompiled());
    values.put("reportAssessment", report.getAssessment());
    values.put("reportShortcomings", report.getShortcomings());
    values.put("reportProposals", report.getProposals());
    values.putAll(ReportLinks.draft(report.getDirective().getId()));
    show(task, values);
    task.getExecution().removeVariable("reportApproved");
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ResultsReport report = report(task);
    Boolean approved = input.requiredChoice("reportApproved", "ký duyệt hoặc trả lại báo cáo");
    String reason = input.optionalText("reportReturnReason", "lý do trả lại", 2000);
    if (Boolean.FALSE.equals(approved) && reason == null) {
      input.reject("reportReturnReason", "Vui lòng nhập lý do trả lại báo cáo.");
    }
    input.throwIfInvalid();
    if (approved) {
      report.sign(actor(task), clock.now());
    } else {
      report.returnForRevision(reason);
    }
    task.getExecution().setVariable("reportApproved", approved);
  }

  @Override
  protected Set<String> formVariables() {
    Set<String> names = new HashSet<>(Set.of("reportSummary", "reportAssessment", "reportShortcomings",
        "reportProposals", "reportReturnReason"));
    names.addAll(ReportLinks.names(false));
    return names;
  }

  /** The form's fields and the decision, which stays in the process for the gateway after the signature. */
  @Override
  public Set<String> submittedVariables() {
    return formVariablesAnd("reportApproved");
  }

  private ResultsReport report(DelegateTask task) {
    return reports.findById(longVariable(task, "reportId")).orElseThrow();
  }
}
