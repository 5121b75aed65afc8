package vn.congdoan.cascade.report;

import org.springframework.stereotype.Service;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;

/** The draft of a directive's results report: its figures compiled from the units' rows. */
@Service
class ReportDrafting {

  private final DirectiveRepository directives;
  private final ResultsReportRepository reports;
  private final ResultsCompiler compiler;

  public ReportDrafting(DirectiveRepository directives, ResultsReportRepository reports, ResultsCompiler compiler) {
    this.directives = directives;
    this.reports = reports;
    this.compiler = compiler;
  }

  /**
   * Compiles the figures, per-unit lines, accepted exemplars and sections of the directive's report from
   * the units' data: a new draft the first time, the compiled part refreshed when the chair returned it.
   *
   * @return the report's id
   */
  public Long compileFigures(Long directiveId) {
    Directive directive = directives.findById(directiveId).orElseThrow(
        () -> new IllegalStateException("Directive " + directiveId + " does not exist"));
    String compiled = compiler.compile(directive);
    ResultsReport report = reports.findByDirective(directive).orElse(null);
    if (report == null) {
      report = reports.save(new ResultsReport(directive, compiled));
    } else {
      report.recompile(compiled);
    }
    return report.getId();
  }
}
