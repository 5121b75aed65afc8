package vn.congdoan.cascade.reminder;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.ReminderProperties;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
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
 * officers, the open tasks of the units' processes), not per unit, and the e-mails are written in the job's thread.
 *
 * <p>Sending one is mostly waiting for the SMTP server and the database, so up to
 * {@code cascade.reminders.parallel-sends} go out at the same time, on threads of this class shared by every
 * directive; the job waits for all of them. Each goes through the sent-log in a transaction of its own
 * ({@link OnceOnlyMailer#sendOnceApart}) and names its directive and unit in the logging context ({@link LogContext}):
 * a job retried after a failure or a collision sends none twice. The batch's first e-mail goes alone: with the SMTP
 * server down the job fails at once, without trying the others; a later failure stops the e-mails not yet begun, and
 * the job fails with the first failure once the ones under way have ended.
 */
@Component
class ChildReminderMailer {

  private static final Logger log = LoggerFactory.getLogger(ChildReminderMailer.class);

  private final UnitAssignmentRepository assignments;
  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final TaskService tasks;
  private final ReminderMails mails;
  private final OnceOnlyMailer mailer;
  private final EngineClock clock;
  private final ExecutorService senders;

  ChildReminderMailer(UnitAssignmentRepository assignments, ImplementingPlanRepository plans, OrganisationRegistry registry,
      TaskService tasks, ReminderMails mails, OnceOnlyMailer mailer, EngineClock clock, ReminderProperties properties) {
    this.assignments = assignments;
    this.plans = plans;
    this.registry = registry;
    this.tasks = tasks;
    this.mails = mails;
    this.mailer = mailer;
    this.clock = clock;
    AtomicInteger number = new AtomicInteger();
    this.senders = Executors.newFixedThreadPool(properties.parallelSends(), work -> {
      Thread thread = new Thread(work, "reminder-mail-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @PreDestroy
  void stop() {
    senders.shutdown();
  }

  /** One unit's reminder, written and ready to go. */
  private record Reminder(Long directiveId, Long assignmentId, String unitCode, LocalDate day, OutgoingMail mail) {}

  /** Reminds each of these units (of one directive) once for its reminder day. */
  void remind(List<ChildReportReminders.Due> due) {
    if (due.isEmpty()) {
      return;
    }
    List<Reminder> reminders = write(due);
    Long directiveId = reminders.get(0).directiveId();
    send(reminders.get(0));
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Future<?>> underWay = new ArrayList<>();
    for (Reminder reminder : reminders.subList(1, reminders.size())) {
      underWay.add(senders.submit(() -> {
        if (failure.get() == null) {
          try {
            send(reminder);
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        }
      }));
    }
    for (Future<?> each : underWay) {
      try {
        each.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        underWay.forEach(f -> f.cancel(false));
        throw new IllegalStateException("Interrupted while reminders were being sent", e);
      } catch (ExecutionException e) {
        failure.compareAndSet(null, new IllegalStateException(e.getCause()));
      }
    }
    if (failure.get() != null) {
      log.warn("Reminders of directive {}: sending stopped at a failure; the job is retried, sent ones are not sent again",
          directiveId);
      throw failure.get();
    }
  }

  private void send(Reminder reminder) {
    try (LogContext.Scope logged = LogContext.of(reminder.directiveId(), reminder.unitCode())) {
      mailer.sendOnceApart(NotificationKind.REMINDER, reminder.assignmentId(), reminder.day(), reminder.mail());
    }
  }

  /** The batch's e-mails, in the order of the assignments, written from what is read for all of them at once. */
  private List<Reminder> write(List<ChildReportReminders.Due> due) {
    LocalDate today = VietnamTime.dayOf(clock.now());
    Map<Long, LocalDate> dayOf = new HashMap<>();
    due.forEach(each -> dayOf.put(each.unit().assignmentId(), each.day()));
    List<UnitAssignment> batch = assignments.findWithContext(dayOf.keySet());
    ImplementingPlan plan = plans.findByDirective(batch.get(0).getDirective()).orElseThrow(
        () -> new IllegalStateException("Directive " + batch.get(0).getDirective().getId() + " has no implementing plan"));
    Map<Long, List<Officer>> officers = registry.officersOf(batch.stream().map(UnitAssignment::getUnit).toList());
    Map<String, List<Task>> open = openTasks(batch);
    List<Reminder> reminders = new ArrayList<>();
    for (UnitAssignment assignment : batch) {
      OrganisationUnit unit = assignment.getUnit();
      List<Officer> ofUnit = officers.getOrDefault(unit.getId(), List.of());
      List<Task> tasksOfUnit = assignment.getProcessInstanceId() == null ? List.of()
          : open.getOrDefault(assignment.getProcessInstanceId(), List.of());
      OutgoingMail mail = unit.getLevel() == UnitLevel.GRASSROOTS
          ? mails.toGrassroots(assignment, plan, today, tasksOfUnit, LateUnits.emails(ofUnit))
          : mails.toUnion(assignment, plan, today, tasksOfUnit, LateUnits.emails(ofUnit.stream()
              .filter(o -> o.getRole() == OfficerRole.OFFICE || o.getRole() == OfficerRole.CHAIR).toList()));
      reminders.add(new Reminder(assignment.getDirective().getId(), assignment.getId(), unit.getCode(),
          dayOf.get(assignment.getId()), mail));
    }
    return reminders;
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
