package vn.congdoan.cascade.reopen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A unit's submission as it was before the sector's office returned it: the content (JSON of the rows it
 * replaced), who submitted it and when, and when, by whom and why it was superseded. Never changed.
 */
@Entity
@Table(name = "submission_revision", indexes = @Index(name = "ix_submission_revision_assignment", columnList = "assignment_id"))
class SubmissionRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id", nullable = false)
  private Long assignmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private SubmissionStep step;

  @Column(nullable = false, length = 1000000)
  private String content;

  @Column(length = 64)
  private String submittedBy;

  private Instant submittedAt;

  @Column(nullable = false)
  private Instant supersededAt;

  @Column(nullable = false, length = 64)
  private String supersededBy;

  @Column(nullable = false, length = 4000)
  private String reason;

  protected SubmissionRevision() {}

  SubmissionRevision(Long assignmentId, SubmissionStep step, String content, String submittedBy, Instant submittedAt,
      Instant supersededAt, String supersededBy, String reason) {
    this.assignmentId = assignmentId;
    this.step = step;
    this.content = content;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.supersededAt = supersededAt;
    this.supersededBy = supersededBy;
    this.reason = reason;
  }

  Long getAssignmentId() { return assignmentId; }
  SubmissionStep getStep() { return step; }
  String getContent() { return content; }
  String getSubmittedBy() { return submittedBy; }
  Instant getSupersededAt() { return supersededAt; }
  String getReason() { return reason; }
}
