package vn.congdoan.cascade.reminder;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;

/** Extensions of units' deadlines granted by the sector office. */
@Service
class DeadlineExtensions {


  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;

  private final DirectiveRepository directives;

  public DeadlineExtensions(UnitAssignmentRepository assignments, RuntimeService runtime, DirectiveRepository directives) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
  }

  /**
   * Gives each unit the new deadline (the end of the day the office chose, checked when it decided) and
   * tells its process (message DeadlineExtended), which moves its tasks' due dates. A unit that has
   * submitted meanwhile gets the deadline all the same, so that it counts as on time within its
   * extension, as if it had submitted just after the decision; its process no longer waits for the
   * message.
   */
  public void extend(List<Long> assignmentIds, Instant newDeadline) {
    for (Long id : assignmentIds) {
      UnitAssignment assignment = assignments.findById(id).orElseThrow(
          () -> new IllegalStateException("Assignment " + id + " does not exist"));
      if (newDeadline.isAfter(assignment.getDeadline())) {
        assignment.extendTo(newDeadline);
      }
      if (assignment.getUnit().getLevel() != UnitLevel.GRASSROOTS) {
        // a child union: its report is due later; the deadline it gave its own children stays its decision
        directives.findByParentAssignmentId(id).ifPresent(child -> child.reportDueAt(assignment.getDeadline()));
        continue;
      }
      runtime.createMessageCorrelation(GrassrootsUnionContract.MESSAGE_DEADLINE_EXTENDED)
          .processInstanceId(assignment.getProcessInstanceId()).correlateAllWithResult();
    }
  }
}
