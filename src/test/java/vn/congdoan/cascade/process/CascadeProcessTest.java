package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.congdoan.cascade.support.CascadeScenario.nominations;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.directive.PlanStatus;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.report.ReportStatus;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * Scenario tests of both models with the real task listeners and delegates on an in-memory database:
 * every path of DirectiveCascadeProcess and GrassrootsUnionProcess. Jobs are run by the test, engine
 * time is set to May 2023. Process test coverage must reach every flow node and flow of both models.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import({ProcessEngineCoverageConfiguration.class, CascadeScenario.class, CascadeProcessTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CascadeProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired DirectiveRepository directives;
  @Autowired ImplementingPlanRepository plans;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired NominationRepository nominations;
  @Autowired ResultsReportRepository reports;

  @BeforeEach
  void mayTwentyThree() {
    init(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void happyPath_everyUnitReports_nominationsReviewed_reportSigned_andSent() {
    ProcessInstance sector = scenario.startDirective();
    assertThat(sector).isWaitingAt("Task_DraftImplementingPlan");
    Task draft = task("Task_DraftImplementingPlan", sector);
    assertThat(draft).hasCandidateGroup("cdn-y-te-thai-binh-office");
    Directive directive = scenario.directiveOf(sector);
    assertThat(directive.getNumber()).endsWith("/KH-LĐLĐ");
    assertThat(directive.getDeadline()).isEqualTo(VietnamTime.endOfDay(CascadeScenario.DEADLINE));
    assertThat(engine.getRuntimeService().getVariables(sector.getId()))
        .containsKeys("directiveId", "deadline", "sectorOfficeGroup")
        .doesNotContainKeys("directiveSubject", "directiveNumber");

    scenario.draftPlan(sector);
    assertThat(sector).isWaitingAt("Task_ApprovePlan");
    assertThat(task("Task_ApprovePlan", sector)).hasCandidateGroup("cdn-y-te-thai-binh-chair");
    scenario.decidePlan(sector, true, null);
    assertThat(sector).isWaitingAt("Task_IssuePlan");

    List<UnitAssignment> units = scenario.distribute(sector);
    assertThat(sector).isWaitingAt("Event_AllUnitsFinished");
    assertThat(units).hasSize(18).allSatisfy(a -> assertThat(a.getProcessInstanceId()).isNotNull());
    assertThat(plans.findByDirective(directive).orElseThrow().getStatus()).isEqualTo(PlanStatus.ISSUED);

    // every unit's tasks go to that unit's group and carry the deadline as due date
    UnitAssignment first = units.get(0);
    ProcessInstance firstUnit = scenario.unitProcess(first);
    Task subPlan = task("Task_DraftSubPlan", firstUnit);
    assertThat(subPlan).hasCandidateGroup(first.getUnit().getCode());
    assertThat(subPlan.getDueDate()).isEqualTo(Date.from(directive.getDeadline()));

    for (int i = 0; i < units.size(); i++) {
      ProcessInstance unit = scenario.unitProcess(units.get(i));
      scenario.completeUnit(unit, i % 3 == 0 ? nominations("Nguyễn Văn An " + i, "Khoa Hồi sức " + i) : "[]");
      if (i % 3 == 0) {
        assertThat(unit).isWaitingAt("Task_ReviewNominations");
        assertThat(task("Task_ReviewNominations", unit)).hasCandidateGroup("cdn-y-te-thai-binh-office");
        List<Nomination> own = nominations.findByAssignment(units.get(i));
        complete(task("Task_ReviewNominations", unit), Map.of("reviewDecisionsJson", """
            [{"id":%d,"accepted":true},{"id":%d,"accepted":false,"reason":"Chưa đủ tiêu chuẩn"}]"""
            .formatted(own.get(0).getId(), own.get(1).getId())));
      }
      assertThat(unit).isWaitingAt("EndEvent_SectorNotified");
      scenario.runJobs(List.of(unit.getId()));
      assertThat(unit).isEnded();
      if (i < units.size() - 1) {
        assertThat(sector).isWaitingAt("Event_AllUnitsFinished");
      }
    }
    assertThat(sector).isWaitingAt("Task_CompileReport");
    scenario.runJobs(List.of(sector.getId()));

    Task compile = task("Task_CompileReport", sector);
    assertThat(compile).hasCandidateGroup("cdn-y-te-thai-binh-office");
    String draftText = (String) engine.getTaskService().getVariable(compile.getId(), "reportDraft");
    assertThat(draftText).contains("18/18 CĐCS (100%) xây dựng kế hoạch", "54 buổi tuyên truyền", "4.500 lượt",
        "đề xuất 12 điển hình (6 cá nhân, 6 tập thể); Công đoàn ngành chấp nhận 6, không chấp nhận 6",
        "18 CĐCS báo cáo đúng hạn");
    complete(compile, Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc, hiệu quả.",
        "reportShortcomings", "Một số CĐCS báo cáo còn sơ sài.", "reportProposals", "Đề nghị LĐLĐ tỉnh khen thưởng."));
    assertThat(sector).isWaitingAt("Task_SignReport");
    assertThat(task("Task_SignReport", sector)).hasCandidateGroup("cdn-y-te-thai-binh-chair");
    complete(task("Task_SignReport", sector), Map.of("reportApproved", true));
    assertThat(sector).isWaitingAt("Task_SendReport");
    scenario.runJobs(List.of(sector.getId()));
    assertThat(sector).isEnded().hasPassed("EndEvent_ReportSent");

    ResultsReport report = reports.findByDirective(directive).orElseThrow();
    assertThat(report.getStatus()).isEqualTo(ReportStatus.SENT);
    assertThat(report.getSentAt()).isNotNull();
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .containsOnly(AssignmentStatus.SUBMITTED, AssignmentStatus.REVIEWED);
    List<Nomination> all = nominations.findByDirective(directive);
    assertThat(all).hasSize(12);
    assertThat(all).filteredOn(n -> n.getStatus() == NominationStatus.REJECTED)
        .allSatisfy(n -> assertThat(n.getRejectionReason()).isEqualTo("Chưa đủ tiêu chuẩn")).hasSize(6);
  }

  @Test
  void chairReturnsPlan_officeRevises_withReasonShown() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, false, "Bổ sung chỉ tiêu cụ thể cho từng CĐCS.");
    assertThat(sector).isWaitingAt("Task_DraftImplementingPlan").hasPassed("Gateway_PlanApproved");
    Task revise = task("Task_DraftImplementingPlan", sector);
    assertThat(engine.getTaskService().getVariable(revise.getId(), "planReturnReason"))
        .isEqualTo("Bổ sung chỉ tiêu cụ thể cho từng CĐCS.");
    assertThat(engine.getTaskService().getVariable(revise.getId(), "planNumber")).asString().endsWith("/KH-CĐYT");
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getStatus()).isEqualTo(PlanStatus.RETURNED);

    scenario.draftPlan(sector);
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getRevision()).isEqualTo(2);
    scenario.decidePlan(sector, true, null);
    assertThat(sector).isWaitingAt("Task_IssuePlan");
  }

  @Test
  void returningWithoutReason_isRefused_andChangesNothing() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    Task approve = task("Task_ApprovePlan", sector);
    Map<String, Object> noReason = new HashMap<>();
    noReason.put("planApproved", false);
    assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(), noReason))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Vui lòng nhập lý do trả lại kế hoạch.");
    assertThat(sector).isWaitingAt("Task_ApprovePlan");
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getStatus()).isEqualTo(PlanStatus.SUBMITTED);
  }

  @Test
  void directiveWithDeadlineBeforeIssueDate_isRefused_andNothingIsStored() {
    long before = directives.count();
    Map<String, Object> form = scenario.directiveForm();
    form.put("directiveDeadline", "2023-05-10");
    assertThatThrownBy(() -> scenario.startDirective(form))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Hạn hoàn thành phải sau ngày ban hành văn bản.");
    assertThat(directives.count()).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DirectiveCascadeProcess")
        .variableValueEquals("directiveNumber", form.get("directiveNumber")).count()).isZero();
  }

  @Test
  void unitsThatMissTheDeadline_areRecordedAsNotReported_andTheSectorCompilesWithWhatArrived() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);

    ProcessInstance diligent = scenario.unitProcess(units.get(0));
    scenario.completeUnit(diligent, "[]");
    ProcessInstance halfway = scenario.unitProcess(units.get(1));
    scenario.draftSubPlan(halfway);

    CascadeScenario.setVietnamTime(5, 31, 0);
    scenario.runAllJobs(sector);

    assertThat(halfway).isEnded().hasPassed("BoundaryEvent_DeadlineReached", "Task_RecordNotReported");
    assertThat(diligent).isEnded().hasNotPassed("BoundaryEvent_DeadlineReached");
    Directive directive = scenario.directiveOf(sector);
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .containsOnlyOnce(AssignmentStatus.SUBMITTED)
        .filteredOn(s -> s == AssignmentStatus.NOT_REPORTED).hasSize(17);
    assertThat(sector).isWaitingAt("Task_CompileReport");
    String draftText = (String) engine.getTaskService().getVariable(task("Task_CompileReport", sector).getId(), "reportDraft");
    assertThat(draftText).contains("2/18 CĐCS (11,1%) xây dựng kế hoạch", "1 CĐCS báo cáo đúng hạn (5,6%)",
        "17 CĐCS không báo cáo");
  }

  @Test
  void chairReturnsReport_officeRevises_thenSigns() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    for (UnitAssignment a : scenario.distribute(sector)) {
      scenario.completeUnit(scenario.unitProcess(a), "[]");
    }
    scenario.runAllJobs(sector);
    Map<String, Object> narrative = Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Không có.");
    complete(task("Task_CompileReport", sector), narrative);
    complete(task("Task_SignReport", sector), Map.of("reportApproved", false, "reportReturnReason", "Nêu rõ tồn tại."));
    assertThat(sector).isWaitingAt("Task_CompileReport");
    scenario.runJobs(List.of(sector.getId()));
    Task revise = task("Task_CompileReport", sector);
    assertThat(engine.getTaskService().getVariable(revise.getId(), "reportReturnReason")).isEqualTo("Nêu rõ tồn tại.");
    assertThat(engine.getTaskService().getVariable(revise.getId(), "reportAssessment")).isEqualTo("Hoàn thành kế hoạch.");
    complete(revise, Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Một số CĐCS chậm."));
    complete(task("Task_SignReport", sector), Map.of("reportApproved", true));
    scenario.runJobs(List.of(sector.getId()));
    assertThat(sector).isEnded();
    assertThat(reports.findByDirective(scenario.directiveOf(sector)).orElseThrow().getRevision()).isEqualTo(2);
  }
}
