package vn.congdoan.cascade.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_EscalateLateUnits: at a deadline, every unit with open work is marked overdue and the sector
 * office gets one e-mail (once per directive and deadline) listing the late units with their officers'
 * contacts. The office then decides in Tasklist (Task_HandleLateUnits).
 */
@Component("escalateLateUnits")
class EscalateLateUnitsDelegate implements JavaDelegate {

  /** An e-mail lists this many units; Tasklist shows them all. */
  static final int MAX_LISTED = 200;
  private static final Logger log = LoggerFactory.getLogger(EscalateLateUnitsDelegate.class);

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final UnitAssignmentRepository assignments;
  private final OrganisationRegistry registry;
  private final LateUnits lateUnits;
  private final OnceOnlyMailer mailer;
  private final EngineClock clock;

  public EscalateLateUnitsDelegate(DirectiveRepository directives, ImplementingPlanRepository plans,
      UnitAssignmentRepository assignments, OrganisationRegistry registry, LateUnits lateUnits, OnceOnlyMailer mailer,
      EngineClock clock) {
    this.directives = directives;
    this.plans = plans;
    this.assignments = assignments;
    this.registry = registry;
    this.lateUnits = lateUnits;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    Instant now = clock.now();
    List<UnitAssignment> late = assignments.findLate(directive, now);
    assignments.markLateOverdue(directive, now);
    LocalDate point = VietnamTime.dayOf(DirectiveCascadeContract.ESCALATION_AT.from(execution).get().toInstant());
    log.info("Directive {}: deadline {} reached, {} units overdue", directive.getNumber(), point, late.size());
    if (late.isEmpty()) {
      return;
    }
    List<String> to = LateUnits.emails(registry.officersOf(directive.getSector()).stream()
        .filter(o -> o.getRole() == OfficerRole.OFFICE).toList());
    mailer.sendOnce(NotificationKind.ESCALATION, directive.getId(), point, compose(directive, point, late, to));
  }

  /**
   * Cites the sector's own plan, which the units carry out (e.g. "Kế hoạch số 220/KH-CĐYT ngày 15/05/2023
   * của Công đoàn ngành Y tế Thái Bình"), then the directive it implements; each unit with its own
   * deadline, as extended units have another one than the rest.
   */
  private OutgoingMail compose(Directive directive, LocalDate point, List<UnitAssignment> late, List<String> to) {
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    // a directive that went to unions with children of their own as well as to CĐCS
    String member = late.stream().anyMatch(a -> a.getUnit().getLevel() != UnitLevel.GRASSROOTS) ? "đơn vị" : "CĐCS";
    String subject = "[Quá hạn] " + late.size() + " " + member + " chưa hoàn thành Kế hoạch số " + plan.getNumber()
        + " (hạn " + VietnamTime.format(point) + ")";
    StringBuilder body = new StringBuilder()
        .append("Kính gửi Văn phòng ").append(directive.getSector().getName()).append(",\n\n")
        .append("Đến hạn ").append(VietnamTime.format(point)).append(", ").append(late.size())
        .append(" ").append(member).append(" đã quá hạn mà chưa hoàn thành nội dung theo Kế hoạch số ").append(plan.getNumber())
        .append(" ngày ").append(VietnamTime.format(plan.getIssuedOn())).append(" của ")
        .append(directive.getSector().getName()).append(" (thực hiện ").append(directive.citation()).append("):\n\n");
    int n = 0;
    for (LateUnits.LateUnit unit : lateUnits.describe(late.subList(0, Math.min(late.size(), MAX_LISTED)))) {
      n++;
      body.append(n).append(". ").append(unit.name()).append(" — ").append(unit.status())
          .append(" — hạn ").append(VietnamTime.format(LocalDate.parse(unit.deadline()))).append("\n");
      unit.officers().forEach(c -> body.append("     ").append(LateUnits.contactLine(c)).append("\n"));
    }
    if (late.size() > MAX_LISTED) {
      body.append("... và ").append(late.size() - MAX_LISTED).append(" ").append(member).append(" khác (xem đầy đủ trong Tasklist).\n");
    }
    body.append("\nĐề nghị Văn phòng vào Tasklist, việc \"Xử lý đơn vị quá hạn\", để gia hạn cho đơn vị ")
        .append("hoặc kết thúc thu thập và tổng hợp báo cáo với kết quả đã có.\n\n(Thư gửi tự động.)\n");
    return new OutgoingMail(to, subject, body.toString());
  }
}
