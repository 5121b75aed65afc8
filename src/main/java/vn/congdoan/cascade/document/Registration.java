package vn.congdoan.cascade.document;

import java.time.LocalDate;

/** The number and date a document is issued with; a draft has none. */
public record Registration(DocumentNumber number, LocalDate date) {}
