package vn.congdoan.cascade.document;

import java.util.Locale;
import java.util.Map;
import vn.congdoan.cascade.contract.SharedVariables;

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
   * The form variables a form's Text view links the issued plan with ({@link SharedVariables#PLAN_LINKS}):
   * its PDF, its DOCX and its number.
   */
  public static Map<String, Object> planFormVariables(IssuedDocument plan) {
    return Map.of(SharedVariables.PLAN_PDF_URL.name(), content(plan.getId(), DocumentFormat.PDF),
        SharedVariables.PLAN_DOCX_URL.name(), content(plan.getId(), DocumentFormat.DOCX),
        SharedVariables.PLAN_DOCUMENT_NUMBER.name(), plan.getNumber());
  }

  /** "/api/directives/3/drafts/report?format=pdf". */
  public static String draft(Long directiveId, DocumentKind kind, DocumentFormat format) {
    return "/api/directives/" + directiveId + "/drafts/" + kind.name().toLowerCase(Locale.ROOT) + "?format="
        + format.extension();
  }
}
