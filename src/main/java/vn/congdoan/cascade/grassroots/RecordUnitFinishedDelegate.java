package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RecordUnitFinished: marks the unit's part as finished. It commits before EndEvent_SectorNotified
 * (asynchronous) counts the unfinished units, which is what makes the count safe when the last units
 * finish at the same moment.
 */
@Component("recordUnitFinished")
class RecordUnitFinishedDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;

  public RecordUnitFinishedDelegate(UnitAssignmentRepository assignments, EngineClock clock) {
    this.assignments = assignments;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.findById(ASSIGNMENT_ID.from(execution).get()).orElseThrow().finished(clock.now());
  }
}
