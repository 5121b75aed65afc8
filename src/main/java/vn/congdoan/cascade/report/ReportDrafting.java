package vn.congdoan.cascade.report;

import org.springframework.stereotype.Service;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The draft of a directive's results report: its figures compiled from the units' rows, its narrative
 * written by the office, the chair's signature or return.
 */
@Service
class ReportDrafting {

  private final DirectiveRepository directives;
  private final ResultsReportRepository reports;
  private final ResultsCompiler compiler;
  private final EngineClock clock;

  public ReportDrafting(DirectiveRepository directives, ResultsReportRepository reports, ResultsCompiler compiler,
      EngineClock clock) {
    this.directives = directives;
    this.reports = reports;
    this.compiler = compiler;
    this.clock = clock;
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
    CascadeResults results = compiler.results(directive);
    String compiled = compiler.compile(directive, results);
    ResultsReport report = reports.findByDirective(directive).orElse(null);
    if (report == null) {
      report = reports.save(new ResultsReport(directive, compiled));
    } else {
      report.recompile(compiled);
    }
    report.totals(results.totals());
    return report.getId();
  }

  /** Stores the office's narrative parts and submits the report to the chair. */
  public void submitNarrative(Long reportId, ReportNarrative narrative, String officer) {
    ResultsReport report = reports.findById(reportId).orElseThrow();
    report.submit(narrative.assessment(), narrative.shortcomings(), narrative.proposals(), officer);
  }

  /** Records the chair's decision on the report: signed, or returned for revision with the reason. */
  public void decide(Long reportId, ReportDecision decision, String chair) {
    ResultsReport report = reports.findById(reportId).orElseThrow();
    if (decision.approved()) {
      report.sign(chair, clock.now());
    } else {
      report.returnForRevision(decision.returnReason());
    }
  }
}
