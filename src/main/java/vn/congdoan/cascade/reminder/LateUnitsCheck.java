package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.ESCALATION_AT;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.LATE_UNITS_LEFT;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.UNITS_STILL_WORKING;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Gateway_LateUnitsLeft (start listener): after an escalation, an extension or a closing, what is left to
 * decide. {@code lateUnitsLeft}: units past their deadline are still open, so the office gets
 * "Xử lý đơn vị quá hạn" at once (an extension of some units never leaves the others waiting for a timer).
 * {@code unitsStillWorking}: units work within an extension; then {@code escalationAt} becomes the
 * earliest of their deadlines, which the timer waits for.
 */
@Component("lateUnitsCheck")
class LateUnitsCheck implements ExecutionListener {

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;

  LateUnitsCheck(DirectiveRepository directives, UnitAssignmentRepository assignments, EngineClock clock) {
    this.directives = directives;
    this.assignments = assignments;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Directive directive = directives.findById(DIRECTIVE_ID.from(execution).get()).orElseThrow();
    Instant now = clock.now();
    boolean late = assignments.countLate(directive, now) > 0;
    Instant next = assignments.nextDeadline(directive, now);
    LATE_UNITS_LEFT.on(execution).set(late);
    UNITS_STILL_WORKING.on(execution).set(next != null);
    if (!late && next != null) {
      ESCALATION_AT.on(execution).set(Date.from(next));
    }
  }
}
