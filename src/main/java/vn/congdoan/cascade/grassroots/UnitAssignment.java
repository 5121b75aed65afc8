package vn.congdoan.cascade.grassroots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * One grassroots union's part in one directive. Each row is touched only by that unit's own process
 * instance, so units never contend with each other; the sector reads the rows to learn the progress.
 * Updates write only the changed columns, so that the sector's bulk marking of overdue units and a
 * unit's own progress never overwrite each other.
 */
@Entity
@DynamicUpdate
@Table(name = "unit_assignment",
    uniqueConstraints = @UniqueConstraint(name = "uk_assignment_directive_unit", columnNames = {"directive_id", "unit_id"}),
    indexes = {
        @Index(name = "ix_assignment_directive_pi", columnList = "directive_id, processInstanceId"),
        @Index(name = "ix_assignment_directive_finished", columnList = "directive_id, finishedAt")})
public class UnitAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Directive directive;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AssignmentStatus status = AssignmentStatus.ISSUED;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private Instant issuedAt;

  private Instant startedAt;

  /** When the unit submitted its part (activities and nominations). */
  private Instant submittedAt;

  /** The unit's deadline: the directive's, unless the sector extended it for this unit. */
  @Column(nullable = false)
  private Instant deadline;

  /** The deadline passed while the unit still had open work (set by the sector's escalation). */
  @Column(nullable = false)
  private boolean overdue;

  /** Submitted after the directive's deadline (accepted while the collection was open). */
  @Column(nullable = false)
  private boolean late;

  /** When the unit's process reached its end (reviewed, or closed as not reported). */
  private Instant finishedAt;

  /** The latest reason the sector's office gave when it returned a submission, and who returned it. */
  @Column(length = 4000)
  private String reopenReason;

  @Column(length = 64)
  private String reopenedBy;

  /** When the directive's recall ended this unit's open work (null: not recalled, or finished before). */
  private Instant recalledAt;

  @Version
  private long version;

  protected UnitAssignment() {}

  public UnitAssignment(Directive directive, OrganisationUnit unit, Instant issuedAt) {
    this.directive = directive;
    this.unit = unit;
    this.issuedAt = issuedAt;
    this.deadline = directive.getDeadline();
  }

  public void started(String processInstanceId, Instant at) {
    this.processInstanceId = processInstanceId;
    this.startedAt = at;
  }

  /**
   * The unit has reached the state a step of its process names (the order of the steps is the model's,
   * see {@link UnitSteps}); a unit whose collection was closed takes no further step.
   */
  public void reach(AssignmentStatus reached) {
    if (status == AssignmentStatus.NOT_REPORTED) {
      throw new IllegalStateException("Assignment " + id + " was closed as not reported and cannot reach " + reached);
    }
    this.status = reached;
  }

  /** The unit has submitted its part (its state is then the one its last step names). */
  public void submitted(Instant at) {
    if (status == AssignmentStatus.NOT_REPORTED) {
      throw new IllegalStateException("Assignment " + id + " was closed as not reported and cannot submit");
    }
    this.submittedAt = at;
    this.late = at.isAfter(directive.getDeadline());
    this.overdue = false;
  }

  /**
   * A child with children of its own: its issued report has arrived at the parent (on time, late or within
   * its extension, as for a grassroots union's submission); the parent's office reviews it next.
   */
  public void reportReceived(Instant at) {
    submitted(at);
    this.status = AssignmentStatus.REPORT_RECEIVED;
  }

  /**
   * The parent's office accepted the child's report; the child's part ends then, or, when it forwarded
   * nominations, once the parent has decided on them.
   */
  public void reportAccepted(Instant at, boolean finish) {
    if (status != AssignmentStatus.REPORT_RECEIVED) {
      throw new IllegalStateException("Assignment " + id + " has no received report to accept (" + status + ")");
    }
    this.status = AssignmentStatus.REPORT_ACCEPTED;
    if (finish) {
      this.finishedAt = at;
    }
  }

  /** The parent's office returned the child's report: the child's part is open again until it submits a revision. */
  public void reportReturned(String reason, String by) {
    if (status != AssignmentStatus.REPORT_RECEIVED) {
      throw new IllegalStateException("Assignment " + id + " has no received report to return (" + status + ")");
    }
    reopen(AssignmentStatus.REPORT_RETURNED, reason, by);
  }

  /** The sector gives this unit until the end of a later day. */
  public void extendTo(Instant newDeadline) {
    if (!newDeadline.isAfter(deadline)) {
      throw new IllegalArgumentException("Assignment " + id + ": new deadline " + newDeadline + " is not after " + deadline);
    }
    this.deadline = newDeadline;
    this.overdue = false;
  }

  /** Whether the unit still has its own part to do (not submitted, not closed). */
  public boolean hasOpenWork() {
    return submittedAt == null && status != AssignmentStatus.NOT_REPORTED;
  }

  public void notReported() {
    this.status = AssignmentStatus.NOT_REPORTED;
  }

  public void finished(Instant at) {
    this.finishedAt = at;
  }

  /** The directive was recalled while this unit's part was not finished: its process is ended. */
  public void recalled(Instant at) {
    this.recalledAt = at;
  }

  public Instant getRecalledAt() { return recalledAt; }

  /** The sector's office returns a submission: the unit is back at {@code back}, its part no longer submitted. */
  public void reopen(AssignmentStatus back, String reason, String by) {
    this.status = back;
    this.submittedAt = null;
    this.late = false;
    this.reopenReason = reason;
    this.reopenedBy = by;
  }

  public String getReopenReason() { return reopenReason; }
  public String getReopenedBy() { return reopenedBy; }

  public Long getId() { return id; }
  public Directive getDirective() { return directive; }
  public OrganisationUnit getUnit() { return unit; }
  public AssignmentStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getIssuedAt() { return issuedAt; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getSubmittedAt() { return submittedAt; }
  public boolean isLate() { return late; }

  /**
   * Submitted after the directive's deadline but by the unit's own, extended deadline: on time within
   * its extension, which the report counts apart from late.
   */
  public boolean isOnTimeWithinExtension() {
    return late && submittedAt != null && !submittedAt.isAfter(deadline);
  }

  /** Submitted after the unit's own deadline (the directive's, or its extension). */
  public boolean isLateBeyondDeadline() {
    return late && !isOnTimeWithinExtension();
  }
  public Instant getDeadline() { return deadline; }
  public boolean isOverdue() { return overdue; }
  public boolean isExtended() { return deadline.isAfter(directive.getDeadline()); }
  public Instant getFinishedAt() { return finishedAt; }
}
