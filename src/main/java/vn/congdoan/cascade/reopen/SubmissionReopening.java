package vn.congdoan.cascade.reopen;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.ConflictException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.InvalidRequestException;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.report.ResultsReportRepository;

/**
 * The sector's office returns a unit's sub-plan, activity report or nominations with a reason, before the
 * unit has finished its part (and so before the report is compiled). Under the lock of the unit's
 * assignment: the reason is recorded on it and SubmissionReopened is correlated to the unit's process, whose
 * Task_ReopenSubmission keeps what was submitted as revisions; the unit then has the returned step's task.
 */
@Service
class SubmissionReopening {

  private static final Logger log = LoggerFactory.getLogger(SubmissionReopening.class);

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository reports;
  private final NominationRepository nominations;
  private final ResultsReportRepository results;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentOfficer officer;

  SubmissionReopening(DirectiveRepository directives, UnitAssignmentRepository assignments, SubPlanRepository subPlans,
      ActivityReportRepository reports, NominationRepository nominations, ResultsReportRepository results, RuntimeService runtime,
      IdentityService identity, CurrentOfficer officer) {
    this.directives = directives;
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.reports = reports;
    this.nominations = nominations;
    this.results = results;
    this.runtime = runtime;
    this.identity = identity;
    this.officer = officer;
  }

  @Transactional
  public UnitAssignment reopen(long directiveId, String unitCode, String stepName, String reason) {
    Directive directive = directives.findById(directiveId)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + directiveId + "."));
    if (!officer.groups().contains(OfficerRole.OFFICE.groupOf(directive.getSector()))) {
      throw new AccessRefusedException("Chỉ văn phòng của đơn vị cấp trên trực tiếp được trả lại phần việc của CĐCS.");
    }
    SubmissionStep step = SubmissionStep.parse(stepName);
    if (step == null) {
      throw new InvalidRequestException("Phần trả lại phải là SUB_PLAN, ACTIVITY_REPORT hoặc NOMINATIONS.");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException("Vui lòng nhập lý do trả lại.");
    }
    if (text.length() > 4000) {
      throw new InvalidRequestException("Lý do trả lại dài quá 4000 ký tự.");
    }
    if (directive.isRecalled()) {
      throw new ConflictException("Kế hoạch đã bị thu hồi.");
    }
    if (results.findByDirective(directive).isPresent()) {
      throw new ConflictException("Báo cáo kết quả đã được tổng hợp, không trả lại phần việc của CĐCS được nữa.");
    }
    UnitAssignment found = assignments.findByDirectiveWithUnit(directive).stream()
        .filter(a -> a.getUnit().getCode().equals(unitCode)).findFirst()
        .orElseThrow(() -> new NotFoundException("CĐCS " + unitCode + " không thực hiện kế hoạch này."));
    UnitAssignment assignment = assignments.lockById(found.getId()).orElseThrow();
    if (assignment.getFinishedAt() != null) {
      throw new ConflictException("CĐCS đã hoàn thành phần việc của mình, không trả lại được.");
    }
    if (!submitted(assignment, step)) {
      throw new ConflictException("CĐCS chưa nộp " + step.label() + ", không có gì để trả lại.");
    }
    assignment.reopen(step.before(), text, officer.userId());
    try {
      WithoutCaller.lookup(identity, () -> runtime.createMessageCorrelation(GrassrootsUnionContract.MESSAGE_SUBMISSION_REOPENED)
          .processInstanceId(assignment.getProcessInstanceId())
          .setVariables(GrassrootsUnionContract.REOPENED_STEP.putInto(Variables.createVariables(), step.name()))
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      log.info("Assignment {}: the unit's process does not wait where a submission can be returned", assignment.getId());
      throw new ConflictException("CĐCS đang chuyển bước, chưa trả lại được; vui lòng thử lại sau ít phút.");
    }
    log.info("Assignment {}: {} returned to the unit by {}", assignment.getId(), step, officer.userId());
    return assignment;
  }

  private boolean submitted(UnitAssignment assignment, SubmissionStep step) {
    return switch (step) {
      case SUB_PLAN -> subPlans.findByAssignment(assignment).isPresent();
      case ACTIVITY_REPORT -> reports.findByAssignment(assignment).isPresent();
      case NOMINATIONS -> !nominations.findByAssignment(assignment).isEmpty()
          || assignment.getSubmittedAt() != null;
    };
  }

}
