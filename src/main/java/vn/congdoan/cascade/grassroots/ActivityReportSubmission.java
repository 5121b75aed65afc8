package vn.congdoan.cascade.grassroots;

import vn.congdoan.cascade.contract.GrassrootsUnionContract.ActivityReportForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;

/** What the grassroots union submits in Task_ReportActivities, checked: its figures and what it carried out. */
record ActivityReportSubmission(ActivityFigures figures, String summary) {

  /** An upper bound that no real unit reaches and that keeps sums far from overflow. */
  private static final int MAX_COUNT = 1_000_000;

  /** Reads and checks the form; every refused field at once, as a {@link FormValidationException}. */
  static ActivityReportSubmission from(FormInput input) {
    ActivityFigures figures = new ActivityFigures(
        input.requiredCount(ActivityReportForm.PROPAGANDA_SESSIONS.name(), "số buổi tuyên truyền", MAX_COUNT),
        input.requiredCount(ActivityReportForm.PARTICIPANTS.name(), "số lượt người tham gia", MAX_COUNT),
        input.requiredCount(ActivityReportForm.ARTICLES.name(), "số tin, bài viết", MAX_COUNT),
        input.requiredCount(ActivityReportForm.INITIATIVES.name(), "số sáng kiến, cải tiến", MAX_COUNT));
    String summary = input.requiredText(ActivityReportForm.ACTIVITY_SUMMARY.name(), "kết quả thực hiện", FormInput.MAX_TEXT);
    input.throwIfInvalid();
    return new ActivityReportSubmission(figures, summary);
  }
}
