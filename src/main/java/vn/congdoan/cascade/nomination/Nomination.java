package vn.congdoan.cascade.nomination;

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
import jakarta.persistence.Version;
import java.time.Instant;
import vn.congdoan.cascade.grassroots.UnitAssignment;

/** An advanced exemplar (person or collective) a grassroots union proposes for recognition. */
@Entity
@Table(name = "nomination", indexes = @Index(name = "ix_nomination_assignment", columnList = "assignment_id"))
public class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private UnitAssignment assignment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NominationKind kind;

  /** Full name of the person, or name of the collective. */
  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 200)
  private String position;

  /** Where the person or collective works (đơn vị công tác). */
  @Column(nullable = false, length = 200)
  private String workplace;

  @Column(nullable = false, length = 4000)
  private String achievement;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private EmulationMovement movement;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RecognitionForm recognition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NominationStatus status = NominationStatus.PROPOSED;

  @Column(length = 2000)
  private String rejectionReason;

  @Column(length = 64)
  private String proposedBy;

  @Column(nullable = false)
  private Instant proposedAt;

  @Column(length = 64)
  private String reviewedBy;

  private Instant reviewedAt;

  @Version
  private long version;

  protected Nomination() {}

  public Nomination(UnitAssignment assignment, NominationKind kind, String name, String position, String workplace,
      String achievement, EmulationMovement movement, RecognitionForm recognition, String proposedBy,
      Instant proposedAt) {
    this.assignment = assignment;
    this.kind = kind;
    this.name = name;
    this.position = position;
    this.workplace = workplace;
    this.achievement = achievement;
    this.movement = movement;
    this.recognition = recognition;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  public void accept(String reviewer, Instant at) {
    this.status = NominationStatus.ACCEPTED;
    this.rejectionReason = null;
    this.reviewedBy = reviewer;
    this.reviewedAt = at;
  }

  public void reject(String reviewer, Instant at, String reason) {
    this.status = NominationStatus.REJECTED;
    this.rejectionReason = reason;
    this.reviewedBy = reviewer;
    this.reviewedAt = at;
  }

  public Long getId() { return id; }
  public UnitAssignment getAssignment() { return assignment; }
  public NominationKind getKind() { return kind; }
  public String getName() { return name; }
  public String getPosition() { return position; }
  public String getWorkplace() { return workplace; }
  public String getAchievement() { return achievement; }
  public EmulationMovement getMovement() { return movement; }
  public RecognitionForm getRecognition() { return recognition; }
  public NominationStatus getStatus() { return status; }
  public String getRejectionReason() { return rejectionReason; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
}
