package vn.congdoan.cascade.report;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IncomingRegister;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.ForwardedNominations;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A child's issued report submitted to its parent inside the system: the parent registers it in its incoming
 * register, and its assignment of the child is marked reported, for the parent's office to review
 * ({@link ReceivedReportReviews}) — unless the parent had closed the collection for that child already, in
 * which case the report is registered but the child stays "not reported" (its figures do not count in the
 * parent's report) and no review follows.
 */
@Service
class ReportSubmissions {

  private static final Logger log = LoggerFactory.getLogger(ReportSubmissions.class);

  private final ResultsReportRepository reports;
  private final ReceivedReportRepository received;
  private final UnitAssignmentRepository assignments;
  private final IssuedDocumentRepository documents;
  private final IncomingRegister incoming;
  private final ForwardedNominations forwarded;

  ReportSubmissions(ResultsReportRepository reports, ReceivedReportRepository received,
      UnitAssignmentRepository assignments, IssuedDocumentRepository documents, IncomingRegister incoming,
      ForwardedNominations forwarded) {
    this.forwarded = forwarded;
    this.reports = reports;
    this.received = received;
    this.assignments = assignments;
    this.documents = documents;
    this.incoming = incoming;
  }

  /** What the submission leaves for the parent: whether it reviews the report, and how many nominations wait. */
  record Submission(boolean awaited, int pendingNominations) {}

  /**
   * Submits the current issue of the report (a revision after a return is a document of its own) with the
   * nominations the child accepted; a second call (a retried job) finds the receipt and changes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Submission submit(long reportId, Instant now) {
    ResultsReport report = reports.findById(reportId).orElseThrow();
    Directive directive = report.getDirective();
    if (!directive.isFromParentInSystem()) {
      throw new IllegalStateException("Report " + reportId + " answers directive " + directive.getId()
          + ", which did not come from a parent in the system");
    }
    IssuedDocument document = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.REPORT)
        .orElseThrow(() -> new IllegalStateException("Report " + reportId + " has not been issued"));
    UnitAssignment assignment = assignments.findById(directive.getParentAssignmentId()).orElseThrow();
    if (received.findByDocument(document).isEmpty()) {
      OrganisationUnit parent = assignment.getDirective().getSector();
      int year = VietnamTime.dayOf(now).getYear();
      ReceivedReport receipt = received.save(new ReceivedReport(report, document, parent, assignment, year,
          incoming.arrivalNumber(parent, year), now));
      report.sent(now);
      if (assignment.getFinishedAt() == null) {
        forwarded.forward(directive, assignment, now);
        assignment.reportReceived(now);
        log.info("Report {} of {} received by {} as incoming document no. {}/{}", document.getNumber(),
            directive.getSector().getCode(), parent.getCode(), receipt.getArrivalNumber(), year);
      } else {
        log.info("Report {} of {} received by {} as incoming document no. {}/{} after the collection was closed for it; "
            + "it stays {}", document.getNumber(), directive.getSector().getCode(), parent.getCode(),
            receipt.getArrivalNumber(), year, assignment.getStatus());
      }
    }
    boolean awaited = assignment.getFinishedAt() == null;
    return new Submission(awaited, awaited ? forwarded.pending(assignment.getId()).size() : 0);
  }
}
