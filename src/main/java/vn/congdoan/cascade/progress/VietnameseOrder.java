package vn.congdoan.cascade.progress;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which a Vietnamese reader looks for a unit: by name in the Vietnamese alphabet (a ă â b c
 * d đ e ê … o ô ơ … u ư … y, tones after the letter), not by code or by Unicode code point, which would
 * put "Đa khoa" after "Y học cổ truyền". Units of the same name keep the order of their codes.
 */
final class VietnameseOrder {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private VietnameseOrder() {}

  /** Rows by unit name in Vietnamese order, then by unit code. */
  static Comparator<UnitProgress> ofUnits() {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.SECONDARY);
    return Comparator.comparing(UnitProgress::unitName, Comparator.nullsLast(collator::compare))
        .thenComparing(UnitProgress::unitCode);
  }
}
