package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.ReminderSchedule;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.calendar.WorkingCalendar;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.process.EngineClock;
import vn.congdoan.cascade.calendar.ReminderProperties;

/**
 * When a unit is reminded: the directive's schedule (or the deployment's default) of days before the
 * unit's deadline, each moved back to a working day. The unit's BPMN timer fires once a day at
 * {@code cascade.reminders.send-at} Vietnam time from the first reminder day on; each firing sends
 * the reminder of the latest reminder day that has come, if it was not sent yet. Because the days are
 * computed from the unit's current deadline at every firing, an extension moves the reminders with it.
 */
@Component
public class ReminderPlanner {

  /** Upper bound of daily firings; the timer ends earlier, with the unit's work. */
  private static final int MAX_FIRINGS = 400;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final WorkingCalendar calendar;
  private final ReminderProperties properties;
  private final EngineClock clock;

  public ReminderPlanner(WorkingCalendar calendar, ReminderProperties properties, EngineClock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  public ReminderSchedule scheduleOf(Directive directive) {
    return directive.getReminderDays() == null ? new ReminderSchedule(properties.daysBefore())
        : ReminderSchedule.parse(directive.getReminderDays());
  }

  /** The unit's reminder days that are not before the given day. */
  public List<LocalDate> reminderDays(UnitAssignment assignment, LocalDate notBefore) {
    return scheduleOf(assignment.getDirective())
        .reminderDays(VietnamTime.dayOf(assignment.getDeadline()), notBefore, calendar);
  }

  /** The unit's timer cycle (ISO 8601, explicit +07:00 offset): daily from its first reminder day. */
  public String cycleFor(UnitAssignment assignment) {
    Instant now = clock.now();
    LocalDate today = VietnamTime.dayOf(now);
    List<LocalDate> days = reminderDays(assignment, today);
    LocalDate first = days.isEmpty() ? VietnamTime.dayOf(assignment.getDeadline()).plusDays(1) : days.get(0);
    ZonedDateTime start = first.atTime(properties.sendAt()).atZone(VietnamTime.ZONE);
    if (start.toInstant().isBefore(now)) {
      start = start.plusDays(1);
    }
    return "R" + MAX_FIRINGS + "/" + ISO.format(start) + "/P1D";
  }

  /** The latest reminder day on or before today, for a unit that received the plan on its start day. */
  public Optional<LocalDate> dueReminder(UnitAssignment assignment, LocalDate today) {
    return dueReminder(scheduleOf(assignment.getDirective()), VietnamTime.dayOf(assignment.getDeadline()),
        VietnamTime.dayOf(assignment.getStartedAt() != null ? assignment.getStartedAt() : assignment.getIssuedAt()), today);
  }

  /**
   * The same for a unit known by the day of its deadline and the day it received the plan, under the directive's
   * schedule (the parent's reminders work through thousands of units of one directive at a time).
   */
  public Optional<LocalDate> dueReminder(ReminderSchedule schedule, LocalDate deadline, LocalDate received, LocalDate today) {
    return schedule.reminderDays(deadline, received, calendar).stream().filter(day -> !day.isAfter(today)).reduce((a, b) -> b);
  }
}
