package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.CLOSE;

import java.time.Instant;
import java.util.List;

/**
 * What the office decides in Task_HandleLateUnits, checked ({@link LateUnitsDecisions#check}): close the
 * collection ({@code CLOSE}), or extend ({@code EXTEND}) the deadline of the chosen late units'
 * assignments to {@code newDeadline}.
 */
record LateUnitsDecision(String decision, List<Long> extendedAssignmentIds, Instant newDeadline) {

  static LateUnitsDecision close() {
    return new LateUnitsDecision(CLOSE, List.of(), null);
  }

  boolean extendsDeadlines() {
    return !CLOSE.equals(decision);
  }
}
