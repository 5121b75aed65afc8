package vn.congdoan.cascade.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * The outgoing-document register of one issuer, series and year (sổ đăng ký văn bản đi): the last
 * number taken. It is read with a write lock by the transaction that issues a document and raised in
 * that transaction, so numbers are taken one after the other and a rolled-back issue leaves no gap.
 */
@Entity
@Table(name = "document_counter",
    uniqueConstraints = @UniqueConstraint(name = "uk_document_counter", columnNames = {"issuer_id", "series", "issueYear"}))
class DocumentCounter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit issuer;

  /** "ALL" when every kind shares one series, else the kind's abbreviation ("KH", "BC"). */
  @Column(nullable = false, length = 8)
  private String series;

  @Column(nullable = false)
  private int issueYear;

  @Column(nullable = false)
  private int lastNumber;

  protected DocumentCounter() {}

  public DocumentCounter(OrganisationUnit issuer, String series, int issueYear, int lastNumber) {
    this.issuer = issuer;
    this.series = series;
    this.issueYear = issueYear;
    this.lastNumber = lastNumber;
  }

  /** Takes the next number; call only on a counter read with a write lock. */
  int next() {
    return ++lastNumber;
  }

  public Long getId() { return id; }
  public OrganisationUnit getIssuer() { return issuer; }
  public String getSeries() { return series; }
  public int getIssueYear() { return issueYear; }
  public int getLastNumber() { return lastNumber; }
}
