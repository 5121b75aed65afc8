package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.EngineClock;
import vn.congdoan.cascade.process.LogContext;

/**
 * Sends the reminders {@link ChildReportReminders} found due, a batch of one directive's child units at a time: a
 * CĐCS's officers are told what the unit has still to do, a union's office and chair the report it owes. What the
 * e-mails need is read for the whole batch in four statements (the assignments with their units, the plan, the
 * officers, the open tasks of the units' processes), not per unit. Each e-mail names its unit in the logging context
 * ({@link LogContext}) and goes through the sent-log in a
 * transaction of its own ({@link OnceOnlyMailer#sendOnceApart}): a job retried after a failure or a collision sends
 * none twice.
 */
@Component
class ChildReminderMailer {

  private final UnitAssignmentRepository assignments;
  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final TaskService tasks;
  private final ReminderMails mails;
  private final OnceOnlyMailer mailer;
  private final EngineClock clock;

  ChildReminderMailer(UnitAssignmentRepository assignments, ImplementingPlanRepository plans, OrganisationRegistry registry,
      TaskService tasks, ReminderMails mails, OnceOnlyMailer mailer, EngineClock clock) {
    this.assignments = assignments;
    this.plans = plans;
    this.registry = registry;
    this.tasks = tasks;
    this.mails = mails;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Reminds each of these units (of one directive) once for its reminder day. */
  void remind(List<ChildReportReminders.Due> due) {
    if (due.isEmpty()) {
      return;
    }
    LocalDate today = VietnamTime.dayOf(clock.now());
    Map<Long, LocalDate> dayOf = new HashMap<>();
    due.forEach(each -> dayOf.put(each.unit().assignmentId(), each.day()));
    List<UnitAssignment> batch = assignments.findWithContext(dayOf.keySet());
    ImplementingPlan plan = plans.findByDirective(batch.get(0).getDirective()).orElseThrow(
        () -> new IllegalStateException("Directive " + batch.get(0).getDirective().getId() + " has no implementing plan"));
    Map<Long, List<Officer>> officers = registry.officersOf(batch.stream().map(UnitAssignment::getUnit).toList());
    Map<String, List<Task>> open = openTasks(batch);
    for (UnitAssignment assignment : batch) {
      OrganisationUnit unit = assignment.getUnit();
      List<Officer> ofUnit = officers.getOrDefault(unit.getId(), List.of());
      List<Task> tasksOfUnit = assignment.getProcessInstanceId() == null ? List.of()
          : open.getOrDefault(assignment.getProcessInstanceId(), List.of());
      var mail = unit.getLevel() == UnitLevel.GRASSROOTS
          ? mails.toGrassroots(assignment, plan, today, tasksOfUnit, LateUnits.emails(ofUnit))
          : mails.toUnion(assignment, plan, today, tasksOfUnit, LateUnits.emails(ofUnit.stream()
              .filter(o -> o.getRole() == OfficerRole.OFFICE || o.getRole() == OfficerRole.CHAIR).toList()));
      try (LogContext.Scope logged = LogContext.of(null, unit.getCode())) {
        mailer.sendOnceApart(NotificationKind.REMINDER, assignment.getId(), dayOf.get(assignment.getId()), mail);
      }
    }
  }

  /** The open tasks of the units' processes, by process instance, each unit's in the order of their ids. */
  private Map<String, List<Task>> openTasks(List<UnitAssignment> batch) {
    String[] processes = batch.stream().map(UnitAssignment::getProcessInstanceId).filter(id -> id != null).distinct()
        .toArray(String[]::new);
    Map<String, List<Task>> byProcess = new HashMap<>();
    if (processes.length == 0) {
      return byProcess;
    }
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(processes).orderByTaskId().asc().list()) {
      byProcess.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>()).add(task);
    }
    return byProcess;
  }
}
