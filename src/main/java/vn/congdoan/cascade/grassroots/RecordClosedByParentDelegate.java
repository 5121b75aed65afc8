package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RecordClosedByParent: the parent closed the collection before this child union reported; in the
 * parent's transaction, its assignment of the child is marked not reported and finished. The child's own
 * cascade goes on (its report, if it comes, is registered by the parent but no longer counted).
 */
@Component("recordClosedByParent")
class RecordClosedByParentDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecordClosedByParentDelegate.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;

  RecordClosedByParentDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments, EngineClock clock) {
    this.directives = directives;
    this.assignments = assignments;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    if (!directive.isFromParentInSystem()) {
      throw new IllegalStateException("Directive " + directive.getId() + " has no parent in the system to close its collection");
    }
    UnitAssignment assignment = assignments.findById(directive.getParentAssignmentId()).orElseThrow();
    if (assignment.getFinishedAt() == null) {
      assignment.notReported();
      assignment.finished(clock.now());
      log.info("Directive {}: the parent closed the collection; {} recorded as not reported",
          directive.getId(), directive.getSector().getCode());
    }
  }
}
