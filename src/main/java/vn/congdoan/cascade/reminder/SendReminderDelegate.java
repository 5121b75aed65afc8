package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_SendReminder of a CĐCS's model deployed before issue 17 moved the reminders to the parent (its running
 * instances keep their own daily timer; the current model has none: the parent's Task_RemindChildUnits reminds every
 * child unit, under the same sent-log key, so a unit is never reminded twice for a day). Runs when Gateway_ReminderDue ({@link ReminderCheck}) found a reminder due today,
 * in the same job and transaction (the unit's timer's): the unit's officers get one e-mail for the
 * latest reminder day that has come, with what is still open and a link to each open task. The unit and
 * its directive are those the gateway loaded (same persistence context, no statement). The e-mail goes
 * through the sent-log in a transaction of its own ({@link OnceOnlyMailer#sendOnceApart}): the timer's
 * transaction also reshapes the unit's executions and can collide with an officer's completion of the
 * same unit; when it is rolled back and retried, the sent-log row is already there and nothing is sent
 * again. Reminder days missed while the application was down are not sent one by one: the next firing
 * sends the latest one only.
 */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final ReminderCheck check;
  private final OnceOnlyMailer mailer;
  private final ReminderMails mails;
  private final TaskService tasks;
  private final EngineClock clock;

  public SendReminderDelegate(UnitAssignmentRepository assignments, ImplementingPlanRepository plans,
      OrganisationRegistry registry, ReminderCheck check, OnceOnlyMailer mailer, ReminderMails mails,
      TaskService tasks, EngineClock clock) {
    this.assignments = assignments;
    this.plans = plans;
    this.registry = registry;
    this.check = check;
    this.mailer = mailer;
    this.mails = mails;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitAssignment assignment = assignments.findById(GrassrootsUnionContract.ASSIGNMENT_ID.from(execution).get()).orElseThrow();
    Optional<LocalDate> point = check.dueReminder(assignment);
    if (point.isEmpty()) {
      return;
    }
    LocalDate today = VietnamTime.dayOf(clock.now());
    List<String> to = LateUnits.emails(registry.officersOf(assignment.getUnit()));
    List<Task> open = EngineInternals.tasksOf(execution.getProcessInstanceId(), tasks);
    mailer.sendOnceApart(NotificationKind.REMINDER, assignment.getId(), point.get(), compose(assignment, today, open, to));
  }

  OutgoingMail compose(UnitAssignment assignment, LocalDate today, List<Task> open, List<String> to) {
    ImplementingPlan plan = plans.findByDirective(assignment.getDirective()).orElseThrow();
    return mails.toGrassroots(assignment, plan, today, open, to);
  }
}
