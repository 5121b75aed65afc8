package vn.congdoan.cascade.calendar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Working days of Vietnamese public servants: Monday to Friday, except the days off listed in the
 * holiday file (public holidays, compensatory days, swapped days), plus the Saturdays or Sundays the
 * file lists as worked in exchange for a swapped day.
 *
 * <p>The file ({@code calendar/vietnam-holidays.yaml} by default, or property
 * {@code cascade.calendar.holidays-file}) is read once at start-up; a malformed file stops the start.
 * Years the file does not list are treated as plain Monday–Friday weeks: check {@link #covers(int)}
 * before trusting a far-away date.
 */
@Component
public class WorkingCalendar {

  /** No break in Vietnam is this long; a longer run of days off means a broken file. */
  private static final int MAX_SEARCH_DAYS = 60;

  private final String source;
  private final Set<Integer> years;
  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> workingWeekends;

  public WorkingCalendar(@Value("${cascade.calendar.holidays-file:classpath:calendar/vietnam-holidays.yaml}") Resource file) {
    this.source = file.getDescription();
    HolidayFile data = read(file);
    Set<Integer> yearSet = new HashSet<>();
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> worked = new HashSet<>();
    for (Map.Entry<String, HolidayFile.Year> entry : data.years().entrySet()) {
      int year = parseYear(entry.getKey());
      yearSet.add(year);
      HolidayFile.Year content = entry.getValue();
      require(content != null && content.daysOff() != null && !content.daysOff().isEmpty(),
          "year " + year + " lists no days off");
      for (HolidayFile.Day day : content.daysOff()) {
        LocalDate date = check(day, year, "daysOff");
        require(!off.contains(date) && !worked.contains(date), "date " + date + " is listed twice");
        off.add(date);
      }
      for (HolidayFile.Day day : nullToEmpty(content.workingWeekends())) {
        LocalDate date = check(day, year, "workingWeekends");
        require(isWeekend(date), "working weekend " + date + " is a " + date.getDayOfWeek() + ", not a Saturday or Sunday");
        require(!off.contains(date) && !worked.contains(date), "date " + date + " is listed twice");
        worked.add(date);
      }
    }
    this.years = Set.copyOf(yearSet);
    this.daysOff = Set.copyOf(off);
    this.workingWeekends = Set.copyOf(worked);
  }

  /** A calendar read from YAML text, for tests and tools. */
  public static WorkingCalendar fromYaml(String yaml) {
    return new WorkingCalendar(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "inline holiday calendar"));
  }

  /** Monday–Friday unless listed as a day off; Saturday or Sunday only if listed as a working weekend. */
  public boolean isWorkingDay(LocalDate day) {
    return isWeekend(day) ? workingWeekends.contains(day) : !daysOff.contains(day);
  }

  /** The day itself if it is a working day, else the closest working day before it. */
  public LocalDate onOrBeforeWorkingDay(LocalDate day) {
    return search(day, -1);
  }

  /**
   * The day itself if it is a working day, else the closest working day after it: a period that ends on
   * a day off ends on the next working day (Civil Code, art. 148).
   */
  public LocalDate onOrAfterWorkingDay(LocalDate day) {
    return search(day, 1);
  }

  /** The working day {@code days} working days before {@code day} (the day itself for 0, a working day or not). */
  public LocalDate workingDaysBefore(LocalDate day, int days) {
    LocalDate result = day;
    for (int counted = 0; counted < days; ) {
      result = result.minusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /**
   * Counts the working days from {@code first} to {@code last}, <b>both included</b>, as people say
   * "from 15/5 to 30/5/2023 there were 12 working days"; 0 if {@code last} is before {@code first}. For
   * a period that starts the day after an event (Civil Code, art. 147), pass {@code event.plusDays(1)}.
   */
  public int workingDaysBetween(LocalDate first, LocalDate last) {
    int count = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the file lists the given year, i.e. its holidays are known rather than assumed absent. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  private LocalDate search(LocalDate day, int step) {
    LocalDate candidate = day;
    for (int i = 0; i <= MAX_SEARCH_DAYS; i++, candidate = candidate.plusDays(step)) {
      if (isWorkingDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Holiday calendar " + source + " has no working day within " + MAX_SEARCH_DAYS + " days of " + day);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private HolidayFile read(Resource file) {
    YAMLMapper yaml = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    HolidayFile data;
    try (InputStream in = file.getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      data = text.isBlank() ? null : yaml.readValue(text, HolidayFile.class);
    } catch (UnrecognizedPropertyException e) {
      String path = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).collect(Collectors.joining("."));
      throw new IllegalStateException("Holiday calendar " + source + ": unknown key '" + path + "'; known keys there: "
          + e.getKnownPropertyIds(), e);
    } catch (JacksonException e) {
      throw new IllegalStateException("Holiday calendar " + source + " is not valid: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read holiday calendar " + source + ": " + e.getMessage(), e);
    }
    require(data != null && data.years() != null && !data.years().isEmpty(), "no years are listed under 'years'");
    return data;
  }

  private int parseYear(String key) {
    require(key != null && key.matches("\\d{4}"), "year '" + key + "' must be a four-digit year");
    return Integer.parseInt(key);
  }

  private LocalDate check(HolidayFile.Day day, int year, String list) {
    require(day != null && day.date() != null, list + " of " + year + " has an entry without a date");
    String where = list + " entry " + day.date() + " of " + year;
    LocalDate date;
    try {
      date = LocalDate.parse(day.date().trim());
    } catch (DateTimeParseException e) {
      throw problem(where + ": not a valid date; write yyyy-mm-dd, e.g. " + year + "-01-01");
    }
    require(date.getYear() == year, where + ": the date is not in " + year);
    require(day.name() != null && !day.name().isBlank(), where + ": the name is missing");
    return date;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw problem(problem);
    }
  }

  private IllegalStateException problem(String problem) {
    return new IllegalStateException("Holiday calendar " + source + ": " + problem);
  }

  /** The file as written; checked entry by entry by the constructor. */
  record HolidayFile(Map<String, Year> years) {

    record Year(List<Day> daysOff, List<Day> workingWeekends) {}

    record Day(String date, String name) {}
  }
}
