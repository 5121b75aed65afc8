package vn.congdoan.cascade.directive;

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
import java.util.List;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.calendar.VietnamTime;

/** The sector union's own plan that implements a directive (e.g. 220/KH-CĐYT). */
@Entity
@Table(name = "implementing_plan")
public class ImplementingPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Directive directive;

  /** Number and symbol, e.g. "220/KH-CĐYT", given by the register when the plan is issued. */
  @Column(length = 50)
  private String number;

  /** The date the plan is issued with (Vietnam date), set with the number. */
  private LocalDate issuedOn;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String purpose;

  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String activities;

  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String organisation;

  /** "Nơi nhận" as the office typed it, one recipient a line; null for the default recipients. */
  @Column(length = 4000)
  private String recipients;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlanStatus status;

  @Column(length = 2000)
  private String returnReason;

  /** How many times the plan was submitted to the chair. */
  @Column(nullable = false)
  private int revision;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  private Instant issuedAt;

  @Version
  private long version;

  protected ImplementingPlan() {}

  public ImplementingPlan(Directive directive) {
    this.directive = directive;
  }

  /** The office submits (or resubmits) the plan's content to the chair; number and date come when it is issued. */
  public void submit(String subject, String purpose, String activities, String organisation) {
    this.subject = subject;
    this.purpose = purpose;
    this.activities = activities;
    this.organisation = organisation;
    this.status = PlanStatus.SUBMITTED;
    this.revision++;
  }

  /** The recipients the office chose, one a line (an empty list: the default recipients). */
  public void sendTo(List<String> lines) {
    this.recipients = lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** The recipients the office chose, or an empty list for the default ones. */
  public List<String> getRecipients() {
    return recipients == null ? List.of() : List.of(recipients.split("\n"));
  }

  public void approve(String chair, Instant at) {
    this.status = PlanStatus.APPROVED;
    this.returnReason = null;
    this.decidedBy = chair;
    this.decidedAt = at;
  }

  public void returnForRevision(String chair, Instant at, String reason) {
    this.status = PlanStatus.RETURNED;
    this.returnReason = reason;
    this.decidedBy = chair;
    this.decidedAt = at;
  }

  /** The plan goes out with the number and date its document was issued with. */
  public void issue(Instant at, String number, LocalDate issuedOn) {
    if (status != PlanStatus.APPROVED && status != PlanStatus.ISSUED) {
      throw new IllegalStateException("Plan " + id + " cannot be issued in status " + status);
    }
    this.status = PlanStatus.ISSUED;
    this.issuedAt = at;
    this.number = number;
    this.issuedOn = issuedOn;
  }

  /** The plan's heading as the chair reads it before deciding (its sections are shown one by one). */
  public String heading() {
    return (number == null ? "Dự thảo kế hoạch (số và ngày được cấp khi ban hành)"
        : "Kế hoạch số " + number + " ngày " + VietnamTime.format(issuedOn)) + "\n"
        + "V/v: " + subject + "\n"
        + "Thực hiện " + directive.citation() + ".\n"
        + "Hạn hoàn thành của CĐCS: " + VietnamTime.format(directive.getDeadline());
  }

  public Long getId() { return id; }
  public Directive getDirective() { return directive; }
  public String getNumber() { return number; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public String getSubject() { return subject; }
  public String getPurpose() { return purpose; }
  public String getActivities() { return activities; }
  public String getOrganisation() { return organisation; }
  public PlanStatus getStatus() { return status; }
  public String getReturnReason() { return returnReason; }
  public int getRevision() { return revision; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getIssuedAt() { return issuedAt; }
}
