package vn.congdoan.cascade.grassroots;

import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;

/** The short context a grassroots union's forms show: which plan, from whom, by when. */
@Component
public class UnitContext {

  private final ImplementingPlanRepository plans;

  public UnitContext(ImplementingPlanRepository plans) {
    this.plans = plans;
  }

  public String describe(UnitAssignment assignment) {
    Directive directive = assignment.getDirective();
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    return assignment.getUnit().getName() + "\n"
        + "Thực hiện Kế hoạch số " + plan.getNumber() + " ngày " + VietnamTime.format(plan.getIssuedOn())
        + " của " + directive.getSector().getName() + "\nV/v: " + plan.getSubject()
        + "\nHạn hoàn thành: " + VietnamTime.format(directive.getDeadline());
  }
}
