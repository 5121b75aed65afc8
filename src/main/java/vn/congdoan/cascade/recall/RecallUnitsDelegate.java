package vn.congdoan.cascade.recall;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import vn.congdoan.cascade.organisation.UnitLevel;
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
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RecallUnits: ends the next batch of units whose part was not finished when the directive was
 * recalled (asynchronous and looping, {@code cascade.start-batch-size} units per transaction, like the
 * fan-out): each is marked recalled, and message UnitRecalled ends its process (the unit's event
 * subprocess "Kế hoạch bị thu hồi" tells its officers). A unit whose process was never started is only
 * marked; units that had finished keep their state.
 */
@Component("recallUnits")
class RecallUnitsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecallUnitsDelegate.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;
  private final CascadeProperties properties;
  private final EngineClock clock;

  RecallUnitsDelegate(DirectiveRepository directives, UnitAssignmentRepository assignments, RuntimeService runtime,
      CascadeProperties properties, EngineClock clock) {
    this.directives = directives;
    this.assignments = assignments;
    this.runtime = runtime;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.getReferenceById(DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get());
    int size = properties.startBatchSize();
    List<UnitAssignment> batch = assignments.findToRecall(directive, PageRequest.of(0, size));
    Instant now = clock.now();
    for (UnitAssignment assignment : batch) {
      assignment.recalled(now);
      if (assignment.getUnit().getLevel() != UnitLevel.GRASSROOTS) {
        recallChild(directive, assignment, now);
        continue;
      }
      String processInstanceId = assignment.getProcessInstanceId();
      if (processInstanceId != null && runtime.createMessageCorrelation(GrassrootsUnionContract.MESSAGE_UNIT_RECALLED)
          .processInstanceId(processInstanceId).correlateAllWithResult().isEmpty()
          && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        throw new IllegalStateException("Unit process " + processInstanceId + " of directive " + directive.getId()
            + " runs but did not accept UnitRecalled");
      }
    }
    log.info("Directive {}: {} units' work ended by the recall", directive.getId(), batch.size());
    DirectiveCascadeContract.ALL_UNITS_RECALLED.on(execution).set(batch.size() < size
        || assignments.findToRecall(directive, PageRequest.of(0, 1)).isEmpty());
  }

  /**
   * A child union runs the same model: its own directive is recalled as its chair would recall it (message
   * DirectiveRecalled, the reason naming the parent), and its event subprocess recalls its own units.
   */
  private void recallChild(Directive parent, UnitAssignment assignment, Instant now) {
    Directive child = directives.findByParentAssignmentId(assignment.getId()).orElse(null);
    if (child == null || child.isRecalled()) {
      return;
    }
    String reason = ("Cấp trên (" + parent.getSector().getName() + ") đã thu hồi kế hoạch: " + parent.getRecallReason());
    reason = reason.length() > DirectiveRecall.MAX_REASON ? reason.substring(0, DirectiveRecall.MAX_REASON) : reason;
    child.recall(now, parent.getRecalledBy(), reason);
    String processInstanceId = child.getProcessInstanceId();
    if (processInstanceId != null && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtime.createMessageCorrelation(DirectiveCascadeContract.MESSAGE_DIRECTIVE_RECALLED)
          .processInstanceId(processInstanceId)
          .setVariables(DirectiveCascadeContract.RECALL_REASON.putInto(Variables.createVariables(), reason))
          .correlateWithResult();
    }
    log.info("Directive {}: the child union {}'s directive {} recalled with it", parent.getId(),
        assignment.getUnit().getCode(), child.getId());
  }
}
