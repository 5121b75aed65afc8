package vn.congdoan.cascade.document;

import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.Length;

/**
 * One file of an issued document: its bytes in one format, with the name and media type it is
 * downloaded and e-mailed with. Kept apart from {@link IssuedDocument} so that listing documents never
 * loads their contents.
 */
@Entity
@Table(name = "document_file",
    uniqueConstraints = @UniqueConstraint(name = "uk_document_file_format", columnNames = {"document_id", "format"}))
public class DocumentFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private IssuedDocument document;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DocumentFormat format;

  @Column(nullable = false, length = 255)
  private String fileName;

  @Column(nullable = false, length = 100)
  private String mediaType;

  @Column(nullable = false)
  private int size;

  // bytea on PostgreSQL, binary varying on H2: read and written with the row (no large-object handles)
  @Column(nullable = false, length = Length.LONG32)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] content;

  @Column(nullable = false)
  private Instant createdAt;

  protected DocumentFile() {}

  public DocumentFile(IssuedDocument document, DocumentFormat format, byte[] content, Instant createdAt) {
    this.document = document;
    this.format = format;
    this.fileName = document.fileStem() + "." + format.extension();
    this.mediaType = format.mediaType();
    this.size = content.length;
    this.content = content;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public IssuedDocument getDocument() { return document; }
  public DocumentFormat getFormat() { return format; }
  public String getFileName() { return fileName; }
  public String getMediaType() { return mediaType; }
  public int getSize() { return size; }
  public byte[] getContent() { return content; }
  public Instant getCreatedAt() { return createdAt; }
}
