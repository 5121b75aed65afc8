package vn.congdoan.cascade.directive;

import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.PlanApprovalForm;
import vn.congdoan.cascade.calendar.VietnamTime;
import java.time.LocalDate;
import java.time.Instant;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.process.EngineClock;

/** The sector's implementing plan: drafted (or revised) by the office, approved or returned by the chair. */
@Service
class ImplementingPlans {

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final EngineClock clock;

  private final CascadeProperties cascade;

  public ImplementingPlans(DirectiveRepository directives, ImplementingPlanRepository plans, EngineClock clock,
      CascadeProperties cascade) {
    this.cascade = cascade;
    this.directives = directives;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Stores the draft of the directive's plan: a new plan the first time, the same plan revised after the
   * chair returned it.
   *
   * @return the plan's id
   */
  public Long saveDraft(Long directiveId, ImplementingPlanSubmission submission) {
    Directive directive = directives.getReferenceById(directiveId);
    ImplementingPlan plan = plans.findByDirective(directive).orElseGet(() -> new ImplementingPlan(directive));
    plan.submit(submission.subject(), submission.purpose(), submission.activities(), submission.organisation());
    plan.sendTo(submission.recipients());
    return plans.save(plan).getId();
  }

  /** Records the chair's decision on the plan: approved, or returned for revision with the reason. */
  /** Records the chair's decision; returns the units' deadline as it then stands. */
  public Instant decide(Long planId, PlanDecision decision, String chair) {
    ImplementingPlan plan = plans.findById(planId).orElseThrow();
    if (decision.approved()) {
      if (decision.childrenDeadline() != null) {
        bringForward(plan.getDirective(), decision.childrenDeadline());
      }
      plan.approve(chair, clock.now());
    } else {
      plan.returnForRevision(chair, clock.now(), decision.returnReason());
    }
    return plan.getDirective().getDeadline();
  }

  /**
   * The chair brings the units' deadline forward when approving the plan: never later than it stands (for a
   * plan received from a parent, already before the unit's own report is due), never a day already past.
   */
  private void bringForward(Directive directive, LocalDate day) {
    Instant deadline = cascade.deadlineOf(day);
    if (deadline.equals(directive.getDeadline())) {
      return; // left as shown
    }
    String field = PlanApprovalForm.CHILDREN_DEADLINE.name();
    if (deadline.isAfter(directive.getDeadline())) {
      throw new FormValidationException(field, "Hạn hoàn thành của đơn vị trực thuộc chỉ được rút ngắn, không được muộn hơn "
          + VietnamTime.format(directive.getDeadline()) + ".");
    }
    if (deadline.isBefore(clock.now())) {
      throw new FormValidationException(field, "Hạn hoàn thành " + VietnamTime.format(day) + " đã qua.");
    }
    directive.bringDeadlineForward(deadline);
  }
}
