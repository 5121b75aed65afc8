package vn.congdoan.cascade.report;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.document.IncomingRegister;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.ForwardedNominations;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A child's issued report submitted to its parent inside the system: the parent registers it in its incoming
 * register, and its assignment of the child is marked reported and finished — unless the parent had closed
 * the collection for that child already, in which case the report is registered but the child stays "not
 * reported" (its figures do not count in the parent's report).
 */
@Service
class ReportSubmissions {

  private static final Logger log = LoggerFactory.getLogger(ReportSubmissions.class);

  private final ResultsReportRepository reports;
  private final ReceivedReportRepository received;
  private final UnitAssignmentRepository assignments;
  private final IncomingRegister incoming;
  private final ForwardedNominations forwarded;

  ReportSubmissions(ResultsReportRepository reports, ReceivedReportRepository received,
      UnitAssignmentRepository assignments, IncomingRegister incoming, ForwardedNominations forwarded) {
    this.forwarded = forwarded;
    this.reports = reports;
    this.received = received;
    this.assignments = assignments;
    this.incoming = incoming;
  }

  /**
   * Submits the issued report with the nominations the child accepted; a second call (a retried job) finds
   * the receipt and changes nothing. Returns how many forwarded nominations wait for the parent's decision.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int submit(long reportId, Instant now) {
    ResultsReport report = reports.findById(reportId).orElseThrow();
    ReceivedReport receipt = received.findByReport(report).orElse(null);
    if (receipt != null) {
      return forwarded.pending(receipt.getAssignment().getId()).size();
    }
    Directive directive = report.getDirective();
    if (!directive.isFromParentInSystem()) {
      throw new IllegalStateException("Report " + reportId + " answers directive " + directive.getId()
          + ", which did not come from a parent in the system");
    }
    if (report.getNumber() == null) {
      throw new IllegalStateException("Report " + reportId + " has not been issued");
    }
    UnitAssignment assignment = assignments.findById(directive.getParentAssignmentId()).orElseThrow();
    OrganisationUnit parent = assignment.getDirective().getSector();
    int year = VietnamTime.dayOf(now).getYear();
    receipt = received.save(new ReceivedReport(report, parent, assignment, year, incoming.arrivalNumber(parent, year), now));
    report.sent(now);
    if (assignment.getFinishedAt() == null) {
      int pending = forwarded.forward(directive, assignment, now);
      assignment.reportReceived(now, pending == 0);
      log.info("Report {} of {} received by {} as incoming document no. {}/{}", report.getNumber(),
          directive.getSector().getCode(), parent.getCode(), receipt.getArrivalNumber(), year);
    } else {
      log.info("Report {} of {} received by {} as incoming document no. {}/{} after the collection was closed for it; "
          + "it stays {}", report.getNumber(), directive.getSector().getCode(), parent.getCode(), receipt.getArrivalNumber(),
          year, assignment.getStatus());
    }
    return assignment.getFinishedAt() == null ? forwarded.pending(assignment.getId()).size() : 0;
  }
}
