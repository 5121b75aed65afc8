package vn.congdoan.cascade.grassroots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.cascade.form.FormInput;

/** A grassroots union's own plan, built on the sector's plan and suited to the unit. */
@Entity
@Table(name = "sub_plan")
public class SubPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private UnitAssignment assignment;

  @Column(length = 50)
  private String number;

  @Column(nullable = false)
  private LocalDate issuedOn;

  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String content;

  @Column(length = 64)
  private String draftedBy;

  @Column(nullable = false)
  private Instant draftedAt;

  protected SubPlan() {}

  public SubPlan(UnitAssignment assignment, String number, LocalDate issuedOn, String content, String draftedBy,
      Instant draftedAt) {
    this.assignment = assignment;
    this.number = number;
    this.issuedOn = issuedOn;
    this.content = content;
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  public Long getId() { return id; }
  public UnitAssignment getAssignment() { return assignment; }
  public String getNumber() { return number; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public String getContent() { return content; }
  public String getDraftedBy() { return draftedBy; }
  public Instant getDraftedAt() { return draftedAt; }
}
