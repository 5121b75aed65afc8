package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.ReminderPlanner;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Gateway_ReminderDue ("Hôm nay cần nhắc hạn?") of a CĐCS's model deployed before issue 17 (its running instances
 * keep their own daily timer; the current model reminds every child unit from the parent, {@link ChildReportReminders}),
 * after the unit's daily timer: a reminder is due when the
 * unit still has open work and a reminder day has come (the latest one on or before today) for which it
 * has not been reminded yet. Read only: the daily firing of tens of thousands of units writes nothing on
 * the days that are not reminder days.
 */
@Component("reminderCheck")
public class ReminderCheck {

  private final UnitAssignmentRepository assignments;
  private final ReminderPlanner planner;
  private final SentNotificationRepository sent;
  private final EngineClock clock;

  public ReminderCheck(UnitAssignmentRepository assignments, ReminderPlanner planner, SentNotificationRepository sent,
      EngineClock clock) {
    this.assignments = assignments;
    this.planner = planner;
    this.sent = sent;
    this.clock = clock;
  }

  /** Whether the unit of this assignment is to be reminded today. */
  public boolean dueToday(Long assignmentId) {
    // with its unit, directive and sector in one statement: the reminder's e-mail, in the same transaction, uses them
    UnitAssignment assignment = assignments.findWithContext(assignmentId).orElseThrow(
        () -> new IllegalStateException("Assignment " + assignmentId + " does not exist"));
    return dueReminder(assignment)
        .filter(day -> !sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, assignmentId, day))
        .isPresent();
  }

  /**
   * The reminder day (the latest on or before today) a unit with open work is to be reminded for, whether
   * or not it was sent; also asked by Task_SendReminder, after the gateway in the same job.
   */
  Optional<LocalDate> dueReminder(UnitAssignment assignment) {
    if (!assignment.hasOpenWork()) {
      return Optional.empty();
    }
    return planner.dueReminder(assignment, VietnamTime.dayOf(clock.now()));
  }
}
