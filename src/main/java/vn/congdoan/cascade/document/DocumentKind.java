package vn.congdoan.cascade.document;

/** The kinds of document the application issues, with the abbreviation used in their number and symbol. */
public enum DocumentKind {
  /** Kế hoạch, e.g. 220/KH-CĐYT. */
  PLAN("KH", "KẾ HOẠCH", "Kế hoạch"),
  /** Báo cáo, e.g. 221/BC-CĐYT. */
  REPORT("BC", "BÁO CÁO", "Báo cáo");

  private final String symbol;
  private final String heading;
  private final String title;

  DocumentKind(String symbol, String heading, String title) {
    this.symbol = symbol;
    this.heading = heading;
    this.title = title;
  }

  /** The abbreviation in the document's symbol: "KH", "BC". */
  public String symbol() {
    return symbol;
  }

  /** The type as printed over the subject: "BÁO CÁO". */
  public String heading() {
    return heading;
  }

  /** The type as named in running text: "Báo cáo". */
  public String title() {
    return title;
  }
}
