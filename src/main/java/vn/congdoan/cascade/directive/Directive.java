package vn.congdoan.cascade.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/** A higher body's plan received by a sector union (e.g. 291/KH-LĐLĐ), with the deadline it sets. */
@Entity
@Table(name = "directive", uniqueConstraints = @UniqueConstraint(name = "uk_directive_number",
    columnNames = {"sector_id", "issuer", "number", "issue_year"}))
public class Directive {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Number and symbol, e.g. "291/KH-LĐLĐ". */
  @Column(nullable = false, length = 50)
  private String number;

  @Column(nullable = false)
  private LocalDate issuedOn;

  /** The year of {@link #issuedOn}: a number is unique per issuing body and year. */
  @Column(nullable = false)
  private int issueYear;

  @Column(nullable = false, length = 200)
  private String issuer;

  @Column(nullable = false, length = 500)
  private String subject;

  /** End of the deadline day, Vietnam time. */
  @Column(nullable = false)
  private Instant deadline;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit sector;

  @Column(length = 64)
  private String registeredBy;

  @Column(nullable = false)
  private Instant registeredAt;

  @Column(length = 64)
  private String processInstanceId;

  /** Days before the deadline on which grassroots unions are reminded, e.g. "7,3,1,0"; null: the default. */
  @Column(length = 64)
  private String reminderDays;

  /** When the sector ended the collection of results (units still open were closed as not reported). */
  private Instant collectionClosedAt;

  /** When the sector's chair recalled (thu hồi) the directive's plan, who, and why; null while not recalled. */
  private Instant recalledAt;

  @Column(length = 64)
  private String recalledBy;

  @Column(length = 4000)
  private String recallReason;

  /**
   * The parent's assignment of this unit when the directive is the parent's plan received inside the system
   * ({@code unit_assignment.id}); null for a directive typed in from a body outside the system.
   */
  private Long parentAssignmentId;

  /** When this unit's report is due to its parent inside the system; null when the parent is outside. */
  private Instant reportDueAt;

  /** The arrival number (số đến) in the unit's incoming register; null for directives registered before it. */
  private Integer arrivalNumber;

  @Version
  private long version;

  protected Directive() {}

  public Directive(String number, LocalDate issuedOn, String issuer, String subject, Instant deadline,
      OrganisationUnit sector, String registeredBy, Instant registeredAt) {
    this.number = number;
    this.issuedOn = issuedOn;
    this.issueYear = issuedOn.getYear();
    this.issuer = issuer;
    this.subject = subject;
    this.deadline = deadline;
    this.sector = sector;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  /**
   * The parent's issued plan, received inside the system by its child {@code unit}: the plan's number, date,
   * issuer and subject; the deadline the child gives its own children; the date its report is due.
   */
  public static Directive fromParentPlan(String number, LocalDate issuedOn, String issuer, String subject,
      Instant childrenDeadline, Instant reportDueAt, OrganisationUnit unit, long parentAssignmentId, Instant at) {
    Directive directive = new Directive(number, issuedOn, issuer, subject, childrenDeadline, unit, null, at);
    directive.reportDueAt = reportDueAt;
    directive.parentAssignmentId = parentAssignmentId;
    return directive;
  }

  public Long getId() { return id; }
  public Long getParentAssignmentId() { return parentAssignmentId; }
  /** The chair gives the units an earlier deadline when approving the plan (before it is issued to them). */
  public void bringDeadlineForward(Instant earlier) {
    if (earlier.isAfter(deadline)) {
      throw new IllegalArgumentException("Directive " + id + ": " + earlier + " is later than its deadline " + deadline);
    }
    this.deadline = earlier;
  }
  /** Whether the directive came from the unit's parent inside the system, so that the report goes back there. */
  public boolean isFromParentInSystem() { return parentAssignmentId != null; }
  public Instant getReportDueAt() { return reportDueAt; }
  /** The parent gave this unit more time (its assignment's deadline moved): the report is due then. */
  public void reportDueAt(Instant at) { this.reportDueAt = at; }
  public Integer getArrivalNumber() { return arrivalNumber; }
  /** Recorded in the unit's incoming register: its arrival number and date. */
  public void arrived(int number, Instant at) {
    this.arrivalNumber = number;
    this.registeredAt = at;
  }
  public String getNumber() { return number; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public String getIssuer() { return issuer; }
  public String getSubject() { return subject; }
  public Instant getDeadline() { return deadline; }
  public OrganisationUnit getSector() { return sector; }
  public String getRegisteredBy() { return registeredBy; }
  public Instant getRegisteredAt() { return registeredAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getReminderDays() { return reminderDays; }
  public void setReminderDays(String reminderDays) { this.reminderDays = reminderDays; }
  public Instant getCollectionClosedAt() { return collectionClosedAt; }
  public void closeCollection(Instant at) { if (collectionClosedAt == null) { collectionClosedAt = at; } }
  public Instant getRecalledAt() { return recalledAt; }
  public String getRecalledBy() { return recalledBy; }
  public String getRecallReason() { return recallReason; }
  public boolean isRecalled() { return recalledAt != null; }

  /** Recalled by the sector's chair: recorded once, never undone. */
  public void recall(Instant at, String by, String reason) {
    if (recalledAt == null) {
      recalledAt = at;
      recalledBy = by;
      recallReason = reason;
    }
  }

  /** The longest subject {@link #label()} keeps, cut at a word. */
  static final int LABEL_SUBJECT = 80;

  /**
   * The directive as a task's name cites it, short enough for a Tasklist card: "291/KH-LĐLĐ: Tổ chức các
   * hoạt động kỷ niệm…" (its number, and its subject cut at a word after {@value #LABEL_SUBJECT} characters).
   */
  public String label() {
    String about = subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
    if (about.length() > LABEL_SUBJECT) {
      int cut = about.lastIndexOf(' ', LABEL_SUBJECT);
      about = about.substring(0, cut > LABEL_SUBJECT / 2 ? cut : LABEL_SUBJECT).stripTrailing() + "…";
    }
    return about.isEmpty() ? number : number + ": " + about;
  }

  /**
   * The business key its cascade's process gets when started without one, readable in Cockpit and
   * unique by the directive's id: "291/KH-LĐLĐ ngày 11/05/2023 (mã 12)". The unit processes keep
   * {@code <directiveId>/<unitCode>}, which the security rules read.
   */
  public String businessKey() {
    return number + " ngày " + VietnamTime.format(issuedOn) + " (mã " + id + ")";
  }

  /** "Kế hoạch số 291/KH-LĐLĐ ngày 11/05/2023 của Liên đoàn Lao động tỉnh Thái Bình". */
  public String citation() {
    return "Kế hoạch số " + number + " ngày " + VietnamTime.format(issuedOn) + " của " + issuer;
  }
}
