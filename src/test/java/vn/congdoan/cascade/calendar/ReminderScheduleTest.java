package vn.congdoan.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Reminder days before a deadline, on working days only. */
class ReminderScheduleTest {

  private static final WorkingCalendar CALENDAR = new WorkingCalendar(new ClassPathResource("calendar/vietnam-holidays.yaml"));

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void seedDeadline30May2023WithDefaultOffsets() {
    List<LocalDate> days = ReminderSchedule.DEFAULT.reminderDays(d(2023, 5, 30), d(2023, 5, 15), CALENDAR);
    // 27/5 (deadline minus 3) is a Saturday: moved back to Friday 26/5
    assertThat(days).containsExactly(d(2023, 5, 23), d(2023, 5, 26), d(2023, 5, 29), d(2023, 5, 30));
  }

  @Test
  void pointInThe29AprilTo3MayHolidayMovesTo28April() {
    List<LocalDate> days = ReminderSchedule.parse("1, 0").reminderDays(d(2023, 5, 3), null, CALENDAR);
    // 2/5 and 3/5/2023 are both days off: both move to 28/4 and count once
    assertThat(days).containsExactly(d(2023, 4, 28));
  }

  @Test
  void deadlineOnADayOffIsRemindedOnTheWorkingDayBefore() {
    List<LocalDate> days = ReminderSchedule.parse("0").reminderDays(d(2024, 2, 12), null, CALENDAR);
    assertThat(days).containsExactly(d(2024, 2, 7));
  }

  @Test
  void swappedSaturdayCanCarryAReminder() {
    // deadline Monday 6/5/2024 minus 2 days is Saturday 4/5/2024, worked in exchange for 29/4
    assertThat(ReminderSchedule.parse("2").reminderDays(d(2024, 5, 6), null, CALENDAR)).containsExactly(d(2024, 5, 4));
  }

  @Test
  void pointsBeforeReceiptAreDroppedAndReceiptDayIsKept() {
    List<LocalDate> days = ReminderSchedule.DEFAULT.reminderDays(d(2023, 5, 30), d(2023, 5, 26), CALENDAR);
    assertThat(days).containsExactly(d(2023, 5, 26), d(2023, 5, 29), d(2023, 5, 30));
    assertThat(ReminderSchedule.DEFAULT.reminderDays(d(2023, 5, 30), d(2023, 5, 31), CALENDAR)).isEmpty();
  }

  @Test
  void parsesOffsetsAndKeepsThemDistinctLargestFirst() {
    assertThat(ReminderSchedule.parse("7, 3, 1, 0")).isEqualTo(ReminderSchedule.DEFAULT);
    assertThat(ReminderSchedule.parse(" 0,1,3 ,7,7 ").daysBefore()).containsExactly(7, 3, 1, 0);
    assertThat(ReminderSchedule.parse("60").daysBefore()).containsExactly(60);
    assertThat(ReminderSchedule.parse("0, 1, 2, 3, 4, 5, 6, 7, 8, 9").daysBefore()).hasSize(10);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                              | Reminder offsets are empty",
      "'  '                            | Reminder offsets are empty",
      "'7, -1'                         | Reminder offset '-1' must be a whole number of days from 0 to 60",
      "'7, 61'                         | Reminder offset 61 must be a whole number of days from 0 to 60",
      "'7; 3'                          | Reminder offset '7; 3' must be a whole number",
      "'7,,3'                          | Reminder offset '' must be a whole number",
      "'1.5'                           | Reminder offset '1.5' must be a whole number",
      "'seven'                         | Reminder offset 'seven' must be a whole number",
      "'0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10' | At most 10 reminder offsets are allowed, not 11"})
  void refusesBadOffsets(String text, String message) {
    assertThatThrownBy(() -> ReminderSchedule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesBadOffsetListsToo() {
    assertThatThrownBy(() -> new ReminderSchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderSchedule(List.of(3, 99))).hasMessageContaining("99");
  }
}
