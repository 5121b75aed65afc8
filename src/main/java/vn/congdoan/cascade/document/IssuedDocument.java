package vn.congdoan.cascade.document;

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
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A document the application issued for a directive (the sector's plan, its results report), with
 * the number it took from the issuer's register. Its files (PDF, DOCX) are {@link DocumentFile}s.
 * A directive has one current document of each kind: a report its parent returned is superseded by the
 * next revision, issued under a new number; a number and symbol is used once per issuer and year.
 */
@Entity
@Table(name = "issued_document",
    uniqueConstraints = {
        @UniqueConstraint(name = "uk_issued_document_kind", columnNames = {"directive_id", "kind", "revision"}),
        @UniqueConstraint(name = "uk_issued_document_number", columnNames = {"issuer_id", "issueYear", "number"})},
    indexes = @Index(name = "ix_issued_document_directive", columnList = "directive_id"))
public class IssuedDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The directive the document was issued for (a foreign key; documents know nothing else of it). */
  @Column(name = "directive_id", nullable = false)
  private Long directiveId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit issuer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DocumentKind kind;

  /** The number taken from the register, e.g. 220. */
  @Column(nullable = false)
  private int sequence;

  @Column(nullable = false)
  private int issueYear;

  /** Number and symbol as printed, e.g. "220/KH-CĐYT". */
  @Column(nullable = false, length = 50)
  private String number;

  /** The date printed in the place and date line (Vietnam date). */
  @Column(nullable = false)
  private LocalDate issuedOn;

  @Column(nullable = false, length = 1000)
  private String subject;

  /** Username of the officer who approved or signed it, if known. */
  @Column(length = 64)
  private String signedBy;

  @Column(nullable = false)
  private Instant createdAt;

  /** 0 for the first issue; a document its receiver returned is superseded by the next revision. */
  @Column(nullable = false)
  private int revision;

  /** When the receiver returned it for revision: it no longer holds, its number stays used in the register. */
  private Instant supersededAt;

  /** When the directive was recalled: the document no longer holds, its number stays used in the register. */
  private Instant recalledAt;

  protected IssuedDocument() {}

  public IssuedDocument(Long directiveId, OrganisationUnit issuer, DocumentNumber number, LocalDate issuedOn,
      String subject, String signedBy, Instant createdAt) {
    this(directiveId, issuer, number, issuedOn, subject, signedBy, createdAt, 0);
  }

  /** A revision of the directive's document of this kind, after the previous one was superseded. */
  public IssuedDocument(Long directiveId, OrganisationUnit issuer, DocumentNumber number, LocalDate issuedOn,
      String subject, String signedBy, Instant createdAt, int revision) {
    this.revision = revision;
    this.directiveId = directiveId;
    this.issuer = issuer;
    this.kind = number.kind();
    this.sequence = number.sequence();
    this.issueYear = issuedOn.getYear();
    this.number = number.text();
    this.issuedOn = issuedOn;
    this.subject = subject.length() > 1000 ? subject.substring(0, 1000) : subject;
    this.signedBy = signedBy;
    this.createdAt = createdAt;
  }

  /** "Báo cáo số 221-BC-CĐYT", the stem of the files' names (a slash cannot stand in a file name). */
  public String fileStem() {
    return kind.title() + " số " + number.replace('/', '-');
  }

  public Long getId() { return id; }
  public Long getDirectiveId() { return directiveId; }
  public OrganisationUnit getIssuer() { return issuer; }
  public DocumentKind getKind() { return kind; }
  public int getSequence() { return sequence; }
  public int getIssueYear() { return issueYear; }
  public String getNumber() { return number; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public String getSubject() { return subject; }
  public String getSignedBy() { return signedBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getRecalledAt() { return recalledAt; }
  public void recalled(Instant at) { if (recalledAt == null) { recalledAt = at; } }
  public int getRevision() { return revision; }
  public Instant getSupersededAt() { return supersededAt; }
  public boolean isSuperseded() { return supersededAt != null; }
  /** Its receiver returned it: the next issue of this kind is a new revision under a new number. */
  public void superseded(Instant at) { if (supersededAt == null) { supersededAt = at; } }
}
