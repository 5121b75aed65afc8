package vn.congdoan.cascade.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One officer's completed task as the audit trail keeps it (table {@code audit_entry}): who, when, which
 * step, what they decided and why. Written once by {@link AuditRecorder}, never changed: the entity is
 * immutable for Hibernate (an update of a loaded row is not written) and nothing in the application
 * deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntryRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long directiveId;

  /** The grassroots union's assignment the step belongs to; null for the sector's own steps. */
  private Long assignmentId;

  @Column(length = 64)
  private String taskId;

  /** The model's task definition key (e.g. {@code Task_ApprovePlan}) or a step of {@link AuditOutcome}'s. */
  @Column(nullable = false, length = 64)
  private String step;

  @Column(nullable = false, length = 32)
  private String outcome;

  /** What the officer wrote or decided, in Vietnamese (a return's reason, a new deadline); at most 4,000 characters. */
  @Column(length = 4000)
  private String detail;

  @Column(length = 64)
  private String actor;

  @Column(nullable = false)
  private Instant occurredAt;

  protected AuditEntryRecord() {}

  AuditEntryRecord(Long directiveId, Long assignmentId, String taskId, String step, AuditOutcome outcome, String detail,
      String actor, Instant occurredAt) {
    this.directiveId = directiveId;
    this.assignmentId = assignmentId;
    this.taskId = taskId;
    this.step = step;
    this.outcome = outcome.name();
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  Long getId() { return id; }
  Long getDirectiveId() { return directiveId; }
  Long getAssignmentId() { return assignmentId; }
  String getTaskId() { return taskId; }
  String getStep() { return step; }
  AuditOutcome getOutcome() { return AuditOutcome.valueOf(outcome); }
  String getDetail() { return detail; }
  String getActor() { return actor; }
  Instant getOccurredAt() { return occurredAt; }
}
