package vn.congdoan.cascade.document;

/**
 * A document was numbered and stored: published by {@link DocumentIssuer} inside the transaction that
 * issues it (an application event), so a listener that waits for the commit counts only what stays issued.
 */
public record DocumentIssued(long directiveId, DocumentKind kind) {
}
