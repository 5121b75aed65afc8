package vn.congdoan.cascade.reminder;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_CloseCollection: the sector ends the collection for the late units. Every unit still working past
 * its deadline is closed (message CollectionClosed ends its work; it is recorded as not reported), a batch
 * per transaction, like the fan-out. Units working within an extension keep it, and units that have
 * submitted and wait for the review of their nominations are not touched.
 */
@Component("closeCollection")
class CloseCollectionDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CloseCollectionDelegate.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;
  private final CascadeProperties properties;
  private final EngineClock clock;

  public CloseCollectionDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments,
      RuntimeService runtime, CascadeProperties properties, EngineClock clock) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get()).orElseThrow();
    Instant now = clock.now();
    directive.closeCollection(now);
    List<UnitAssignment> batch = assignments.findLate(directive, now, PageRequest.of(0, properties.startBatchSize()));
    for (UnitAssignment assignment : batch) {
      boolean closed = !runtime.createMessageCorrelation(GrassrootsUnionContract.MESSAGE_COLLECTION_CLOSED)
          .processInstanceId(assignment.getProcessInstanceId()).correlateAllWithResult().isEmpty();
      if (!closed) {
        // the unit's process no longer waits for its own work (it should have submitted): record it as
        // not reported so that the collection can end, and say so
        log.warn("Directive {}: unit {} had open work but its process {} did not accept CollectionClosed",
            directive.getNumber(), assignment.getId(), assignment.getProcessInstanceId());
        assignment.notReported();
        assignment.finished(clock.now());
      }
    }
    DirectiveCascadeContract.ALL_UNITS_CLOSED.on(execution).set(batch.size() < properties.startBatchSize()
        || assignments.countLate(directive, now) == 0);
  }
}
