package vn.congdoan.cascade.grassroots;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.process.EngineClock;

/**
 * A grassroots union's own work on a directive: its sub-plan and its activity report. Each is stored
 * under the lock of the unit's assignment row: completions of one unit's tasks (two tabs, a double
 * click, two officers of the unit) take turns, so the second one finds the first one's work and is told
 * the task is done, before its input is even checked.
 */
@Service
class UnitWork {

  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository reports;
  private final ImplementingPlanRepository plans;
  private final EngineClock clock;

  public UnitWork(UnitAssignmentRepository assignments, SubPlanRepository subPlans, ActivityReportRepository reports,
      ImplementingPlanRepository plans, EngineClock clock) {
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.reports = reports;
    this.plans = plans;
    this.clock = clock;
  }

  /** Checks ({@link SubPlanSubmission}) and stores the unit's sub-plan; the unit reaches {@code reached}. */
  public void submitSubPlan(Long assignmentId, FormInput input, String officer, AssignmentStatus reached) {
    UnitAssignment assignment = assignments.lockById(assignmentId).orElseThrow();
    if (subPlans.findByAssignment(assignment).isPresent()) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    LocalDate sectorPlanDate = plans.findByDirective(assignment.getDirective()).orElseThrow().getIssuedOn();
    SubPlanSubmission submission = SubPlanSubmission.from(input, sectorPlanDate, VietnamTime.dayOf(clock.now()), (number, issuedOn) ->
        subPlans.numberTaken(assignment.getUnit(), number, issuedOn.withDayOfYear(1), issuedOn.withDayOfYear(issuedOn.lengthOfYear())));
    subPlans.save(new SubPlan(assignment, submission.number(), submission.issuedOn(), submission.content(), officer, clock.now()));
    assignment.reach(reached);
  }

  /** Checks ({@link ActivityReportSubmission}) and stores the unit's activity report; the unit reaches {@code reached}. */
  public void submitActivityReport(Long assignmentId, FormInput input, String officer, AssignmentStatus reached) {
    UnitAssignment assignment = assignments.lockById(assignmentId).orElseThrow();
    if (reports.findByAssignment(assignment).isPresent()) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    ActivityReportSubmission submission = ActivityReportSubmission.from(input);
    reports.save(new ActivityReport(assignment, submission.figures(), submission.summary(), officer, clock.now()));
    assignment.reach(reached);
  }
}
