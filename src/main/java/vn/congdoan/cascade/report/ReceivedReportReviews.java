package vn.congdoan.cascade.report;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.ForwardedNominations;

/**
 * The parent's office decides on a child union's report it received (Task_ParentReviewsReport), under the lock
 * of its assignment of the child:
 * <ul>
 *   <li>accepted: the child's figures count in the parent's report; the child's part ends, or, when it forwarded
 *       nominations, once the parent has decided on them;</li>
 *   <li>returned with a reason: the issued document is superseded (its number stays used in the child's
 *       register), the child's report is back with its office with the parent's reason, and the child's part is
 *       open again — late if its revision arrives after its deadline.</li>
 * </ul>
 */
@Service
class ReceivedReportReviews {

  private static final Logger log = LoggerFactory.getLogger(ReceivedReportReviews.class);

  private final ReceivedReportRepository received;
  private final UnitAssignmentRepository assignments;
  private final ForwardedNominations forwarded;

  ReceivedReportReviews(ReceivedReportRepository received, UnitAssignmentRepository assignments,
      ForwardedNominations forwarded) {
    this.received = received;
    this.assignments = assignments;
    this.forwarded = forwarded;
  }

  /** The receipt the parent's office reviews: the latest of the child's directive. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ReceivedReport awaitingReview(long childDirectiveId) {
    ReceivedReport receipt = received.findLatestByDirectiveId(childDirectiveId)
        .orElseThrow(() -> new IllegalStateException("Directive " + childDirectiveId + " has no received report"));
    if (!receipt.isAwaitingReview()) {
      throw new IllegalStateException("The report received as " + receipt.getArrivalNumber() + " for directive "
          + childDirectiveId + " was decided on already");
    }
    return receipt;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void accept(long childDirectiveId, String by, Instant now) {
    ReceivedReport receipt = awaitingReview(childDirectiveId);
    UnitAssignment assignment = assignments.lockById(receipt.getAssignment().getId()).orElseThrow();
    receipt.accepted(by, now);
    boolean nominationsPending = !forwarded.pending(assignment.getId()).isEmpty();
    assignment.reportAccepted(now, !nominationsPending);
    log.info("Report {} of {} accepted by {} of {}", receipt.getDocument().getNumber(), assignment.getUnit().getCode(), by,
        receipt.getReceiver().getCode());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void returnForRevision(long childDirectiveId, String reason, String by, Instant now) {
    ReceivedReport receipt = awaitingReview(childDirectiveId);
    UnitAssignment assignment = assignments.lockById(receipt.getAssignment().getId()).orElseThrow();
    receipt.returned(reason, by, now);
    assignment.reportReturned(reason, by);
    receipt.getDocument().superseded(now);
    receipt.getReport().returnForRevision(receipt.getReceiver().getName() + " trả lại báo cáo số "
        + receipt.getDocument().getNumber() + " ngày " + VietnamTime.format(now) + ": " + reason);
    log.info("Report {} of {} returned for revision by {} of {}", receipt.getDocument().getNumber(),
        assignment.getUnit().getCode(), by, receipt.getReceiver().getCode());
  }
}
