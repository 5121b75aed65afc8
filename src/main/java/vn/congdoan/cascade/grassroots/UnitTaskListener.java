package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * A form of one grassroots union's process: its task finds the unit's part in the directive through the
 * process variable {@link GrassrootsUnionContract#ASSIGNMENT_ID}.
 */
public abstract class UnitTaskListener extends FormTaskListener {

  private final UnitAssignmentRepository assignments;

  protected UnitTaskListener(UnitAssignmentRepository assignments) {
    this.assignments = assignments;
  }

  protected UnitAssignment assignment(DelegateTask task) {
    return assignments.findById(ASSIGNMENT_ID.from(task).get()).orElseThrow();
  }

  /**
   * The unit's assignment, its row locked until the completion commits: completions of one unit's tasks
   * (two tabs, a double click, two officers of the unit) take turns, so the second one finds the first
   * one's work and can say the task is done, instead of colliding with it.
   */
  protected UnitAssignment lockedAssignment(DelegateTask task) {
    return assignments.lockById(ASSIGNMENT_ID.from(task).get()).orElseThrow();
  }

  /** Records the state this task's completion brings the unit to, as the model names it ({@link UnitSteps}). */
  protected static void recordStep(DelegateTask task, UnitAssignment assignment) {
    assignment.reach(UnitSteps.reachedBy(task.getBpmnModelElementInstance()));
  }
}
