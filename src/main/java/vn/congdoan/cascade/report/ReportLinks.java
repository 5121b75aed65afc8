package vn.congdoan.cascade.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.document.IssuedDocumentRepository;

/** The form variables that carry the report forms' download links (Text views in the Camunda Forms). */
final class ReportLinks {

  static final String DRAFT_PDF = "reportDraftPdfUrl";
  static final String DRAFT_DOCX = "reportDraftDocxUrl";

  private ReportLinks() {}

  static Map<String, Object> draft(Long directiveId) {
    return Map.of(DRAFT_PDF, DocumentLinks.draft(directiveId, DocumentKind.REPORT, DocumentFormat.PDF),
        DRAFT_DOCX, DocumentLinks.draft(directiveId, DocumentKind.REPORT, DocumentFormat.DOCX));
  }

  /** Links to the issued plan, or none if the plan was not issued as a document. */
  static Map<String, Object> plan(IssuedDocumentRepository documents, Directive directive) {
    Map<String, Object> values = new HashMap<>();
    documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.PLAN)
        .ifPresent(plan -> values.putAll(DocumentLinks.formVariables("plan", plan)));
    return values;
  }

  static Set<String> names(boolean withPlan) {
    Set<String> names = new HashSet<>(Set.of(DRAFT_PDF, DRAFT_DOCX));
    if (withPlan) {
      names.addAll(DocumentLinks.formVariableNames("plan"));
    }
    return names;
  }
}
