package vn.congdoan.cascade.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A child's issued report as its parent received it inside the system: its place in the parent's incoming
 * register (arrival number and date, sổ văn bản đến) — the receipt the sender sees (Decree 30, annex VI) —
 * and what the parent's office decided on it: accepted, or returned with a reason (the child then issues a
 * revision, received again under a new arrival number).
 */
@Entity
@Table(name = "received_report", uniqueConstraints = {
    @UniqueConstraint(name = "uk_received_report", columnNames = "document_id"),
    @UniqueConstraint(name = "uk_received_report_arrival", columnNames = {"receiver_id", "arrival_year", "arrival_number"})})
public class ReceivedReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ResultsReport report;

  /** The issued document that was received (a returned report's revision is another document). */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private IssuedDocument document;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit receiver;

  /** The parent's assignment of the child that sent the report. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private UnitAssignment assignment;

  @Column(nullable = false)
  private int arrivalYear;

  @Column(nullable = false)
  private int arrivalNumber;

  @Column(nullable = false)
  private Instant receivedAt;

  private Instant acceptedAt;

  @Column(length = 64)
  private String acceptedBy;

  private Instant returnedAt;

  @Column(length = 64)
  private String returnedBy;

  @Column(length = 2000)
  private String returnReason;

  protected ReceivedReport() {}

  ReceivedReport(ResultsReport report, IssuedDocument document, OrganisationUnit receiver, UnitAssignment assignment, int arrivalYear,
      int arrivalNumber, Instant receivedAt) {
    this.report = report;
    this.document = document;
    this.receiver = receiver;
    this.assignment = assignment;
    this.arrivalYear = arrivalYear;
    this.arrivalNumber = arrivalNumber;
    this.receivedAt = receivedAt;
  }

  public Long getId() { return id; }
  public ResultsReport getReport() { return report; }
  public OrganisationUnit getReceiver() { return receiver; }
  public UnitAssignment getAssignment() { return assignment; }
  public int getArrivalYear() { return arrivalYear; }
  public int getArrivalNumber() { return arrivalNumber; }
  public Instant getReceivedAt() { return receivedAt; }
  public IssuedDocument getDocument() { return document; }
  public Instant getAcceptedAt() { return acceptedAt; }
  public String getAcceptedBy() { return acceptedBy; }
  public Instant getReturnedAt() { return returnedAt; }
  public String getReturnedBy() { return returnedBy; }
  public String getReturnReason() { return returnReason; }
  /** Whether the parent's office has not decided on it yet. */
  public boolean isAwaitingReview() { return acceptedAt == null && returnedAt == null; }

  void accepted(String by, Instant at) {
    requireAwaitingReview();
    this.acceptedBy = by;
    this.acceptedAt = at;
  }

  void returned(String reason, String by, Instant at) {
    requireAwaitingReview();
    this.returnReason = reason;
    this.returnedBy = by;
    this.returnedAt = at;
  }

  private void requireAwaitingReview() {
    if (!isAwaitingReview()) {
      throw new IllegalStateException("Received report " + id + " was decided on already");
    }
  }
}
