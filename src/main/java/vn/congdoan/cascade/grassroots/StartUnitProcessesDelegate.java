package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ParentPlans;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_StartUnitProcesses: starts the next batch of unit processes, one per unit: a grassroots union's
 * GrassrootsUnionProcess, or for a unit with children of its own this model again (message
 * ParentPlanIssued, {@link #startWithChildren}). The task is
 * asynchronous and loops until every unit has its process, so a directive to thousands of units is
 * distributed in many small transactions, and Cockpit shows the progress while it runs.
 */
@Component("startUnitProcesses")
class StartUnitProcessesDelegate implements JavaDelegate {

  /** The unit's own reminder timer of a unit model deployed before issue 17, step 7 (not in the current model). */
  private static final String EARLIER_REMINDER_TIMER = "BoundaryEvent_ReminderDue";

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CascadeProperties properties;
  private final EngineClock clock;
  private final ParentPlans parentPlans;
  private final ReminderPlanner reminders;

  public StartUnitProcessesDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments,
      RuntimeService runtime, RepositoryService repository, CascadeProperties properties, EngineClock clock,
      ParentPlans parentPlans, ReminderPlanner reminders) {
    this.reminders = reminders;
    this.parentPlans = parentPlans;
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.getReferenceById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get());
    List<UnitAssignment> batch = assignments.findNotStarted(directive, PageRequest.of(0, properties.startBatchSize()));
    Instant now = clock.now();
    // the latest unit model, looked up once per batch rather than once per unit
    String unitModel = repository.createProcessDefinitionQuery().processDefinitionKey(GrassrootsUnionContract.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    boolean ownReminderTimer = hasOwnReminderTimer(unitModel);
    String sectorOfficeGroup = DirectiveCascadeContract.SECTOR_OFFICE_GROUP.from(execution).get();
    Date deadline = DirectiveCascadeContract.DEADLINE.from(execution).get();
    for (UnitAssignment assignment : batch) {
      if (assignment.getUnit().getLevel() != UnitLevel.GRASSROOTS) {
        assignment.started(startWithChildren(directive, assignment, now), now);
        continue;
      }
      VariableMap variables = Variables.createVariables();
      GrassrootsUnionContract.DIRECTIVE_ID.putInto(variables, directive.getId());
      GrassrootsUnionContract.ASSIGNMENT_ID.putInto(variables, assignment.getId());
      GrassrootsUnionContract.UNIT_CODE.putInto(variables, assignment.getUnit().getCode());
      GrassrootsUnionContract.UNIT_GROUP.putInto(variables, OfficerRole.GRASSROOTS_OFFICER.groupOf(assignment.getUnit()));
      GrassrootsUnionContract.SECTOR_OFFICE_GROUP.putInto(variables, sectorOfficeGroup);
      GrassrootsUnionContract.DEADLINE.putInto(variables, deadline);
      if (ownReminderTimer) {
        GrassrootsUnionContract.REMINDER_CYCLE.putInto(variables, reminders.cycleFor(assignment));
      }
      String processInstanceId = runtime.createProcessInstanceById(unitModel)
          .businessKey(directive.getId() + "/" + assignment.getUnit().getCode())
          .setVariables(variables)
          .execute()
          .getProcessInstanceId();
      assignment.started(processInstanceId, now);
    }
    // the progress as Cockpit shows it on the sector's process while the fan-out runs: worked out from the batch
    // before, counted by the first batch and by one that may be the last (it found fewer units than it could start,
    // or none should be left), which finds units added meanwhile (a count in every batch read the index entries of
    // every unit started so far: 7.4 ms a batch at 100,000 units)
    Long before = DirectiveCascadeContract.UNITS_NOT_STARTED.from(execution).getOrNull();
    long left = before == null ? 0 : before - batch.size();
    long notStarted = left <= 0 || batch.size() < properties.startBatchSize()
        ? assignments.countByDirectiveAndProcessInstanceIdIsNull(directive)
        : left;
    DirectiveCascadeContract.UNITS_NOT_STARTED.on(execution).set(notStarted);
    DirectiveCascadeContract.ALL_UNITS_STARTED.on(execution).set(notStarted == 0);
  }

  /**
   * Whether the unit model has a reminder timer of its own, which reads the unit's cycle: a model deployed before
   * issue 17, step 7 (the current one leaves the reminders to the parent). The engine keeps the model in its cache.
   */
  private boolean hasOwnReminderTimer(String unitModel) {
    return repository.getBpmnModelInstance(unitModel).getModelElementById(EARLIER_REMINDER_TIMER) != null;
  }

  /**
   * A child with children of its own runs this same model one level down: its directive (the plan as it
   * received it) is stored, and message ParentPlanIssued starts its process.
   */
  private String startWithChildren(Directive directive, UnitAssignment assignment, Instant now) {
    Directive child = parentPlans.handDown(directive, assignment.getUnit(), assignment.getId(), assignment.getDeadline(), now);
    VariableMap variables = Variables.createVariables();
    DirectiveCascadeContract.DIRECTIVE_ID.putInto(variables, child.getId());
    DirectiveCascadeContract.PARENT_DIRECTIVE_ID.putInto(variables, directive.getId());
    DirectiveCascadeContract.PARENT_OFFICE_GROUP.putInto(variables, OfficerRole.OFFICE.groupOf(directive.getSector()));
    String processInstanceId = runtime.createMessageCorrelation(DirectiveCascadeContract.MESSAGE_PARENT_PLAN_ISSUED)
        .processInstanceBusinessKey(child.businessKey())
        .setVariables(variables)
        .correlateStartMessage()
        .getId();
    child.setProcessInstanceId(processInstanceId);
    return processInstanceId;
  }
}
