package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.OpenedForm;

/**
 * Task_CompileReport: the report's figures were compiled by Task_CompileReportFigures just before; when
 * the task opens it only shows them (and the narrative parts written so far); the office writes the
 * narrative parts (assessment, shortcomings, proposals) and submits it to the chair. The form links to
 * the draft document (with its annexes) and to the issued plan.
 */
@Component("compileReportTask")
class CompileReportTaskListener extends FormTaskListener {

  private final ResultsReportRepository reports;
  private final IssuedDocumentRepository documents;
  private final ReportDrafting drafting;

  public CompileReportTaskListener(ResultsReportRepository reports, IssuedDocumentRepository documents,
      ReportDrafting drafting) {
    this.reports = reports;
    this.documents = documents;
    this.drafting = drafting;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    name(task, reports.findById(REPORT_ID.from(task).get()).orElseThrow().getDirective().label());
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    ResultsReport report = reports.findById(REPORT_ID.from(form.variables()).get()).orElseThrow();
    Directive directive = report.getDirective();
    Map<String, Object> values = new HashMap<>();
    values.put(ResultsReportForm.REPORT_DRAFT.name(), report.getCompiled());
    values.put(ResultsReportForm.REPORT_ASSESSMENT.name(), report.getAssessment());
    values.put(ResultsReportForm.REPORT_SHORTCOMINGS.name(), report.getShortcomings());
    values.put(ResultsReportForm.REPORT_PROPOSALS.name(), report.getProposals());
    values.put(ResultsReportForm.REPORT_RETURN_REASON.name(), report.getReturnReason());
    values.putAll(ReportLinks.draft(directive.getId()));
    values.putAll(ReportLinks.plan(documents, directive));
    return values;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    drafting.submitNarrative(REPORT_ID.from(task).get(), ReportNarrative.from(input), actor(task));
  }

  @Override
  protected Set<String> formVariables() {
    return ResultsReportForm.FORM.variableNames();
  }
}
