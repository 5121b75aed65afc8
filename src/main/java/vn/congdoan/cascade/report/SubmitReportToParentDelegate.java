package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_SubmitReportToParent: the issued report goes to the parent inside the system ({@link ReportSubmissions}),
 * in a job of its own, with the nominations the unit accepted; the parent's office reviews the report
 * (Task_ParentReviewsReport) and, once it accepted it, decides on those (Task_ParentReviewsNominations);
 * EndEvent_ParentNotified then tells the parent's process if no child is left.
 */
@Component("submitReportToParent")
class SubmitReportToParentDelegate implements JavaDelegate {

  private final ReportSubmissions submissions;
  private final ReceivedReportReviews reviews;
  private final EngineClock clock;

  SubmitReportToParentDelegate(ReportSubmissions submissions, ReceivedReportReviews reviews, EngineClock clock) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportSubmissions.Submission submission = submissions.submit(REPORT_ID.from(execution).get(), clock.now());
    if (submission.awaited() && execution.getBpmnModelInstance()
        .getModelElementById(DirectiveCascadeContract.TASK_PARENT_REVIEWS_REPORT) == null) {
      // a cascade started on the model before the parent's review: its report counts as accepted on receipt
      reviews.accept(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get(), null, clock.now());
    }
    DirectiveCascadeContract.REPORT_AWAITED.on(execution).set(submission.awaited());
    DirectiveCascadeContract.HAS_FORWARDED_NOMINATIONS.on(execution).set(submission.pendingNominations() > 0);
  }
}
