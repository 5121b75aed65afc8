package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.ASSIGNMENT_ID;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hibernate.Hibernate;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.OpenedForm;

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

  /**
   * The unit's assignment, with its unit, directive and sector (what the forms show of them). When the transaction
   * has them in memory already — the fan-out's batch, which starts hundreds of units in one transaction, or a
   * completion that loaded them — those are used, as the query would have returned them too (a query does not
   * replace what the transaction holds), without the query and the flush before it.
   */
  protected UnitAssignment assignment(DelegateTask task) {
    Long id = ASSIGNMENT_ID.from(task).get();
    UnitAssignment held = assignments.getReferenceById(id); // no statement: what the transaction holds, or a proxy
    if (Hibernate.isInitialized(held) && Hibernate.isInitialized(held.getUnit()) && Hibernate.isInitialized(held.getDirective())
        && Hibernate.isInitialized(held.getDirective().getSector())) {
      return held;
    }
    return assignments.findWithContext(id).orElseThrow();
  }

  /** The unit's assignment, with its unit, directive and sector, as its form is opened. */
  protected UnitAssignment assignment(OpenedForm form) {
    return assignments.findWithContext(ASSIGNMENT_ID.from(form.variables()).get()).orElseThrow();
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
