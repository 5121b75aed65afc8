package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.ReminderSchedule;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.OpenWork;
import vn.congdoan.cascade.grassroots.ReminderPlanner;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Gateway_ChildReminderDue ("Đơn vị trực thuộc cần nhắc hạn?"), after the parent's daily reminder timer: which direct
 * child units (CĐCS and unions) still have open work within their deadline and have reached a reminder day (the latest
 * on or before today) for which they have not been reminded. Read only, a page of units at a time in the order of
 * their assignments ({@link #dueAfter}; a page is a batch, {@code cascade.start-batch-size} units), two statements per
 * page: the units with open work after the page's start (their deadlines and the days they received the plan; the
 * reminder day is worked out once per pair of days, not per unit) and the reminders already sent to those units for
 * the days found. The gateway stops at the first page with a unit due;
 * Task_RemindChildUnits walks through the pages a batch per job.
 *
 * <p>Past its deadline a unit is the escalation's: a unit whose work was returned after its deadline is not "due
 * today". A CĐCS the fan-out has not reached yet has no process and no reminder.
 */
@Component("childReminderCheck")
public class ChildReportReminders {

  private final UnitAssignmentRepository assignments;
  private final DirectiveRepository directives;
  private final ReminderPlanner planner;
  private final SentNotificationRepository sent;
  private final EngineClock clock;
  private final CascadeProperties properties;

  public ChildReportReminders(UnitAssignmentRepository assignments, DirectiveRepository directives, ReminderPlanner planner,
      SentNotificationRepository sent, EngineClock clock, CascadeProperties properties) {
    this.assignments = assignments;
    this.sent = sent;
    this.directives = directives;
    this.planner = planner;
    this.clock = clock;
    this.properties = properties;
  }

  /** A child unit to remind today, and the reminder day it is reminded for. */
  record Due(OpenWork unit, LocalDate day) {}

  /** A reminder already sent: the assignment it was about and its reminder day. */
  private record Sent(Long assignmentId, LocalDate day) {}

  /** Whether any direct child unit, CĐCS or union, is to be reminded today: the pages up to the first unit due. */
  public boolean anyUnitDueToday(Long directiveId) {
    return !due(directiveId, true).isEmpty();
  }

  /**
   * The same, under the name a parent's model deployed before issue 17, step 7 calls (its running instances keep it).
   * It reminded only its child unions then, its CĐCS having timers of their own; after the upgrade its fan-out may
   * start CĐCS on the current model, which have none, so it reminds every child unit too. A CĐCS with a timer of its
   * own is reminded by whichever comes first: both record the reminder under the same sent-log key.
   */
  public boolean anyDueToday(Long directiveId) {
    return anyUnitDueToday(directiveId);
  }

  /** The child units to remind today, in the order of their assignments: all of them, every page walked through. */
  List<Due> dueToday(Long directiveId) {
    return due(directiveId, false);
  }

  /** The units due, page after page: every page, or up to the first page with a unit due. */
  private List<Due> due(Long directiveId, boolean firstPageWithAUnitDue) {
    ReminderSchedule schedule = scheduleOf(directiveId);
    List<Due> due = new ArrayList<>();
    Page page = new Page(List.of(), 0, true);
    while (page.more() && !(firstPageWithAUnitDue && !due.isEmpty())) {
      page = dueAfter(directiveId, schedule, page.last());
      due.addAll(page.due());
    }
    return due;
  }

  /**
   * A page of the day's sweep: the units due among the next batch of units with open work after the given
   * assignment (in the order of assignments), the last assignment looked at, and whether there may be more. Each page
   * reads only its units and their reminders: a sweep through 100,000 units reads each once.
   */
  Page dueAfter(Long directiveId, long afterAssignmentId) {
    return dueAfter(directiveId, scheduleOf(directiveId), afterAssignmentId);
  }

  private Page dueAfter(Long directiveId, ReminderSchedule schedule, long afterAssignmentId) {
    int size = properties.startBatchSize();
    LocalDate today = VietnamTime.dayOf(clock.now());
    List<OpenWork> units = assignments.findOpenWorkAfter(directiveId, AssignmentStatus.NOT_REPORTED, afterAssignmentId,
        PageRequest.of(0, size));
    List<Due> candidates = candidates(units, schedule, today);
    List<Long> ids = candidates.stream().map(due -> due.unit().assignmentId()).toList();
    List<Due> due = notYetSent(candidates, days -> sent.findNotified(NotificationKind.REMINDER, days, ids));
    return new Page(due, units.isEmpty() ? afterAssignmentId : units.get(units.size() - 1).assignmentId(),
        units.size() == size);
  }

  /** A page of the sweep: the units due, the last assignment looked at, whether units after it remain. */
  record Page(List<Due> due, long last, boolean more) {}

  private ReminderSchedule scheduleOf(Long directiveId) {
    return planner.scheduleOf(directives.findById(directiveId).orElseThrow(
        () -> new IllegalStateException("Directive " + directiveId + " does not exist")));
  }

  /** The units that have reached a reminder day (whether or not it was sent); past its deadline a unit is not due. */
  private List<Due> candidates(List<OpenWork> units, ReminderSchedule schedule, LocalDate today) {
    Map<List<LocalDate>, Optional<LocalDate>> dayFor = new HashMap<>(); // by (deadline, received)
    return units.stream()
        .filter(unit -> unit.level() != UnitLevel.GRASSROOTS || unit.processInstanceId() != null)
        .filter(unit -> !today.isAfter(VietnamTime.dayOf(unit.deadline())))
        .flatMap(unit -> {
          LocalDate deadline = VietnamTime.dayOf(unit.deadline());
          LocalDate received = VietnamTime.dayOf(unit.received());
          return dayFor.computeIfAbsent(List.of(deadline, received),
                  key -> planner.dueReminder(schedule, deadline, received, today))
              .map(day -> new Due(unit, day)).stream();
        })
        .toList();
  }

  /** The candidates whose reminder day has not been reminded, given the (assignment, day) pairs sent for their days. */
  private static List<Due> notYetSent(List<Due> candidates, Function<Set<LocalDate>, List<Object[]>> sentOn) {
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<LocalDate> days = new HashSet<>();
    candidates.forEach(due -> days.add(due.day()));
    Set<Sent> reminded = new HashSet<>();
    for (Object[] row : sentOn.apply(days)) {
      reminded.add(new Sent((Long) row[0], (LocalDate) row[1]));
    }
    return candidates.stream().filter(due -> !reminded.contains(new Sent(due.unit().assignmentId(), due.day()))).toList();
  }
}
