package vn.congdoan.cascade.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * When to remind a unit of a deadline: so many days before it (e.g. 7, 3, 1 and 0 days), each point
 * moved back to a working day so that nobody is reminded on a Saturday, a holiday or too late.
 *
 * @param daysBefore offsets in calendar days before the deadline, each 0..{@value #MAX_DAYS_BEFORE}, at
 *     most {@value #MAX_ENTRIES}; kept distinct and largest first
 */
public record ReminderSchedule(List<Integer> daysBefore) {

  public static final int MAX_DAYS_BEFORE = 60;
  public static final int MAX_ENTRIES = 10;

  /** 7, 3 and 1 days before the deadline, and the deadline day itself. */
  public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(7, 3, 1, 0));

  public ReminderSchedule {
    if (daysBefore == null || daysBefore.isEmpty()) {
      throw new IllegalArgumentException("Reminder offsets are empty; give days before the deadline, e.g. \"7, 3, 1, 0\"");
    }
    if (daysBefore.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("At most " + MAX_ENTRIES + " reminder offsets are allowed, not " + daysBefore.size());
    }
    for (Integer offset : daysBefore) {
      if (offset == null || offset < 0 || offset > MAX_DAYS_BEFORE) {
        throw new IllegalArgumentException("Reminder offset " + offset + " must be a whole number of days from 0 to " + MAX_DAYS_BEFORE);
      }
    }
    daysBefore = List.copyOf(new TreeSet<>(daysBefore).descendingSet());
  }

  /**
   * Reads offsets written as "7, 3, 1, 0": whole numbers of days from 0 to {@value #MAX_DAYS_BEFORE},
   * separated by commas, at most {@value #MAX_ENTRIES} of them.
   *
   * @throws IllegalArgumentException with an English message saying what is wrong
   */
  public static ReminderSchedule parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Reminder offsets are empty; give days before the deadline, e.g. \"7, 3, 1, 0\"");
    }
    String[] parts = text.split(",", -1);
    if (parts.length > MAX_ENTRIES) {
      throw new IllegalArgumentException("At most " + MAX_ENTRIES + " reminder offsets are allowed, not " + parts.length);
    }
    List<Integer> offsets = new ArrayList<>();
    for (String part : parts) {
      String value = part.strip();
      if (!value.matches("\\d{1,3}")) {
        throw new IllegalArgumentException("Reminder offset '" + value + "' must be a whole number of days from 0 to "
            + MAX_DAYS_BEFORE + ", offsets separated by commas, e.g. \"7, 3, 1, 0\"");
      }
      offsets.add(Integer.parseInt(value));
    }
    return new ReminderSchedule(offsets);
  }

  /**
   * The reminder days for a deadline, earliest first and without repeats: each point is the deadline
   * minus an offset, moved back to the closest working day on or before it (offset 0 is the deadline
   * day, moved back too if it is a day off: a reminder is never later than needed). Points before
   * {@code notBefore} (the day the unit received the plan) are dropped.
   *
   * @param deadline the last day, in Vietnam
   * @param notBefore the first day a reminder may fall on, or null for no limit
   */
  public List<LocalDate> reminderDays(LocalDate deadline, LocalDate notBefore, WorkingCalendar calendar) {
    TreeSet<LocalDate> days = new TreeSet<>(Comparator.naturalOrder());
    for (int offset : daysBefore) {
      LocalDate day = calendar.onOrBeforeWorkingDay(deadline.minusDays(offset));
      if (notBefore == null || !day.isBefore(notBefore)) {
        days.add(day);
      }
    }
    return List.copyOf(days);
  }
}
