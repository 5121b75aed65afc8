package vn.congdoan.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** The real holiday file, the facts of the domain notes, and refusal of broken files. */
class WorkingCalendarTest {

  private static final WorkingCalendar CALENDAR = new WorkingCalendar(new ClassPathResource("calendar/vietnam-holidays.yaml"));

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void realFileCovers2023To2027() {
    for (int year = 2023; year <= 2027; year++) {
      assertThat(CALENDAR.covers(year)).as("covers %s", year).isTrue();
    }
    assertThat(CALENDAR.covers(2019)).isFalse();
  }

  @Test
  void seedDeadlineIsATuesdayAndSaturdaysAreOff() {
    assertThat(d(2023, 5, 30).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(CALENDAR.isWorkingDay(d(2023, 5, 30))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2023, 5, 27))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2023, 5, 28))).isFalse();
  }

  @Test
  void from15To30May2023ThereWereTwelveWorkingDaysBothEndsIncluded() {
    assertThat(CALENDAR.workingDaysBetween(d(2023, 5, 15), d(2023, 5, 30))).isEqualTo(12);
    assertThat(CALENDAR.workingDaysBetween(d(2023, 5, 30), d(2023, 5, 30))).isEqualTo(1);
    assertThat(CALENDAR.workingDaysBetween(d(2023, 5, 30), d(2023, 5, 15))).isZero();
  }

  @Test
  void commemorationsOf7And19MayAndAllOfJuneAreWorkingDays() {
    assertThat(CALENDAR.isWorkingDay(d(2024, 5, 7))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2023, 5, 19))).isTrue();
    for (int year = 2023; year <= 2027; year++) {
      LocalDate june1 = d(year, 6, 1);
      int weekdays = (int) june1.datesUntil(d(year, 7, 1))
          .filter(day -> day.getDayOfWeek().getValue() <= 5).count();
      assertThat(CALENDAR.workingDaysBetween(june1, d(year, 6, 30))).as("June %s", year).isEqualTo(weekdays);
    }
  }

  @Test
  void holidayOf29AprilTo3May2023MovesBackTo28April() {
    for (LocalDate day = d(2023, 4, 29); !day.isAfter(d(2023, 5, 3)); day = day.plusDays(1)) {
      assertThat(CALENDAR.isWorkingDay(day)).as("%s", day).isFalse();
    }
    assertThat(CALENDAR.onOrBeforeWorkingDay(d(2023, 5, 2))).isEqualTo(d(2023, 4, 28));
    assertThat(CALENDAR.onOrBeforeWorkingDay(d(2023, 4, 28))).isEqualTo(d(2023, 4, 28));
    assertThat(CALENDAR.onOrAfterWorkingDay(d(2023, 4, 29))).isEqualTo(d(2023, 5, 4));
  }

  @Test
  void swappedSaturdaysAreWorkingDaysAndTheirWeekdaysAreNot() {
    assertThat(CALENDAR.isWorkingDay(d(2024, 5, 4))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2024, 4, 29))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2025, 4, 26))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2025, 5, 2))).isFalse();
    assertThat(CALENDAR.onOrBeforeWorkingDay(d(2024, 5, 5))).isEqualTo(d(2024, 5, 4));
  }

  @Test
  void tet2024IsNotWorking() {
    for (LocalDate day = d(2024, 2, 8); !day.isAfter(d(2024, 2, 14)); day = day.plusDays(1)) {
      assertThat(CALENDAR.isWorkingDay(day)).as("%s", day).isFalse();
    }
    assertThat(CALENDAR.isWorkingDay(d(2024, 2, 7))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2024, 2, 15))).isTrue();
    assertThat(CALENDAR.onOrBeforeWorkingDay(d(2024, 2, 14))).isEqualTo(d(2024, 2, 7));
  }

  @Test
  void everyYearHasElevenStatutoryDaysOrTheirReplacements() {
    // 11 statutory days (Tết's five placed on weekdays); a holiday on a weekend is made up on a weekday, and
    // a swap gives a weekday off against a Saturday worked: 11 weekdays off plus one per swapped Saturday.
    for (int year = 2023; year <= 2027; year++) {
      LocalDate first = d(year, 1, 1);
      LocalDate last = d(year, 12, 31);
      long weekdays = first.datesUntil(last.plusDays(1)).filter(day -> day.getDayOfWeek().getValue() <= 5).count();
      long workedWeekends = first.datesUntil(last.plusDays(1))
          .filter(day -> day.getDayOfWeek().getValue() > 5 && CALENDAR.isWorkingDay(day)).count();
      long weekdaysOff = weekdays - (CALENDAR.workingDaysBetween(first, last) - workedWeekends);
      assertThat(weekdaysOff).as("weekdays off in %s", year).isEqualTo(11 + workedWeekends);
    }
  }

  @Test
  void yearsNotInTheFileArePlainWeeks() {
    WorkingCalendar calendar = WorkingCalendar.fromYaml("""
        years:
          2030:
            daysOff:
              - {date: 2030-01-01, name: "Tết Dương lịch"}
        """);
    assertThat(calendar.covers(2030)).isTrue();
    assertThat(calendar.covers(2031)).isFalse();
    assertThat(calendar.isWorkingDay(d(2030, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(d(2031, 1, 1))).isTrue();
    assertThat(calendar.isWorkingDay(d(2031, 1, 4))).isFalse();
  }

  static Stream<Arguments> malformedFiles() {
    return Stream.of(
        Arguments.of("", "no years"),
        Arguments.of("years: {}", "no years"),
        Arguments.of("years: [2023]", "is not valid"),
        Arguments.of("""
            years:
              23:
                daysOff: [{date: 2023-01-01, name: X}]
            """, "year '23' must be a four-digit year"),
        Arguments.of("""
            years:
              2023:
                daysOff: []
            """, "year 2023 lists no days off"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2023-13-01, name: X}]
            """, "daysOff entry 2023-13-01 of 2023: not a valid date"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2024-01-01, name: X}]
            """, "daysOff entry 2024-01-01 of 2023: the date is not in 2023"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2023-01-02, name: " "}]
            """, "daysOff entry 2023-01-02 of 2023: the name is missing"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{name: X}]
            """, "daysOff of 2023 has an entry without a date"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2023-01-02, name: X}, {date: 2023-01-02, name: Y}]
            """, "date 2023-01-02 is listed twice"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2023-01-02, name: X}]
                workingWeekends: [{date: 2023-05-05, name: Y}]
            """, "working weekend 2023-05-05 is a FRIDAY"),
        Arguments.of("""
            years:
              2023:
                dayOff: [{date: 2023-01-02, name: X}]
            """, "unknown key 'years.2023.dayOff'; known keys there: [daysOff, workingWeekends]"),
        Arguments.of("""
            years:
              2023:
                daysOff: [{date: 2023-01-02, name: X}]
              2023:
                daysOff: [{date: 2023-01-03, name: X}]
            """, "is not valid"));
  }

  @ParameterizedTest
  @MethodSource("malformedFiles")
  void malformedFileIsRefusedNamingFileAndEntry(String yaml, String problem) {
    assertThatThrownBy(() -> WorkingCalendar.fromYaml(yaml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Holiday calendar Byte array resource [inline holiday calendar]")
        .hasMessageContaining(problem);
  }

  @Test
  void springReadsTheDefaultFileAndRefusesAMissingOne() {
    ApplicationContextRunner runner = new ApplicationContextRunner().withBean(WorkingCalendar.class);
    runner.run(context -> assertThat(context.getBean(WorkingCalendar.class).covers(2024)).isTrue());
    runner.withPropertyValues("cascade.calendar.holidays-file=classpath:calendar/missing.yaml")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("Cannot read holiday calendar class path resource [calendar/missing.yaml]"));
  }
}
