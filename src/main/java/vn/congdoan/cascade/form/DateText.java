package vn.congdoan.cascade.form;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an officer writes it, read strictly: day first, then month, then a four-digit year
 * ({@code 05/12/2026}, {@code 5/12/2026}, {@code 05-12-2026}, {@code 05.12.2026}), or the ISO form a
 * program sends ({@code 2026-12-05}, with or without a time and an offset: {@code 2026-12-05T10:15:00},
 * {@code 2026-12-05T00:00:00.000+0700} as Camunda writes dates). Which part is the year is told by its
 * four digits and its place, so no text is read two ways; the day and month are never swapped, a date
 * that is not on the calendar (31/02/2026) is not moved to another one, and nothing else is guessed:
 * digits without separators ({@code 20122026}), a year of two or five digits, mixed separators and
 * trailing text are not dates.
 */
public final class DateText {

  /** The example every refusal gives. */
  public static final String EXAMPLE = "05/12/2026";

  /** The expected form, as the refusals name it. */
  public static final String FORMAT = "ngày/tháng/năm";

  /** Day, month, four-digit year, with one kind of separator. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");

  /** ISO: a date, optionally with a time and an offset (Camunda writes {@code +0700}). */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private DateText() {}

  /** What a text reads as: a date, a text in an accepted form that is not on the calendar, or no date. */
  public sealed interface Reading {}

  /** The date written. */
  public record Day(LocalDate date) implements Reading {}

  /** Written as a date, but not on the calendar (31/02/2026, 2026-13-01, a time of 25:00). */
  public record Impossible() implements Reading {}

  /** Not written in any accepted form. */
  public record Malformed() implements Reading {}

  /**
   * Reads the text (trimmed; full-width digits and slashes count as ordinary ones) as a date in one of
   * the accepted forms.
   */
  public static Reading read(String text) {
    if (text == null) {
      return new Malformed();
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    Matcher dmy = DAY_MONTH_YEAR.matcher(plain);
    if (dmy.matches()) {
      return day(Integer.parseInt(dmy.group(4)), Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(1)));
    }
    Matcher iso = ISO.matcher(plain);
    if (iso.matches()) {
      if (iso.group(4) != null) {
        int hour = Integer.parseInt(iso.group(5));
        int minute = Integer.parseInt(iso.group(6));
        int second = iso.group(7) == null ? 0 : Integer.parseInt(iso.group(7));
        try {
          LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
          return new Impossible();
        }
      }
      return day(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }
    return new Malformed();
  }

  /** The date the text holds, or null if it holds none ({@link #read}). */
  public static LocalDate parse(String text) {
    return read(text) instanceof Day day ? day.date() : null;
  }

  private static Reading day(int year, int month, int day) {
    try {
      return new Day(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return new Impossible();
    }
  }
}
