package vn.congdoan.cascade.document;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The addresses of documents in the application's API, relative to the server, as forms link to them
 * (Tasklist runs on the same server, so the links carry its login along once the API accepts it).
 */
public final class DocumentLinks {

  private DocumentLinks() {}

  /** "/api/documents/12/content?format=pdf". */
  public static String content(Long documentId, DocumentFormat format) {
    return "/api/documents/" + documentId + "/content?format=" + format.extension();
  }

  /**
   * The variables a form's Text view links an issued document with: {@code <prefix>PdfUrl},
   * {@code <prefix>DocxUrl} and {@code <prefix>DocumentNumber}, e.g. planPdfUrl.
   */
  public static Map<String, Object> formVariables(String prefix, IssuedDocument document) {
    return Map.of(prefix + "PdfUrl", content(document.getId(), DocumentFormat.PDF),
        prefix + "DocxUrl", content(document.getId(), DocumentFormat.DOCX),
        prefix + "DocumentNumber", document.getNumber());
  }

  /** The names {@link #formVariables} uses. */
  public static Set<String> formVariableNames(String prefix) {
    return Set.of(prefix + "PdfUrl", prefix + "DocxUrl", prefix + "DocumentNumber");
  }

  /** "/api/directives/3/drafts/report?format=pdf". */
  public static String draft(Long directiveId, DocumentKind kind, DocumentFormat format) {
    return "/api/directives/" + directiveId + "/drafts/" + kind.name().toLowerCase(Locale.ROOT) + "?format="
        + format.extension();
  }
}
