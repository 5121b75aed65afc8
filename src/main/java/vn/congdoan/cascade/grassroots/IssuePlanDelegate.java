package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.CHILD_REMINDER_CYCLE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.PLAN_ID;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentIssuer;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_IssuePlan: issues the approved plan as a document (its number from the sector's register, dated
 * today, stored as PDF and DOCX) and records one assignment for every active unit directly below the
 * issuing union (grassroots unions and unions with children of their own), read from the registry now; all in the job's transaction. The unit processes are started
 * afterwards, batch by batch, by Task_StartUnitProcesses. Sets the daily cycle of the monitoring's reminders to child
 * unions, from the units' first reminder day (they share the deadline when the plan is issued).
 */
@Component("issuePlan")
class IssuePlanDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(IssuePlanDelegate.class);

  private final ImplementingPlanRepository plans;
  private final OrganisationRegistry registry;
  private final UnitAssignments assignments;
  private final DocumentIssuer documents;
  private final EngineClock clock;
  private final UnitAssignmentRepository assignmentRows;
  private final ReminderPlanner reminders;

  public IssuePlanDelegate(ImplementingPlanRepository plans, OrganisationRegistry registry,
      UnitAssignments assignments, DocumentIssuer documents, EngineClock clock, UnitAssignmentRepository assignmentRows,
      ReminderPlanner reminders) {
    this.plans = plans;
    this.registry = registry;
    this.assignments = assignments;
    this.documents = documents;
    this.clock = clock;
    this.assignmentRows = assignmentRows;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ImplementingPlan plan = plans.findById(PLAN_ID.from(execution).get()).orElseThrow();
    Directive directive = plan.getDirective();
    // every active unit directly below: grassroots unions, and units with children of their own, which
    // receive the plan as their directive (Task_StartUnitProcesses)
    List<OrganisationUnit> units = registry.childrenOf(directive.getSector());
    if (units.isEmpty()) {
      throw new IllegalStateException("Union '" + directive.getSector().getCode()
          + "' has no active unit under it in the registry; plan " + plan.getSubject() + " cannot be issued");
    }
    Instant now = clock.now();
    IssuedDocument document = documents.issue(directive.getId(), DocumentKind.PLAN);
    plan.issue(now, document.getNumber(), document.getIssuedOn());
    int created = assignments.assign(directive, units, now);
    log.info("Plan {} issued to {} units ({} new assignments)", plan.getNumber(), units.size(), created);
    // one row is enough: the assignments of a plan just issued (none started yet) share its deadline
    UnitAssignment first = assignmentRows.findNotStarted(directive, PageRequest.of(0, 1)).get(0);
    CHILD_REMINDER_CYCLE.on(execution).set(reminders.cycleFor(first));
  }
}
