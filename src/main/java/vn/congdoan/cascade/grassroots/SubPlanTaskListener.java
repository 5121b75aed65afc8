package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.SharedVariables.PLAN_SUMMARY;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.SubPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.OpenedForm;

/** Task_DraftSubPlan: the grassroots union drafts its own plan. */
@Component("subPlanTask")
class SubPlanTaskListener extends UnitTaskListener {

  private final UnitContext context;
  private final UnitWork work;

  public SubPlanTaskListener(UnitAssignmentRepository assignments, UnitContext context, UnitWork work) {
    super(assignments);
    this.context = context;
    this.work = work;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    nameAfter(task, assignment(task));
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    UnitAssignment assignment = assignment(form);
    Map<String, Object> values = new HashMap<>(context.planLinks(assignment));
    values.put(PLAN_SUMMARY.name(), context.describe(assignment));
    return values;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    work.submitSubPlan(assignmentId(task), input, actor(task), reachedBy(task));
  }

  @Override
  protected Set<String> formVariables() {
    return SubPlanForm.FORM.variableNames();
  }
}
