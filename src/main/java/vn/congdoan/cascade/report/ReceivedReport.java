package vn.congdoan.cascade.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A child's issued report as its parent received it inside the system: its place in the parent's incoming
 * register (arrival number and date, sổ văn bản đến) — the receipt the sender sees (Decree 30, annex VI).
 */
@Entity
@Table(name = "received_report", uniqueConstraints = {
    @UniqueConstraint(name = "uk_received_report", columnNames = "report_id"),
    @UniqueConstraint(name = "uk_received_report_arrival", columnNames = {"receiver_id", "arrival_year", "arrival_number"})})
public class ReceivedReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private ResultsReport report;

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

  protected ReceivedReport() {}

  ReceivedReport(ResultsReport report, OrganisationUnit receiver, UnitAssignment assignment, int arrivalYear,
      int arrivalNumber, Instant receivedAt) {
    this.report = report;
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
}
