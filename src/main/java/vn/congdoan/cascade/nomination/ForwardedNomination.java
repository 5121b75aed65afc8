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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A nomination a child union accepted and forwarded with its report, as the level above decides on it: the
 * deciding unit ({@code reviewer}), its assignment of the child that forwarded it, and its decision.
 */
@Entity
@Table(name = "forwarded_nomination",
    uniqueConstraints = @UniqueConstraint(name = "uk_forwarded_nomination", columnNames = {"nomination_id", "reviewer_id"}),
    indexes = @Index(name = "ix_forwarded_nomination_assignment", columnList = "assignment_id"))
public class ForwardedNomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Nomination nomination;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit reviewer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private UnitAssignment assignment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NominationStatus status = NominationStatus.PROPOSED;

  @Column(length = 2000)
  private String reason;

  @Column(nullable = false)
  private Instant forwardedAt;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  @Version
  private long version;

  protected ForwardedNomination() {}

  ForwardedNomination(Nomination nomination, OrganisationUnit reviewer, UnitAssignment assignment, Instant at) {
    this.nomination = nomination;
    this.reviewer = reviewer;
    this.assignment = assignment;
    this.forwardedAt = at;
  }

  void decide(boolean accepted, String reason, String by, Instant at) {
    this.status = accepted ? NominationStatus.ACCEPTED : NominationStatus.REJECTED;
    this.reason = accepted ? null : reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public Nomination getNomination() { return nomination; }
  public OrganisationUnit getReviewer() { return reviewer; }
  public UnitAssignment getAssignment() { return assignment; }
  public NominationStatus getStatus() { return status; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
