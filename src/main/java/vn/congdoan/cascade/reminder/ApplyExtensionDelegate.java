package vn.congdoan.cascade.reminder;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.contract.SharedVariables;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.grassroots.UnitContext;

/**
 * Task_ApplyExtension: the sector extended this unit's deadline; the unit's process takes the new
 * deadline and its open tasks show it as their due date and in the plan's summary their forms show. Reminders follow the new deadline by
 * themselves: the reminder days are computed from the unit's deadline each time the timer fires.
 */
@Component("applyExtension")
class ApplyExtensionDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final TaskService tasks;
  private final UnitContext context;

  public ApplyExtensionDelegate(UnitAssignmentRepository assignments, TaskService tasks, UnitContext context) {
    this.assignments = assignments;
    this.tasks = tasks;
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitAssignment assignment = assignments.findById(GrassrootsUnionContract.ASSIGNMENT_ID.from(execution).get()).orElseThrow();
    Date deadline = Date.from(assignment.getDeadline());
    GrassrootsUnionContract.DEADLINE.on(execution).set(deadline);
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
        .forEach(task -> {
          task.setDueDate(deadline);
          tasks.saveTask(task);
          if (tasks.getVariableLocal(task.getId(), SharedVariables.PLAN_SUMMARY.name()) != null) {
            tasks.setVariableLocal(task.getId(), SharedVariables.PLAN_SUMMARY.name(), context.describe(assignment));
          }
        });
  }
}
