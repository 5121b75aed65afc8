package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;

/**
 * EndEvent_SectorNotified: a unit's process ends; if no unit of the directive is left unfinished, the
 * sector's process is told that all units are done.
 *
 * <p>Each unit's completion touches only its own rows; the sector's execution is touched once, by the
 * last unit. Why the count is safe: this runs in its own job, after the transaction that marked this
 * unit finished has committed. Of two units finishing together, the job of the one that committed last
 * sees both finished. If several jobs see zero at once, they take the directive's row lock before
 * correlating, one after the other: the first correlates; each later one reads, after the first has
 * committed, that the sector no longer waits, and {@code correlateAllWithResult} finds nothing to do.
 * Without that lock the later jobs' correlation raced the first: it found the sector's subscription,
 * then failed when it was gone ("does not have a subscription to a message event"), logged as an
 * engine error and costing the job one of its retries.
 */
@Component("notifySector")
class NotifySectorDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(NotifySectorDelegate.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;

  public NotifySectorDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments,
      RuntimeService runtime) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById(GrassrootsUnionContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    if (!assignments.existsByDirectiveAndFinishedAtIsNull(directive)) {
      // only the jobs of the units that finish last get here, and they wait for each other
      directives.lock(directive.getId()).orElseThrow();
      int correlated = runtime.createMessageCorrelation(DirectiveCascadeContract.MESSAGE_ALL_UNITS_FINISHED)
          .processInstanceId(directive.getProcessInstanceId())
          .correlateAllWithResult()
          .size();
      log.info("Directive {}: every grassroots union has finished; sector process notified ({})",
          directive.getNumber(), correlated);
    }
  }
}
