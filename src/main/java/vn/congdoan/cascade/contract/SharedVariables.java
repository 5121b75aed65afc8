package vn.congdoan.cascade.contract;

import static vn.congdoan.cascade.contract.ProcessVariable.dateVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.longVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.stringVariable;

import java.util.Date;
import java.util.List;

/**
 * The variables both models hold, declared once; {@link DirectiveCascadeContract} and
 * {@link GrassrootsUnionContract} name them again as their own, so that code reads a model's variables
 * from that model's contract.
 */
public final class SharedVariables {

  /** The directive ({@code directive.id}) a sector's or a unit's process works on. */
  public static final ProcessVariable<Long> DIRECTIVE_ID = longVariable("directiveId");

  /** The sector office's candidate group, e.g. {@code nganh-yte-office}. */
  public static final ProcessVariable<String> SECTOR_OFFICE_GROUP = stringVariable("sectorOfficeGroup");

  /** The units' deadline (the end of a day, Vietnam time); a unit's own after an extension. */
  public static final ProcessVariable<Date> DEADLINE = dateVariable("deadline");

  /** Form variable: the plan's heading or the unit's context, shown read-only. */
  public static final ProcessVariable<String> PLAN_SUMMARY = stringVariable("planSummary");

  /** Form variables: links to the issued plan (a form-js Text view), and its number. */
  public static final ProcessVariable<String> PLAN_PDF_URL = stringVariable("planPdfUrl");
  public static final ProcessVariable<String> PLAN_DOCX_URL = stringVariable("planDocxUrl");
  public static final ProcessVariable<String> PLAN_DOCUMENT_NUMBER = stringVariable("planDocumentNumber");

  /** Review forms of nominations (embedded form NominationReviewForm.html): who proposed them, the list, the decisions. */
  public static final ProcessVariable<String> UNIT_NAME = stringVariable("unitName");
  public static final ProcessVariable<String> NOMINATIONS_FOR_REVIEW = ProcessVariable.jsonVariable("nominationsForReview");
  /** {@code [{"id":…, "accepted":true|false, "reason":"…"}]}; a REST client may send it as a String. */
  public static final ProcessVariable<String> REVIEW_DECISIONS_JSON = ProcessVariable.jsonVariable("reviewDecisionsJson");

  /** The issued plan's links, in the order {@code PdfUrl, DocxUrl, DocumentNumber}. */
  public static final List<ProcessVariable<String>> PLAN_LINKS = List.of(PLAN_PDF_URL, PLAN_DOCX_URL, PLAN_DOCUMENT_NUMBER);

  private SharedVariables() {}
}
