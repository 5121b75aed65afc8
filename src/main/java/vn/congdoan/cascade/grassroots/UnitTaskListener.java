package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.ASSIGNMENT_ID;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * A form of one grassroots union's process: its task finds the unit's part in the directive through the
 * process variable {@link GrassrootsUnionContract#ASSIGNMENT_ID}.
 */
public abstract class UnitTaskListener extends FormTaskListener {

  private final UnitAssignmentRepository assignments;

  /**
   * The state each step reaches, per process definition and task: read from the model once per version
   * (the model of a deployed version never changes), not at every completion, where reading the model's
   * DOM would make concurrent completions queue for its document lock.
   */
  private final Map<String, AssignmentStatus> reached = new ConcurrentHashMap<>();

  protected UnitTaskListener(UnitAssignmentRepository assignments) {
    this.assignments = assignments;
  }

  /** The unit's assignment, with its unit, directive and sector (what the forms show of them). */
  protected UnitAssignment assignment(DelegateTask task) {
    return assignments.findWithContext(ASSIGNMENT_ID.from(task).get()).orElseThrow();
  }

  /** Names the task after its step, the unit and the directive ({@link FormTaskListener#name}). */
  protected static void nameAfter(DelegateTask task, UnitAssignment assignment) {
    name(task, assignment.getUnit().getName(), assignment.getDirective().label());
  }

  /** The id of the unit's part in the directive ({@link GrassrootsUnionContract#ASSIGNMENT_ID}). */
  protected static Long assignmentId(DelegateTask task) {
    return ASSIGNMENT_ID.from(task).get();
  }

  /** The state this task's completion brings the unit to, as the model names it ({@link UnitSteps}). */
  protected AssignmentStatus reachedBy(DelegateTask task) {
    return reached.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        step -> UnitSteps.reachedBy(task.getBpmnModelElementInstance()));
  }
}
