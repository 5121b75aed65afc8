package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.NotificationProperties;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RemindChildUnions ("Nhắc đơn vị trực thuộc gửi báo cáo"), in the job of the parent's daily timer after
 * {@link ChildReportReminders} found some due: each child union that has not submitted its report gets one e-mail
 * for the latest reminder day that has come — to its office and its chair, citing the parent's plan, the report's
 * due date and the union's open tasks with their links. Each e-mail goes through the sent-log in a transaction of its
 * own ({@link OnceOnlyMailer#sendOnceApart}): a retried job sends none twice.
 */
@Component("remindChildUnions")
class RemindChildUnionsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RemindChildUnionsDelegate.class);

  private final ChildReportReminders reminders;
  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final OnceOnlyMailer mailer;
  private final NotificationProperties links;
  private final TaskService tasks;
  private final EngineClock clock;

  public RemindChildUnionsDelegate(ChildReportReminders reminders, ImplementingPlanRepository plans,
      OrganisationRegistry registry, OnceOnlyMailer mailer, NotificationProperties links, TaskService tasks, EngineClock clock) {
    this.reminders = reminders;
    this.plans = plans;
    this.registry = registry;
    this.mailer = mailer;
    this.links = links;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get();
    LocalDate today = VietnamTime.dayOf(clock.now());
    List<ChildReportReminders.Due> due = reminders.dueToday(directiveId);
    for (ChildReportReminders.Due reminder : due) {
      UnitAssignment assignment = reminder.assignment();
      List<String> to = LateUnits.emails(registry.officersOf(assignment.getUnit()).stream()
          .filter(o -> o.getRole() == OfficerRole.OFFICE || o.getRole() == OfficerRole.CHAIR).toList());
      List<Task> open = assignment.getProcessInstanceId() == null ? List.of()
          : EngineInternals.tasksOf(assignment.getProcessInstanceId(), tasks);
      mailer.sendOnceApart(NotificationKind.REMINDER, assignment.getId(), reminder.day(), compose(assignment, today, open, to));
    }
    log.info("Directive {}: report reminders for {} child unions", directiveId, due.size());
  }

  OutgoingMail compose(UnitAssignment assignment, LocalDate today, List<Task> open, List<String> to) {
    Directive directive = assignment.getDirective();
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    LocalDate deadline = VietnamTime.dayOf(assignment.getDeadline());
    String when = ReminderCheck.timeLeft(today, deadline);
    String parent = directive.getSector().getName();
    String subject = "[Nhắc hạn] Báo cáo kết quả thực hiện Kế hoạch số " + plan.getNumber() + ": " + when + " (hạn "
        + VietnamTime.format(deadline) + ")";
    StringBuilder body = new StringBuilder()
        .append("Kính gửi Văn phòng và Chủ tịch ").append(assignment.getUnit().getName()).append(",\n\n")
        .append(parent).append(" nhắc đơn vị hoàn thành và gửi báo cáo kết quả thực hiện Kế hoạch số ")
        .append(plan.getNumber()).append(" ngày ").append(VietnamTime.format(plan.getIssuedOn()))
        .append(" về việc ").append(plan.getSubject()).append(".\n\n")
        .append("Hạn gửi báo cáo: ").append(VietnamTime.format(deadline)).append(" (").append(when).append(").\n\n");
    if (!open.isEmpty()) {
      body.append("Việc đơn vị đang mở:\n");
      for (Task task : open) {
        body.append("  - ").append(task.getName()).append(": ").append(links.taskLink(task.getId())).append("\n");
      }
      body.append("\n");
    }
    body.append("Đề nghị đơn vị đăng nhập hệ thống để hoàn thành trước hạn; báo cáo được gửi lên ").append(parent)
        .append(" ngay khi Chủ tịch đơn vị ký duyệt.\n\n")
        .append("Trân trọng,\n").append(parent).append("\n\n")
        .append("(Thư gửi tự động; đơn vị đã gửi báo cáo sẽ không nhận thư nhắc.)\n");
    return new OutgoingMail(to, subject, body.toString());
  }
}
