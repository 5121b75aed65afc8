package vn.congdoan.cascade.document;

/** What is known of a stored file without loading its contents. */
public record DocumentFileInfo(Long documentId, DocumentFormat format, String fileName, String mediaType, int size) {}
