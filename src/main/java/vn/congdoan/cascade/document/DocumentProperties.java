package vn.congdoan.cascade.document;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How issued documents are numbered.
 *
 * @param numbering {@code ONE_SERIES}: all documents of an issuer share one series a year, as Nghị định
 *     30/2020/NĐ-CP art. 15 sets out (220/KH-CĐYT, then 221/BC-CĐYT); {@code SERIES_PER_KIND}: plans and
 *     reports are numbered apart (the head of the issuer may decide so for administrative documents)
 * @param registerStart the last number an issuer had already taken in a year (and series) before the
 *     application took over its register; applied when the application opens that year's counter,
 *     never lowering a counter it already keeps
 */
@ConfigurationProperties("cascade.documents")
record DocumentProperties(
    @DefaultValue("ONE_SERIES") Numbering numbering,
    @DefaultValue List<RegisterStart> registerStart) {

  public enum Numbering { ONE_SERIES, SERIES_PER_KIND }

  /**
   * @param unit the issuer's registry code
   * @param kind the kind whose series it is; leave empty with {@code ONE_SERIES}
   */
  public record RegisterStart(String unit, int year, DocumentKind kind, int lastNumber) {}

  /** The series a kind is numbered in: "ALL", or the kind's abbreviation. */
  public String seriesOf(DocumentKind kind) {
    return numbering == Numbering.SERIES_PER_KIND ? kind.symbol() : "ALL";
  }

  /** The number a new counter starts after. */
  public int startOf(String unitCode, String series, int year) {
    return registerStart == null ? 0 : registerStart.stream()
        .filter(s -> s.unit().equals(unitCode) && s.year() == year
            && (s.kind() == null ? "ALL".equals(series) : s.kind().symbol().equals(series)))
        .mapToInt(RegisterStart::lastNumber).max().orElse(0);
  }
}
