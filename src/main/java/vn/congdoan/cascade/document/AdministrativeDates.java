package vn.congdoan.cascade.document;

import java.time.LocalDate;

/**
 * Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP, appendix I): in the place and
 * date line a day below 10 and the months January and February take a leading zero
 * ("ngày 05 tháng 02 năm 2024", but "ngày 15 tháng 5 năm 2023"); in running text "15/5/2023".
 */
public final class AdministrativeDates {

  private AdministrativeDates() {}

  /** "ngày 05 tháng 6 năm 2023". */
  public static String longDate(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month) + " năm "
        + date.getYear();
  }

  /** "Thái Bình, ngày 05 tháng 6 năm 2023". */
  public static String dateLine(String place, LocalDate date) {
    return prefix(place) + longDate(date);
  }

  /** The date line of a draft, whose date is written in only when it is issued. */
  public static String draftDateLine(String place, int year) {
    return prefix(place) + "ngày      tháng      năm " + year;
  }

  /** "15/5/2023", as documents cite dates in running text. */
  public static String shortDate(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }

  private static String prefix(String place) {
    return place == null || place.isBlank() ? "" : place + ", ";
  }
}
