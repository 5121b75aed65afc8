package vn.congdoan.cascade.directive;

import org.springframework.stereotype.Service;
import vn.congdoan.cascade.process.EngineClock;

/** The sector's implementing plan: drafted (or revised) by the office, approved or returned by the chair. */
@Service
class ImplementingPlans {

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final EngineClock clock;

  public ImplementingPlans(DirectiveRepository directives, ImplementingPlanRepository plans, EngineClock clock) {
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
  public void decide(Long planId, PlanDecision decision, String chair) {
    ImplementingPlan plan = plans.findById(planId).orElseThrow();
    if (decision.approved()) {
      plan.approve(chair, clock.now());
    } else {
      plan.returnForRevision(chair, clock.now(), decision.returnReason());
    }
  }
}
