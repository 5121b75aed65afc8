package vn.congdoan.cascade.document;

/**
 * A document's number and symbol (số và ký hiệu), e.g. "220/KH-CĐYT": the number taken from the
 * issuing body's register, the kind's abbreviation and the issuing body's symbol. Numbers below 10
 * are written with a leading zero, as Nghị định 30/2020/NĐ-CP prescribes ("05/BC-CĐYT").
 */
record DocumentNumber(int sequence, DocumentKind kind, String issuerSymbol) {

  public DocumentNumber {
    if (sequence < 1) {
      throw new IllegalArgumentException("A document number starts at 1, not " + sequence);
    }
  }

  /** "220/KH-CĐYT". */
  public String text() {
    return (sequence < 10 ? "0" + sequence : Integer.toString(sequence)) + "/" + symbol(kind, issuerSymbol);
  }

  /** The symbol part alone, "KH-CĐYT", as a draft shows it before the number is taken. */
  public static String symbol(DocumentKind kind, String issuerSymbol) {
    return issuerSymbol == null || issuerSymbol.isBlank() ? kind.symbol() : kind.symbol() + "-" + issuerSymbol;
  }

  @Override
  public String toString() {
    return text();
  }
}
