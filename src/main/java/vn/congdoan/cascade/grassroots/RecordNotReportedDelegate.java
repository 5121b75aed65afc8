package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.ASSIGNMENT_ID;
import static vn.congdoan.cascade.contract.GrassrootsUnionContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.GrassrootsUnionContract.UNIT_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_RecordNotReported: the deadline passed before the unit submitted its part. */
@Component("recordNotReported")
class RecordNotReportedDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecordNotReportedDelegate.class);

  private final UnitAssignmentRepository assignments;

  public RecordNotReportedDelegate(UnitAssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitAssignment assignment = assignments.findById(ASSIGNMENT_ID.from(execution).get()).orElseThrow();
    log.info("Grassroots union {} did not report on directive {} before the deadline",
        UNIT_CODE.from(execution).getOrNull(), DIRECTIVE_ID.from(execution).getOrNull());
    assignment.notReported();
  }
}
