package vn.congdoan.cascade.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;

/**
 * The documents of a directive over HTTP, for Tasklist's links and for other systems:
 * <ul>
 *   <li>{@code GET /api/directives/{id}/documents} — the issued documents with their files;</li>
 *   <li>{@code GET /api/documents/{id}/content?format=pdf|docx} — a file, as a download;</li>
 *   <li>{@code GET /api/directives/{id}/drafts/{plan|report}?format=pdf|docx} — the draft as it reads now.</li>
 * </ul>
 * Authentication as on {@code /engine-rest}; who may read what is {@link DocumentAccess}'s decision.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

  private static final Logger log = LoggerFactory.getLogger(DocumentController.class);

  private final DocumentArchive archive;

  public DocumentController(DocumentArchive archive) {
    this.archive = archive;
  }

  @GetMapping("/directives/{id}/documents")
  public List<DocumentArchive.DocumentView> documents(@PathVariable Long id) {
    return archive.list(id);
  }

  @GetMapping("/documents/{id}/content")
  public ResponseEntity<byte[]> content(@PathVariable Long id, @RequestParam(defaultValue = "pdf") String format) {
    return download(archive.content(id, format(format)));
  }

  @GetMapping("/directives/{id}/drafts/{kind}")
  public ResponseEntity<byte[]> draft(@PathVariable Long id, @PathVariable String kind,
      @RequestParam(defaultValue = "pdf") String format) {
    DocumentKind documentKind = switch (kind.toLowerCase(Locale.ROOT)) {
      case "plan" -> DocumentKind.PLAN;
      case "report" -> DocumentKind.REPORT;
      default -> throw new DocumentRequestException(HttpStatus.NOT_FOUND, "Không có loại văn bản \"" + kind + "\".");
    };
    return download(archive.draft(id, documentKind, format(format)));
  }

  @ExceptionHandler(DocumentRequestException.class)
  public ResponseEntity<Map<String, String>> refused(DocumentRequestException e) {
    log.info("Document request refused ({}): {}", e.status().value(), e.getMessage());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", e.status().name(), "message", e.getMessage()));
  }

  private static DocumentFormat format(String text) {
    DocumentFormat format = DocumentFormat.parse(text);
    if (format == null) {
      throw new DocumentRequestException(HttpStatus.BAD_REQUEST,
          "Định dạng \"" + text + "\" không được hỗ trợ; chọn pdf hoặc docx.");
    }
    return format;
  }

  private static ResponseEntity<byte[]> download(DocumentArchive.Download file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(file.draft() ? CacheControl.noStore() : CacheControl.noCache().cachePrivate())
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .body(file.content());
  }

  /**
   * {@code attachment; filename="Bao cao so 221-BC-CDYT.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…}:
   * the Vietnamese name for browsers (RFC 6266 / 5987), an ASCII one for older clients.
   */
  static String contentDisposition(String fileName) {
    return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
  }

  private static String ascii(String text) {
    String stripped = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    for (char c : stripped.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return out.toString();
  }

  private static String rfc5987(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
