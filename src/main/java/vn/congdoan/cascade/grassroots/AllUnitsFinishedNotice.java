package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;

/**
 * The end of a unit's part, whatever its kind (a grassroots union's process, or a child union's process
 * after its report reached the parent): if no unit of the parent's directive is left unfinished, the
 * parent's process is told (message AllUnitsFinished).
 *
 * <p>Each unit's completion touches only its own rows; the parent's execution is touched once, by the
 * last unit. Why the count is safe: this runs in its own job, after the transaction that marked this
 * unit finished has committed. Of two units finishing together, the job of the one that committed last
 * sees both finished. If several jobs see zero at once, they take the directive's row lock before
 * correlating, one after the other: the first correlates; each later one reads, after the first has
 * committed, that the parent no longer waits, and {@code correlateAllWithResult} finds nothing to do.
 * Without that lock the later jobs' correlation raced the first: it found the parent's subscription,
 * then failed when it was gone ("does not have a subscription to a message event"), logged as an
 * engine error and costing the job one of its retries.
 */
@Component
class AllUnitsFinishedNotice {

  private static final Logger log = LoggerFactory.getLogger(AllUnitsFinishedNotice.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;

  AllUnitsFinishedNotice(DirectiveRepository directives, UnitAssignmentRepository assignments, RuntimeService runtime) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
  }

  /** Tells the directive's process that every unit has finished, if none is left. */
  void sendIfNoneLeft(long directiveId) {
    Directive directive = directives.findById(directiveId).orElseThrow();
    if (!assignments.existsByDirectiveAndFinishedAtIsNull(directive)) {
      // only the jobs of the units that finish last get here, and they wait for each other
      directives.lock(directive.getId()).orElseThrow();
      int correlated = runtime.createMessageCorrelation(DirectiveCascadeContract.MESSAGE_ALL_UNITS_FINISHED)
          .processInstanceId(directive.getProcessInstanceId())
          .correlateAllWithResult()
          .size();
      log.info("Directive {}: every unit has finished; its process notified ({})", directive.getNumber(), correlated);
    }
  }
}
