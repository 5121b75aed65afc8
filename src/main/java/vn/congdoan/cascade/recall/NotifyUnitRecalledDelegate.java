package vn.congdoan.cascade.recall;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OrganisationRegistry;

/**
 * Task_NotifyUnitRecalled: the unit's officers learn by e-mail that the sector recalled the plan, with the
 * chair's reason; once per unit and recall (the sent-log), however often the job is retried.
 */
@Component("notifyUnitRecalled")
class NotifyUnitRecalledDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final OnceOnlyMailer mailer;

  NotifyUnitRecalledDelegate(UnitAssignmentRepository assignments, ImplementingPlanRepository plans,
      OrganisationRegistry registry, OnceOnlyMailer mailer) {
    this.assignments = assignments;
    this.plans = plans;
    this.registry = registry;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitAssignment assignment = assignments.findWithContext(GrassrootsUnionContract.ASSIGNMENT_ID.from(execution).get())
        .orElseThrow();
    Directive directive = assignment.getDirective();
    List<String> to = registry.officersOf(assignment.getUnit()).stream().map(Officer::getEmail)
        .filter(e -> e != null && !e.isBlank()).toList();
    if (to.isEmpty()) {
      return;
    }
    String plan = plans.findByDirective(directive).map(ImplementingPlan::getNumber).orElse(directive.getNumber());
    String subject = "[Thu hồi] Kế hoạch số " + plan + " đã bị thu hồi";
    String body = "Kính gửi " + assignment.getUnit().getName() + ",\n\n"
        + directive.getSector().getName() + " đã thu hồi Kế hoạch số " + plan + " (thực hiện " + directive.citation()
        + ") ngày " + VietnamTime.format(VietnamTime.dayOf(directive.getRecalledAt())) + ".\n"
        + "Lý do: " + directive.getRecallReason() + "\n\n"
        + "Các công việc của đơn vị theo kế hoạch này đã dừng; đơn vị không cần thực hiện hay báo cáo tiếp.\n";
    mailer.sendOnce(NotificationKind.RECALL, assignment.getId(), VietnamTime.dayOf(directive.getRecalledAt()),
        new OutgoingMail(to, subject, body));
  }
}
