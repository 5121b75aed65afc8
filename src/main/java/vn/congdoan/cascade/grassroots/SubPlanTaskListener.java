package vn.congdoan.cascade.grassroots;

import static vn.congdoan.cascade.contract.SharedVariables.PLAN_SUMMARY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.SubPlanForm;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.process.EngineClock;

/** Task_DraftSubPlan: the grassroots union drafts its own plan. */
@Component("subPlanTask")
class SubPlanTaskListener extends UnitTaskListener {

  /** A sub-plan dated further than this after the sector's plan is a typing error (2230 for 2023). */
  static final int MAX_YEARS_AFTER_SECTOR_PLAN = 1;

  private final SubPlanRepository subPlans;
  private final ImplementingPlanRepository plans;
  private final UnitContext context;
  private final EngineClock clock;

  public SubPlanTaskListener(UnitAssignmentRepository assignments, SubPlanRepository subPlans,
      ImplementingPlanRepository plans, UnitContext context, EngineClock clock) {
    super(assignments);
    this.subPlans = subPlans;
    this.plans = plans;
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
    if (subPlans.findByAssignment(assignment).isPresent()) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    String number = input.optionalIdentifier(SubPlanForm.SUB_PLAN_NUMBER.name(), "số, ký hiệu kế hoạch", 50);
    LocalDate issuedOn = input.requiredDate(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "ngày ban hành kế hoạch");
    String content = input.requiredText(SubPlanForm.SUB_PLAN_CONTENT.name(), "nội dung kế hoạch", FormInput.MAX_TEXT);
    LocalDate sectorPlanDate = plans.findByDirective(assignment.getDirective()).orElseThrow().getIssuedOn();
    if (issuedOn != null && issuedOn.isBefore(sectorPlanDate)) {
      input.reject(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "Ngày ban hành không được trước ngày ban hành kế hoạch của ngành.");
    } else if (issuedOn != null && issuedOn.isAfter(sectorPlanDate.plusYears(MAX_YEARS_AFTER_SECTOR_PLAN))) {
      input.reject(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "Ngày ban hành kế hoạch " + VietnamTime.format(issuedOn) + " quá "
          + MAX_YEARS_AFTER_SECTOR_PLAN + " năm sau ngày ban hành kế hoạch của ngành: vui lòng kiểm tra lại năm.");
    }
    if (number != null && issuedOn != null && subPlans.numberTaken(assignment.getUnit(), number,
        issuedOn.withDayOfYear(1), issuedOn.withDayOfYear(issuedOn.lengthOfYear()))) {
      input.reject(SubPlanForm.SUB_PLAN_NUMBER.name(), "Số " + number + " đã được dùng cho một kế hoạch khác của CĐCS trong năm "
          + issuedOn.getYear() + ".");
    }
    input.throwIfInvalid();
    subPlans.save(new SubPlan(assignment, number, issuedOn, content, actor(task), clock.now()));
    recordStep(task, assignment);
  }

  @Override
  protected Set<String> formVariables() {
    return SubPlanForm.FORM.variableNames();
  }
}
