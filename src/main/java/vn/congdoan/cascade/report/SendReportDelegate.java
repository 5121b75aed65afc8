package vn.congdoan.cascade.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.process.EngineClock;

/** Task_SendReport: the signed report goes to the federation; the cascade ends. */
@Component("sendReport")
public class SendReportDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SendReportDelegate.class);

  private final ResultsReportRepository reports;
  private final EngineClock clock;

  public SendReportDelegate(ResultsReportRepository reports, EngineClock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ResultsReport report = reports.findById((Long) execution.getVariable("reportId")).orElseThrow();
    report.sent(clock.now());
    log.info("Results report {} on directive {} sent to {}", report.getId(), report.getDirective().getNumber(),
        report.getDirective().getIssuer());
  }
}
