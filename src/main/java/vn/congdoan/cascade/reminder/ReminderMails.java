package vn.congdoan.cascade.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.notification.NotificationProperties;
import vn.congdoan.cascade.notification.OutgoingMail;

/**
 * What a deadline reminder says: to a CĐCS, what it has still to do under the parent's plan; to a union, the report
 * it owes the parent. Each names the parent's plan (number, date, subject), the deadline with the time left and the
 * unit's open tasks with their links to Tasklist.
 */
@Component
class ReminderMails {

  private final NotificationProperties links;

  ReminderMails(NotificationProperties links) {
    this.links = links;
  }

  /** How a reminder says what time is left: "còn 3 ngày", or "hôm nay là hạn cuối" on the deadline's day. */
  static String timeLeft(LocalDate today, LocalDate deadline) {
    long daysLeft = ChronoUnit.DAYS.between(today, deadline);
    return daysLeft <= 0 ? "hôm nay là hạn cuối" : "còn " + daysLeft + " ngày";
  }

  /** To a CĐCS's officers. */
  OutgoingMail toGrassroots(UnitAssignment assignment, ImplementingPlan plan, LocalDate today, List<Task> open, List<String> to) {
    Directive directive = assignment.getDirective();
    LocalDate deadline = VietnamTime.dayOf(assignment.getDeadline());
    String when = timeLeft(today, deadline);
    String subject = "[Nhắc hạn] Kế hoạch số " + plan.getNumber() + ": " + when + " (hạn " + VietnamTime.format(deadline) + ")";
    StringBuilder body = new StringBuilder()
        .append("Kính gửi Ban Chấp hành ").append(assignment.getUnit().getName()).append(",\n\n")
        .append(directive.getSector().getName()).append(" nhắc đơn vị hoàn thành các nội dung theo Kế hoạch số ")
        .append(plan.getNumber()).append(" ngày ").append(VietnamTime.format(plan.getIssuedOn()))
        .append(" về việc ").append(plan.getSubject()).append(".\n\n")
        .append("Hạn hoàn thành: ").append(VietnamTime.format(deadline)).append(" (").append(when).append(").\n\n")
        .append("Nội dung đơn vị chưa hoàn thành:\n");
    for (Task task : open) {
      body.append("  - ").append(task.getName()).append(": ").append(links.taskLink(task.getId())).append("\n");
    }
    body.append("\nĐề nghị đơn vị đăng nhập hệ thống để thực hiện trước hạn.\n\n")
        .append("Trân trọng,\n").append(directive.getSector().getName()).append("\n\n")
        .append("(Thư gửi tự động; đơn vị đã hoàn thành sẽ không nhận thư nhắc.)\n");
    return new OutgoingMail(to, subject, body.toString());
  }

  /** To a union's office and chair. */
  OutgoingMail toUnion(UnitAssignment assignment, ImplementingPlan plan, LocalDate today, List<Task> open, List<String> to) {
    Directive directive = assignment.getDirective();
    LocalDate deadline = VietnamTime.dayOf(assignment.getDeadline());
    String when = timeLeft(today, deadline);
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
