package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Gateway_ChildReminderDue ("Đơn vị trực thuộc cần nhắc hạn?"), after the parent's daily report-reminder timer: which
 * child unions (units with children of their own: a CĐCS has its own reminders) have not submitted their report and
 * have reached a reminder day (the latest on or before today, as for a CĐCS) for which they have not been reminded.
 * Read only.
 */
@Component("childReminderCheck")
public class ChildReportReminders {

  private final UnitAssignmentRepository assignments;
  private final ReminderCheck check;
  private final SentNotificationRepository sent;
  private final EngineClock clock;

  public ChildReportReminders(UnitAssignmentRepository assignments, ReminderCheck check, SentNotificationRepository sent,
      EngineClock clock) {
    this.assignments = assignments;
    this.check = check;
    this.sent = sent;
    this.clock = clock;
  }

  /** A child union to remind today, and the reminder day it is reminded for. */
  record Due(UnitAssignment assignment, LocalDate day) {}

  public boolean anyDueToday(Long directiveId) {
    return !dueToday(directiveId).isEmpty();
  }

  List<Due> dueToday(Long directiveId) {
    LocalDate today = VietnamTime.dayOf(clock.now());
    // past its deadline a union is the escalation's (a report returned late is not "due today")
    return assignments.findUnsubmittedOfOtherLevel(directiveId, UnitLevel.GRASSROOTS).stream()
        .filter(a -> !today.isAfter(VietnamTime.dayOf(a.getDeadline())))
        .flatMap(a -> check.dueReminder(a).map(day -> new Due(a, day)).stream())
        .filter(due -> !sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, due.assignment().getId(), due.day()))
        .toList();
  }
}
