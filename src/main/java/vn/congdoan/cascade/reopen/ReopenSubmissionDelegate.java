package vn.congdoan.cascade.reopen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlan;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_ReopenSubmission, in the office's transaction: the returned step and every step after it are kept
 * as {@link SubmissionRevision}s (superseded now, with the office's reason) and removed from the unit's
 * current rows, so the unit submits them again from the returned step (Gateway_ResumeAt).
 */
@Component("reopenSubmission")
class ReopenSubmissionDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository reports;
  private final NominationRepository nominations;
  private final SubmissionRevisionRepository revisions;
  private final ObjectMapper json;
  private final EngineClock clock;

  ReopenSubmissionDelegate(UnitAssignmentRepository assignments, SubPlanRepository subPlans, ActivityReportRepository reports,
      NominationRepository nominations, SubmissionRevisionRepository revisions, ObjectMapper json, EngineClock clock) {
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.reports = reports;
    this.nominations = nominations;
    this.revisions = revisions;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitAssignment assignment = assignments.findById(GrassrootsUnionContract.ASSIGNMENT_ID.from(execution).get()).orElseThrow();
    SubmissionStep returned = SubmissionStep.valueOf(GrassrootsUnionContract.REOPENED_STEP.from(execution).get());
    Instant now = clock.now();
    for (SubmissionStep step : SubmissionStep.values()) {
      if (step.ordinal() >= returned.ordinal()) {
        supersede(assignment, step, now);
      }
    }
  }

  private void supersede(UnitAssignment assignment, SubmissionStep step, Instant now) {
    switch (step) {
      case SUB_PLAN -> subPlans.findByAssignment(assignment).ifPresent(plan -> {
        keep(assignment, step, Map.of("number", plan.getNumber(), "issuedOn", plan.getIssuedOn().toString(),
            "content", plan.getContent()), plan.getDraftedBy(), plan.getDraftedAt(), now);
        subPlans.delete(plan);
      });
      case ACTIVITY_REPORT -> reports.findByAssignment(assignment).ifPresent(report -> {
        keep(assignment, step, Map.of("figures", report.figures(), "summary", report.getSummary()),
            report.getReportedBy(), report.getReportedAt(), now);
        reports.delete(report);
      });
      case NOMINATIONS -> {
        List<Nomination> list = nominations.findByAssignment(assignment);
        if (!list.isEmpty()) {
          List<Map<String, Object>> content = list.stream().map(ReopenSubmissionDelegate::describe).toList();
          keep(assignment, step, content, list.get(0).getProposedBy(), list.get(0).getProposedAt(), now);
          nominations.deleteAll(list);
        }
      }
    }
    subPlans.flush();
  }

  private static Map<String, Object> describe(Nomination n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", n.getKind().name());
    m.put("name", n.getName());
    m.put("position", n.getPosition());
    m.put("workplace", n.getWorkplace());
    m.put("achievement", n.getAchievement());
    m.put("movementCode", n.getMovement() == null ? null : n.getMovement().getCode());
    m.put("recognition", n.getRecognition() == null ? null : n.getRecognition().name());
    return m;
  }

  private void keep(UnitAssignment assignment, SubmissionStep step, Object content, String by, Instant at, Instant now) {
    try {
      revisions.save(new SubmissionRevision(assignment.getId(), step, json.writeValueAsString(content), by, at, now,
          assignment.getReopenedBy(), assignment.getReopenReason()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot keep the revision of assignment " + assignment.getId(), e);
    }
  }
}
