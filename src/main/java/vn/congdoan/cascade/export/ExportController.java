package vn.congdoan.cascade.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.organisation.NotFoundException;

/**
 * XLSX downloads, linked from the progress page and for other systems:
 * <ul>
 *   <li>{@code GET /api/directives/{id}/exports/progress.xlsx} — progress per unit;</li>
 *   <li>{@code GET /api/directives/{id}/exports/nominations.xlsx} — nominations with their review;</li>
 *   <li>{@code GET /api/directives/{id}/exports/audit.xlsx} — the audit trail;</li>
 *   <li>{@code GET /api/registers/outgoing/{year}.xlsx}, {@code GET /api/registers/incoming/{year}.xlsx} —
 *   the sector's registers of outgoing and incoming documents (sổ văn bản đi, đến).</li>
 * </ul>
 * Authentication as on the rest of {@code /api}; each file follows the access rules of the data it holds.
 */
@RestController
@RequestMapping("/api")
class ExportController {

  private final DirectiveExports directives;
  private final RegisterExports registers;

  public ExportController(DirectiveExports directives, RegisterExports registers) {
    this.directives = directives;
    this.registers = registers;
  }

  @GetMapping("/directives/{id}/exports/progress.xlsx")
  public ResponseEntity<byte[]> progress(@PathVariable("id") long id) {
    return send(directives.progress(id));
  }

  @GetMapping("/directives/{id}/exports/nominations.xlsx")
  public ResponseEntity<byte[]> nominations(@PathVariable("id") long id) {
    return send(directives.nominations(id));
  }

  @GetMapping("/directives/{id}/exports/audit.xlsx")
  public ResponseEntity<byte[]> audit(@PathVariable("id") long id) {
    return send(directives.audit(id));
  }

  @GetMapping("/registers/{direction}/{year}.xlsx")
  public ResponseEntity<byte[]> register(@PathVariable("direction") String direction, @PathVariable("year") int year) {
    if (year < 1900 || year > 9999) {
      throw new NotFoundException("Không có sổ văn bản năm " + year + ".");
    }
    return switch (direction.toLowerCase(Locale.ROOT)) {
      case "outgoing" -> send(registers.outgoing(year));
      case "incoming" -> send(registers.incoming(year));
      default -> throw new NotFoundException("Không có sổ văn bản \"" + direction + "\"; chọn outgoing (đi) hoặc incoming (đến).");
    };
  }

  private static ResponseEntity<byte[]> send(Download file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(Download.MEDIA_TYPE))
        .body(file.content());
  }

  /**
   * {@code attachment; filename="Tien do - Ke hoach 220-KH-CDYT.xlsx"; filename*=UTF-8''Ti%E1%BA%BFn%20%C4%91%E1%BB%99…}:
   * the Vietnamese name for browsers (RFC 6266, RFC 5987), an ASCII one without diacritics for older clients.
   */
  static String contentDisposition(String fileName) {
    return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
  }

  private static String ascii(String text) {
    String stripped = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    for (char c : stripped.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return out.toString();
  }

  private static String rfc5987(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
