package vn.congdoan.cascade.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.document.DocumentFile;
import vn.congdoan.cascade.document.DocumentFileInfo;
import vn.congdoan.cascade.document.DocumentFileRepository;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentIssuer;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;

/** Reads the stored documents of a directive for the API, checking the caller's access first. */
@Service
@Transactional(readOnly = true)
class DocumentArchive {

  private final DirectiveRepository directives;
  private final IssuedDocumentRepository documents;
  private final DocumentFileRepository files;
  private final DocumentIssuer issuer;
  private final DocumentAccess access;

  public DocumentArchive(DirectiveRepository directives, IssuedDocumentRepository documents, DocumentFileRepository files,
      DocumentIssuer issuer, DocumentAccess access) {
    this.directives = directives;
    this.documents = documents;
    this.files = files;
    this.issuer = issuer;
    this.access = access;
  }

  public List<DocumentView> list(Long directiveId) {
    Directive directive = directive(directiveId);
    access.checkMayRead(directive);
    List<IssuedDocument> issued = documents.findByDirectiveIdOrderByIssuedOnAscIdAsc(directive.getId());
    Map<Long, List<DocumentFileInfo>> byDocument = issued.isEmpty() ? Map.of()
        : files.describe(issued).stream().collect(Collectors.groupingBy(DocumentFileInfo::documentId));
    return issued.stream().map(d -> new DocumentView(d.getId(), d.getKind(), d.getKind().title(), d.getNumber(),
        d.getIssuedOn(), d.getSubject(), d.getCreatedAt(), byDocument.getOrDefault(d.getId(), List.of()).stream()
            .sorted(Comparator.comparing(DocumentFileInfo::format))
            .map(f -> new FileView(f.format(), f.fileName(), f.mediaType(), f.size(), DocumentLinks.content(d.getId(), f.format())))
            .toList())).toList();
  }

  public Download content(Long documentId, DocumentFormat format) {
    IssuedDocument document = documents.findById(documentId)
        .orElseThrow(() -> new DocumentRequestException(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản số " + documentId + "."));
    access.checkMayRead(directive(document.getDirectiveId()));
    DocumentFile file = files.findByDocumentAndFormat(document, format)
        .orElseThrow(() -> new DocumentRequestException(HttpStatus.NOT_FOUND,
            "Văn bản " + document.getNumber() + " không có bản " + format.extension().toUpperCase() + "."));
    return new Download(file.getFileName(), file.getMediaType(), file.getContent(), false);
  }

  public Download draft(Long directiveId, DocumentKind kind, DocumentFormat format) {
    Directive directive = directive(directiveId);
    access.checkMayReadDrafts(directive);
    if (!issuer.hasDraft(directive.getId(), kind)) {
      throw new DocumentRequestException(HttpStatus.NOT_FOUND,
          "Chưa có dự thảo " + kind.title().toLowerCase(Locale.ROOT) + " cho kế hoạch " + directive.getNumber() + ".");
    }
    String name = "Dự thảo " + kind.title().toLowerCase(Locale.ROOT) + " - " + directive.getNumber().replace('/', '-') + "." + format.extension();
    return new Download(name, format.mediaType(), issuer.draft(directive.getId(), kind, format), true);
  }

  private Directive directive(Long id) {
    return directives.findById(id)
        .orElseThrow(() -> new DocumentRequestException(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch số " + id + "."));
  }

  /** An issued document with its files, as the API lists it. */
  public record DocumentView(Long id, DocumentKind kind, String kindName, String number, LocalDate issuedOn,
      String subject, Instant createdAt, List<FileView> files) {}

  public record FileView(DocumentFormat format, String fileName, String mediaType, int size, String url) {}

  /** A file to send: its name, type and bytes; drafts are never cached. */
  public record Download(String fileName, String mediaType, byte[] content, boolean draft) {}
}
