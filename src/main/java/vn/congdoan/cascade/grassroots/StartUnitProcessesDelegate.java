package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_StartUnitProcesses: starts the next batch of grassroots processes, one per unit. The task is
 * asynchronous and loops until every unit has its process, so a directive to thousands of units is
 * distributed in many small transactions, and Cockpit shows the progress while it runs.
 */
@Component("startUnitProcesses")
public class StartUnitProcessesDelegate implements JavaDelegate {

  public static final String UNIT_PROCESS_KEY = "GrassrootsUnionProcess";

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CascadeProperties properties;
  private final EngineClock clock;
  private final ReminderPlanner reminders;

  public StartUnitProcessesDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments,
      RuntimeService runtime, RepositoryService repository, CascadeProperties properties, EngineClock clock,
      ReminderPlanner reminders) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.getReferenceById((Long) execution.getVariable("directiveId"));
    List<UnitAssignment> batch = assignments.findNotStarted(directive, PageRequest.of(0, properties.startBatchSize()));
    Instant now = clock.now();
    // the latest unit model, looked up once per batch rather than once per unit
    String unitModel = repository.createProcessDefinitionQuery().processDefinitionKey(UNIT_PROCESS_KEY)
        .latestVersion().singleResult().getId();
    for (UnitAssignment assignment : batch) {
      String processInstanceId = runtime.createProcessInstanceById(unitModel)
          .businessKey(directive.getId() + "/" + assignment.getUnit().getCode())
          .setVariables(Variables.createVariables()
              .putValue("directiveId", directive.getId())
              .putValue("assignmentId", assignment.getId())
              .putValue("unitCode", assignment.getUnit().getCode())
              .putValue("unitGroup", OfficerRole.GRASSROOTS_OFFICER.groupOf(assignment.getUnit()))
              .putValue("sectorOfficeGroup", execution.getVariable("sectorOfficeGroup"))
              .putValue("deadline", execution.getVariable("deadline"))
              .putValue("reminderCycle", reminders.cycleFor(assignment)))
          .execute()
          .getProcessInstanceId();
      assignment.started(processInstanceId, now);
    }
    long notStarted = assignments.countByDirectiveAndProcessInstanceIdIsNull(directive);
    // the progress as Cockpit shows it on the sector's process while the fan-out runs
    execution.setVariable("unitsNotStarted", notStarted);
    execution.setVariable("allUnitsStarted", notStarted == 0);
  }
}
