package vn.congdoan.cascade.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.calendar.WorkingCalendar;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.process.EngineClock;
import vn.congdoan.cascade.calendar.ReminderProperties;

/** The reminder days and the timer cycle of a unit, with the default schedule and a directive's own. */
class ReminderPlannerTest {

  private static final WorkingCalendar CALENDAR = new WorkingCalendar(new ClassPathResource("calendar/vietnam-holidays.yaml"));

  private static ReminderPlanner plannerAt(ZonedDateTime now) {
    EngineClock clock = new EngineClock() {
      @Override
      public Instant now() {
        return now.toInstant();
      }
    };
    return new ReminderPlanner(CALENDAR, new ReminderProperties(List.of(7, 3, 1, 0), LocalTime.of(8, 0), 1), clock);
  }

  private static UnitAssignment unit(LocalDate deadline, String ownSchedule, LocalDate received) {
    Directive directive = new Directive("291/KH-LĐLĐ", LocalDate.of(2023, 5, 11), "LĐLĐ tỉnh Thái Bình", "Kỷ niệm",
        CascadeProperties.DEFAULTS.deadlineOf(deadline), null, "vanphong.cdyt", received.atStartOfDay(VietnamTime.ZONE).toInstant());
    directive.setReminderDays(ownSchedule);
    return new UnitAssignment(directive, null, received.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
  }

  @Test
  void seedDeadline_defaultSchedule_cycleStartsOnTheFirstReminderDayAt8VietnamTime() {
    ReminderPlanner planner = plannerAt(ZonedDateTime.of(2023, 5, 15, 9, 0, 0, 0, VietnamTime.ZONE));
    UnitAssignment unit = unit(LocalDate.of(2023, 5, 30), null, LocalDate.of(2023, 5, 15));
    assertThat(planner.reminderDays(unit, LocalDate.of(2023, 5, 15))).containsExactly(LocalDate.of(2023, 5, 23),
        LocalDate.of(2023, 5, 26), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 5, 30));
    assertThat(planner.cycleFor(unit)).isEqualTo("R400/2023-05-23T08:00:00+07:00/P1D");
    assertThat(planner.dueReminder(unit, LocalDate.of(2023, 5, 22))).isEmpty();
    assertThat(planner.dueReminder(unit, LocalDate.of(2023, 5, 28))).contains(LocalDate.of(2023, 5, 26));
  }

  @Test
  void aDirectiveOwnSchedule_andAHolidayMovesTheReminderToTheWorkingDayBefore() {
    ReminderPlanner planner = plannerAt(ZonedDateTime.of(2023, 4, 20, 9, 0, 0, 0, VietnamTime.ZONE));
    // deadline Thursday 4/5/2023; 2 days before is 2/5, inside the 29/4–3/5 holiday → Friday 28/4
    UnitAssignment unit = unit(LocalDate.of(2023, 5, 4), "2, 0", LocalDate.of(2023, 4, 20));
    assertThat(planner.reminderDays(unit, LocalDate.of(2023, 4, 20)))
        .containsExactly(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 4));
  }

  @Test
  void aUnitThatReceivesThePlanAfter8OnAReminderDay_isFirstRemindedTheNextMorning() {
    ReminderPlanner planner = plannerAt(ZonedDateTime.of(2023, 5, 23, 10, 0, 0, 0, VietnamTime.ZONE));
    UnitAssignment unit = unit(LocalDate.of(2023, 5, 30), null, LocalDate.of(2023, 5, 23));
    assertThat(planner.cycleFor(unit)).isEqualTo("R400/2023-05-24T08:00:00+07:00/P1D");
  }
}
