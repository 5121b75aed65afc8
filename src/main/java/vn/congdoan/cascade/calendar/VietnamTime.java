package vn.congdoan.cascade.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Dates of the cascade are Vietnam dates: a deadline "before 30/5" ends at the end of that day in
 * Asia/Ho_Chi_Minh, whatever time zone the server runs in.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamTime() {}

  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static LocalDate dayOf(Date date) {
    return dayOf(date.toInstant());
  }

  /** "30/05/2023". */
  public static String format(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public static String format(Instant instant) {
    return instant == null ? "" : format(dayOf(instant));
  }
}
