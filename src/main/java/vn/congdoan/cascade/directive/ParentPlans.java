package vn.congdoan.cascade.directive;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.calendar.WorkingCalendar;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.process.CascadeProperties;

/**
 * A parent's issued plan, received inside the system by a child that has children of its own: the child's
 * directive. Its report is due to the parent when the parent's assignment of the child ends; the deadline
 * the child gives its own children is {@code cascade.deadline-lead-working-days} working days earlier
 * (never later than its own; its own when that leaves no working day).
 */
@Service
public class ParentPlans {

  private static final Logger log = LoggerFactory.getLogger(ParentPlans.class);

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final WorkingCalendar calendar;
  private final CascadeProperties cascade;

  ParentPlans(DirectiveRepository directives, ImplementingPlanRepository plans, WorkingCalendar calendar,
      CascadeProperties cascade) {
    this.directives = directives;
    this.plans = plans;
    this.calendar = calendar;
    this.cascade = cascade;
  }

  /**
   * The child's directive for the parent's issued plan, stored in the caller's transaction (the parent's
   * fan-out): the plan's number, date and subject, issued by the parent; the report due at {@code reportDue}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Directive handDown(Directive parent, OrganisationUnit child, long parentAssignmentId, Instant reportDue,
      Instant now) {
    ImplementingPlan plan = plans.findByDirective(parent).orElseThrow(() -> new IllegalStateException(
        "Directive " + parent.getId() + " has no implementing plan to hand down to " + child.getCode()));
    if (plan.getNumber() == null || plan.getIssuedOn() == null) {
      throw new IllegalStateException("Plan of directive " + parent.getId() + " is not issued; it cannot reach " + child.getCode());
    }
    Directive directive = Directive.fromParentPlan(plan.getNumber(), plan.getIssuedOn(), parent.getSector().getName(),
        plan.getSubject(), childrenDeadline(reportDue, now), reportDue, child, parentAssignmentId, now);
    directive.setReminderDays(parent.getReminderDays());
    directive = directives.saveAndFlush(directive);
    log.info("Plan {} of {} handed down to {} as directive {} (report due {}, its children's deadline {})",
        plan.getNumber(), parent.getSector().getCode(), child.getCode(), directive.getId(), reportDue, directive.getDeadline());
    return directive;
  }

  /** The deadline a child gives its own children: some working days before its report is due, not already past. */
  Instant childrenDeadline(Instant reportDue, Instant now) {
    Instant earlier = cascade.deadlineOf(calendar.workingDaysBefore(VietnamTime.dayOf(reportDue),
        cascade.deadlineLeadWorkingDays()));
    return earlier.isAfter(now) && earlier.isBefore(reportDue) ? earlier : reportDue;
  }
}
