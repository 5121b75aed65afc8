package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.SharedVariables.PLAN_SUMMARY;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.ActivityReportForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.process.EngineClock;

/** Task_ReportActivities: the grassroots union reports what it carried out. */
@Component("activityReportTask")
class ActivityReportTaskListener extends UnitTaskListener {

  /** An upper bound that no real unit reaches and that keeps sums far from overflow. */
  private static final int MAX_COUNT = 1_000_000;

  private final ActivityReportRepository reports;
  private final UnitContext context;
  private final EngineClock clock;

  public ActivityReportTaskListener(UnitAssignmentRepository assignments, ActivityReportRepository reports,
      UnitContext context, EngineClock clock) {
    super(assignments);
    this.reports = reports;
    this.context = context;
    this.clock = clock;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    UnitAssignment assignment = assignment(task);
    Map<String, Object> values = new HashMap<>(context.planLinks(assignment));
    values.put(PLAN_SUMMARY.name(), context.describe(assignment));
    show(task, values);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    UnitAssignment assignment = lockedAssignment(task);
    if (reports.findByAssignment(assignment).isPresent()) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    ActivityFigures figures = new ActivityFigures(
        input.requiredCount(ActivityReportForm.PROPAGANDA_SESSIONS.name(), "số buổi tuyên truyền", MAX_COUNT),
        input.requiredCount(ActivityReportForm.PARTICIPANTS.name(), "số lượt người tham gia", MAX_COUNT),
        input.requiredCount(ActivityReportForm.ARTICLES.name(), "số tin, bài viết", MAX_COUNT),
        input.requiredCount(ActivityReportForm.INITIATIVES.name(), "số sáng kiến, cải tiến", MAX_COUNT));
    String summary = input.requiredText(ActivityReportForm.ACTIVITY_SUMMARY.name(), "kết quả thực hiện", FormInput.MAX_TEXT);
    input.throwIfInvalid();
    reports.save(new ActivityReport(assignment, figures, summary, actor(task), clock.now()));
    recordStep(task, assignment);
  }

  @Override
  protected Set<String> formVariables() {
    return ActivityReportForm.FORM.variableNames();
  }
}
