package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_SubmitReportToParent: the issued report goes to the parent inside the system ({@link ReportSubmissions}),
 * in a job of its own, with the nominations the unit accepted; the parent's office decides on those
 * (Task_ParentReviewsNominations), and EndEvent_ParentNotified then tells the parent's process if no child is left.
 */
@Component("submitReportToParent")
class SubmitReportToParentDelegate implements JavaDelegate {

  private final ReportSubmissions submissions;
  private final EngineClock clock;

  SubmitReportToParentDelegate(ReportSubmissions submissions, EngineClock clock) {
    this.submissions = submissions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int pending = submissions.submit(REPORT_ID.from(execution).get(), clock.now());
    DirectiveCascadeContract.HAS_FORWARDED_NOMINATIONS.on(execution).set(pending > 0);
  }
}
