package vn.congdoan.cascade.document;

import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * What one kind of document says about a directive. The features that own the data implement it (the
 * plan in {@code directive}, the results report in {@code report}); {@link DocumentIssuer} numbers,
 * renders and stores what they compose.
 */
public interface DocumentContent {

  DocumentKind kind();

  /** The union that issues the document and whose register numbers it. */
  OrganisationUnit issuer(long directiveId);

  /** Whether the directive has what this document is made of yet (a draft can be shown). */
  default boolean available(long directiveId) {
    return true;
  }

  /** Username of the officer who approved the document, or null while nobody has. */
  String approver(long directiveId);

  /**
   * The document as it reads now.
   *
   * @param registration the number and date it is issued with, or null for a draft (dự thảo)
   */
  OfficialDocument compose(long directiveId, Registration registration);
}
