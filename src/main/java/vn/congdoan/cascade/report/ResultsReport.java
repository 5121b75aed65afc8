package vn.congdoan.cascade.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;

/** The sector's report to the federation on a directive's results. */
@Entity
@Table(name = "results_report")
public class ResultsReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Directive directive;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReportStatus status = ReportStatus.DRAFT;

  /** The part the application compiles from the units' data. */
  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String compiled;

  @Column(length = FormInput.LONG_TEXT_COLUMN)
  private String assessment;

  @Column(length = FormInput.LONG_TEXT_COLUMN)
  private String shortcomings;

  @Column(length = FormInput.LONG_TEXT_COLUMN)
  private String proposals;

  @Column(length = 2000)
  private String returnReason;

  @Column(nullable = false)
  private int revision;

  @Column(length = 64)
  private String compiledBy;

  @Column(length = 64)
  private String signedBy;

  private Instant signedAt;

  /** Number and symbol of the issued document, e.g. "221/BC-CĐYT", given by the register when it is issued. */
  @Column(length = 50)
  private String number;

  /** The date the report is issued with (Vietnam date). */
  private LocalDate issuedOn;

  private Instant sentAt;

  /**
   * The totals the compiled part was written from, kept so that the level above adds up what this report
   * said: units the directive went to, those that reported, grassroots unions that reported anywhere below,
   * and the activities' figures. Null for reports compiled before the totals were kept.
   */
  private Integer unitsTotal;
  private Integer unitsReported;
  private Integer grassrootsReported;
  private Integer propagandaSessions;
  private Integer participants;
  private Integer articles;
  private Integer initiatives;

  @Version
  private long version;

  protected ResultsReport() {}

  public ResultsReport(Directive directive, String compiled) {
    this.directive = directive;
    this.compiled = compiled;
  }

  /** Refreshes the compiled part while the report is still being drafted or revised. */
  public void recompile(String compiled) {
    if (status == ReportStatus.SIGNED || status == ReportStatus.SENT) {
      throw new IllegalStateException("Report " + id + " is " + status + " and cannot change");
    }
    this.compiled = compiled;
  }

  /** The totals the compiled part says, kept with it. */
  void totals(ReportTotals totals) {
    this.unitsTotal = totals.units();
    this.unitsReported = totals.unitsReported();
    this.grassrootsReported = totals.grassrootsReported();
    this.propagandaSessions = totals.activities().propagandaSessions();
    this.participants = totals.activities().participants();
    this.articles = totals.activities().articles();
    this.initiatives = totals.activities().initiatives();
  }

  /** The totals of the compiled part; empty for a report compiled before they were kept. */
  public java.util.Optional<ReportTotals> getTotals() {
    if (unitsTotal == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ReportTotals(unitsTotal, unitsReported, grassrootsReported,
        new ActivityFigures(propagandaSessions, participants, articles, initiatives)));
  }

  public void submit(String assessment, String shortcomings, String proposals, String officer) {
    this.assessment = assessment;
    this.shortcomings = shortcomings;
    this.proposals = proposals;
    this.compiledBy = officer;
    this.status = ReportStatus.SUBMITTED;
    this.revision++;
  }

  public void sign(String chair, Instant at) {
    this.status = ReportStatus.SIGNED;
    this.returnReason = null;
    this.signedBy = chair;
    this.signedAt = at;
  }

  public void returnForRevision(String reason) {
    this.status = ReportStatus.RETURNED;
    this.returnReason = reason;
  }

  /** The signed report was issued as a document with this number and date. */
  public void issued(String number, LocalDate issuedOn) {
    if (status != ReportStatus.SIGNED && status != ReportStatus.SENT) {
      throw new IllegalStateException("Report " + id + " cannot be issued in status " + status);
    }
    this.number = number;
    this.issuedOn = issuedOn;
  }

  public void sent(Instant at) {
    if (status != ReportStatus.SIGNED && status != ReportStatus.SENT) {
      throw new IllegalStateException("Report " + id + " cannot be sent in status " + status);
    }
    this.status = ReportStatus.SENT;
    this.sentAt = at;
  }

  public Long getId() { return id; }
  public Directive getDirective() { return directive; }
  public ReportStatus getStatus() { return status; }
  public String getCompiled() { return compiled; }
  public String getAssessment() { return assessment; }
  public String getShortcomings() { return shortcomings; }
  public String getProposals() { return proposals; }
  public String getReturnReason() { return returnReason; }
  public int getRevision() { return revision; }
  public String getCompiledBy() { return compiledBy; }
  public String getSignedBy() { return signedBy; }
  public Instant getSignedAt() { return signedAt; }
  public String getNumber() { return number; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public Instant getSentAt() { return sentAt; }
}
