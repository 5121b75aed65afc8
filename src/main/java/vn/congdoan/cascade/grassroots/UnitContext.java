package vn.congdoan.cascade.grassroots;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.directive.PlanStatus;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.DocumentLinks;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;

/**
 * The short context a grassroots union's forms show: which plan, from whom, by when, and the links to
 * the plan's document. The deadline is the unit's own: the directive's, unless the sector extended it.
 *
 * <p>What is the same for every unit of a directive — the issued plan's number, date and subject and its
 * document — is read once per directive and kept in {@link IssuedPlans} (bounded; dropped when the plan or
 * one of the directive's documents changes). What can change while the units work — the unit's and the
 * sector's names in the registry, the directive — is read with the unit's assignment
 * ({@link UnitAssignmentRepository#findWithContext}), never kept.
 */
@Component
public class UnitContext {

  private final ImplementingPlanRepository plans;
  private final IssuedDocumentRepository documents;
  private final IssuedPlans issued;

  public UnitContext(ImplementingPlanRepository plans, IssuedDocumentRepository documents, IssuedPlans issued) {
    this.plans = plans;
    this.documents = documents;
    this.issued = issued;
  }

  /** planPdfUrl, planDocxUrl, planDocumentNumber: the sector's plan as issued, for the form's download links. */
  public Map<String, Object> planLinks(UnitAssignment assignment) {
    return planOf(assignment.getDirective()).links();
  }

  public String describe(UnitAssignment assignment) {
    Directive directive = assignment.getDirective();
    IssuedPlan plan = planOf(directive);
    return assignment.getUnit().getName() + "\n"
        + "Thực hiện Kế hoạch số " + plan.number() + " ngày " + VietnamTime.format(plan.issuedOn())
        + " của " + directive.getSector().getName() + "\nV/v: " + plan.subject()
        + "\nHạn hoàn thành: " + deadlineOf(assignment)
        + (assignment.getReopenReason() != null ? "\nCấp trên đã trả lại để sửa. Lý do: " + assignment.getReopenReason() : "")
        + (directive.isRecalled() ? "\nKế hoạch đã bị thu hồi ngày " + VietnamTime.format(VietnamTime.dayOf(directive.getRecalledAt()))
            + ". Lý do: " + directive.getRecallReason() : "");
  }

  /** The unit's own deadline: the directive's, or the one the sector extended it to, saying so. */
  private static String deadlineOf(UnitAssignment assignment) {
    String own = VietnamTime.format(assignment.getDeadline());
    String directive = VietnamTime.format(assignment.getDirective().getDeadline());
    return own.equals(directive) ? own : own + " (đã gia hạn từ " + directive + ")";
  }

  private IssuedPlan planOf(Directive directive) {
    Long directiveId = directive.getId();
    IssuedPlan known = issued.get(directiveId);
    if (known != null) {
      return known;
    }
    long generation = issued.generation();
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    IssuedDocument document = documents.findByDirectiveIdAndKind(directiveId, DocumentKind.PLAN).orElse(null);
    IssuedPlan read = new IssuedPlan(plan.getNumber(), plan.getIssuedOn(), plan.getSubject(),
        document == null ? Map.of() : DocumentLinks.planFormVariables(document));
    // an issued plan and its document do not change any more; before that, nothing is kept
    if (plan.getStatus() == PlanStatus.ISSUED && document != null) {
      issued.keepAfterCommit(directiveId, read, generation);
    }
    return read;
  }

  /** What every unit's form shows of the directive's issued plan. */
  record IssuedPlan(String number, LocalDate issuedOn, String subject, Map<String, Object> links) {}
}
