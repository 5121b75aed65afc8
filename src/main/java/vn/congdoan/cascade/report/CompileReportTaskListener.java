package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ResultsReportForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * Task_CompileReport: when the task opens, the report is already compiled from the units' data; the
 * office writes the narrative parts (assessment, shortcomings, proposals) and submits it to the chair.
 * The form links to the draft document (with its annexes) and to the issued plan.
 */
@Component("compileReportTask")
public class CompileReportTaskListener extends FormTaskListener {

  private final DirectiveRepository directives;
  private final ResultsReportRepository reports;
  private final ResultsCompiler compiler;
  private final IssuedDocumentRepository documents;

  public CompileReportTaskListener(DirectiveRepository directives, ResultsReportRepository reports,
      ResultsCompiler compiler, IssuedDocumentRepository documents) {
    this.directives = directives;
    this.reports = reports;
    this.compiler = compiler;
    this.documents = documents;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Directive directive = directives.findById(DIRECTIVE_ID.from(task).get()).orElseThrow();
    String compiled = compiler.compile(directive);
    ResultsReport report = reports.findByDirective(directive).orElse(null);
    if (report == null) {
      report = reports.save(new ResultsReport(directive, compiled));
    } else {
      report.recompile(compiled);
    }
    REPORT_ID.on(task.getExecution()).set(report.getId());
    Map<String, Object> values = new HashMap<>();
    values.put(ResultsReportForm.REPORT_DRAFT.name(), compiled);
    values.put(ResultsReportForm.REPORT_ASSESSMENT.name(), report.getAssessment());
    values.put(ResultsReportForm.REPORT_SHORTCOMINGS.name(), report.getShortcomings());
    values.put(ResultsReportForm.REPORT_PROPOSALS.name(), report.getProposals());
    values.put(ResultsReportForm.REPORT_RETURN_REASON.name(), report.getReturnReason());
    values.putAll(ReportLinks.draft(directive.getId()));
    values.putAll(ReportLinks.plan(documents, directive));
    show(task, values);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ResultsReport report = reports.findById(REPORT_ID.from(task).get()).orElseThrow();
    String assessment = input.requiredText(ResultsReportForm.REPORT_ASSESSMENT.name(), "đánh giá chung", FormInput.MAX_TEXT);
    String shortcomings = input.requiredText(ResultsReportForm.REPORT_SHORTCOMINGS.name(), "tồn tại, hạn chế và nguyên nhân", FormInput.MAX_TEXT);
    String proposals = input.optionalText(ResultsReportForm.REPORT_PROPOSALS.name(), "kiến nghị, đề xuất", FormInput.MAX_TEXT);
    input.throwIfInvalid();
    report.submit(assessment, shortcomings, proposals, actor(task));
  }

  @Override
  protected Set<String> formVariables() {
    return ResultsReportForm.FORM.variableNames();
  }
}
