package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CompileReportFigures: the system compiles the report's figures from the units' data, in a job of
 * its own before the office's task opens (also after the chair returned the report); a failure is
 * retried by the job executor and ends as an incident, never as an error in the office's Tasklist.
 */
@Component("compileReportFigures")
class CompileReportFiguresDelegate implements JavaDelegate {

  private final ReportDrafting drafting;

  public CompileReportFiguresDelegate(ReportDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    REPORT_ID.on(execution).set(drafting.compileFigures(DIRECTIVE_ID.from(execution).get()));
  }
}
