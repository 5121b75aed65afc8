package vn.congdoan.cascade.grassroots;

import java.time.LocalDate;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.SubPlanForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/** What the grassroots union submits in Task_DraftSubPlan, checked: its plan's number (optional), date and text. */
record SubPlanSubmission(String number, LocalDate issuedOn, String content) {

  /** A sub-plan dated further than this after the sector's plan is a typing error (2230 for 2023). */
  static final int MAX_YEARS_AFTER_SECTOR_PLAN = 1;

  /** Whether the unit has used the number for another plan in that year. */
  interface NumberTaken {
    boolean test(String number, LocalDate issuedOn);
  }

  /**
   * Reads and checks the form against the sector's plan (the sub-plan is dated from its date on, and at
   * the latest today: a plan is recorded once issued) and the unit's other plans; every refused field at
   * once, as a {@link FormValidationException}.
   */
  static SubPlanSubmission from(FormInput input, LocalDate sectorPlanDate, LocalDate today, NumberTaken numberTaken) {
    String number = input.optionalIdentifier(SubPlanForm.SUB_PLAN_NUMBER.name(), "số, ký hiệu kế hoạch", 50);
    LocalDate issuedOn = input.requiredDate(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "ngày ban hành kế hoạch");
    String content = input.requiredText(SubPlanForm.SUB_PLAN_CONTENT.name(), "nội dung kế hoạch", FormInput.MAX_TEXT);
    if (issuedOn != null && issuedOn.isBefore(sectorPlanDate)) {
      input.reject(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "Ngày ban hành không được trước ngày ban hành kế hoạch của cấp trên.");
    } else if (issuedOn != null && issuedOn.isAfter(sectorPlanDate.plusYears(MAX_YEARS_AFTER_SECTOR_PLAN))) {
      input.reject(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "Ngày ban hành kế hoạch " + VietnamTime.format(issuedOn) + " quá "
          + MAX_YEARS_AFTER_SECTOR_PLAN + " năm sau ngày ban hành kế hoạch của cấp trên: vui lòng kiểm tra lại năm.");
    } else if (issuedOn != null && issuedOn.isAfter(today)) {
      input.reject(SubPlanForm.SUB_PLAN_ISSUED_ON.name(), "Ngày ban hành kế hoạch " + VietnamTime.format(issuedOn)
          + " chưa đến: chỉ ghi nhận kế hoạch đã ban hành, ngày ban hành từ hôm nay (" + VietnamTime.format(today)
          + ") trở về trước.");
    }
    if (number != null && issuedOn != null && numberTaken.test(number, issuedOn)) {
      input.reject(SubPlanForm.SUB_PLAN_NUMBER.name(), "Số " + number + " đã được dùng cho một kế hoạch khác của CĐCS trong năm "
          + issuedOn.getYear() + ".");
    }
    input.throwIfInvalid();
    return new SubPlanSubmission(number, issuedOn, content);
  }
}
