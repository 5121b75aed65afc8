package vn.congdoan.cascade.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Issues a directive's documents: takes the number from the issuer's register, dates the document
 * with today's Vietnam date (engine clock), composes it, renders it as PDF and DOCX and stores both,
 * all in the caller's transaction (a service task's job): if anything fails, the number, the
 * document and its files roll back together and the job is retried. Also renders drafts, unnumbered
 * and stored nowhere, for the officers who approve them.
 */
@Service
public class DocumentIssuer {

  private static final Logger log = LoggerFactory.getLogger(DocumentIssuer.class);

  private final Map<DocumentKind, DocumentContent> contents = new EnumMap<>(DocumentKind.class);
  private final DocumentRegister register;
  private final IssuedDocumentRepository documents;
  private final DocumentFileRepository files;
  private final PdfRenderer pdf;
  private final DocxRenderer docx;
  private final EngineClock clock;
  private final ApplicationEventPublisher events;

  public DocumentIssuer(List<DocumentContent> contents, DocumentRegister register, IssuedDocumentRepository documents,
      DocumentFileRepository files, PdfRenderer pdf, DocxRenderer docx, EngineClock clock, ApplicationEventPublisher events) {
    contents.forEach(c -> this.contents.put(c.kind(), c));
    this.register = register;
    this.documents = documents;
    this.files = files;
    this.pdf = pdf;
    this.docx = docx;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Issues the directive's document of this kind, or returns it if it was issued already; after the current
   * one was superseded (its receiver returned it), issues the next revision under a new number.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public IssuedDocument issue(long directiveId, DocumentKind kind) {
    List<IssuedDocument> revisions = documents.findRevisions(directiveId, kind);
    IssuedDocument latest = revisions.isEmpty() ? null : revisions.get(0);
    if (latest != null && !latest.isSuperseded()) {
      return latest;
    }
    int revision = latest == null ? 0 : latest.getRevision() + 1;
    DocumentContent content = contentOf(kind);
    OrganisationUnit issuer = content.issuer(directiveId);
    Instant now = clock.now();
    LocalDate today = VietnamTime.dayOf(now);
    DocumentNumber number = register.take(issuer, kind, today.getYear());
    OfficialDocument document = content.compose(directiveId, new Registration(number, today));
    IssuedDocument issued = documents.save(new IssuedDocument(directiveId, issuer, number, today, document.subject(),
        content.approver(directiveId), now, revision));
    long started = System.nanoTime();
    byte[] pdfFile = pdf.render(document);
    long pdfDone = System.nanoTime();
    byte[] docxFile = docx.render(document);
    long docxDone = System.nanoTime();
    files.save(new DocumentFile(issued, DocumentFormat.PDF, pdfFile, now));
    files.save(new DocumentFile(issued, DocumentFormat.DOCX, docxFile, now));
    log.info("Issued {} {} (revision {}) dated {} for directive {} (PDF {} kB in {} ms, DOCX {} kB in {} ms)", kind, number.text(), revision,
        today, directiveId, pdfFile.length / 1024, (pdfDone - started) / 1_000_000, docxFile.length / 1024,
        (docxDone - pdfDone) / 1_000_000);
    events.publishEvent(new DocumentIssued(directiveId, kind));
    return issued;
  }

  /** The document as it would read if issued now, without number and date; nothing is stored. */
  @Transactional(readOnly = true)
  public byte[] draft(long directiveId, DocumentKind kind, DocumentFormat format) {
    DocumentContent content = contentOf(kind);
    if (!content.available(directiveId)) {
      throw new IllegalStateException("No draft " + kind + " can be composed yet for directive " + directiveId);
    }
    OfficialDocument document = content.compose(directiveId, null);
    return format == DocumentFormat.PDF ? pdf.render(document) : docx.render(document);
  }

  /** Whether the directive has what a draft of this kind is made of yet. */
  @Transactional(readOnly = true)
  public boolean hasDraft(long directiveId, DocumentKind kind) {
    return contentOf(kind).available(directiveId);
  }

  private DocumentContent contentOf(DocumentKind kind) {
    DocumentContent content = contents.get(kind);
    if (content == null) {
      throw new IllegalStateException("No content is defined for documents of kind " + kind);
    }
    return content;
  }
}
