package vn.congdoan.cascade.grassroots;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.document.IssuedDocumentRepository;

/**
 * The short context a grassroots union's forms show: which plan, from whom, by when, and the links to
 * the plan's document.
 */
@Component
public class UnitContext {

  private final ImplementingPlanRepository plans;
  private final IssuedDocumentRepository documents;

  public UnitContext(ImplementingPlanRepository plans, IssuedDocumentRepository documents) {
    this.plans = plans;
    this.documents = documents;
  }

  /** planPdfUrl, planDocxUrl, planDocumentNumber: the sector's plan as issued, for the form's download links. */
  public Map<String, Object> planLinks(UnitAssignment assignment) {
    return documents.findByDirectiveIdAndKind(assignment.getDirective().getId(), DocumentKind.PLAN)
        .map(d -> DocumentLinks.planFormVariables(d)).orElse(Map.of());
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
