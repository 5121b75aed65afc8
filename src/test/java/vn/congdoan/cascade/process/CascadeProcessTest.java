package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.congdoan.cascade.support.CascadeScenario.nominations;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.directive.PlanStatus;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.report.ReceivedReport;
import vn.congdoan.cascade.report.ReceivedReportRepository;
import vn.congdoan.cascade.report.ReportStatus;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * Scenario tests of both models with the real task listeners and delegates on an in-memory database:
 * every path of DirectiveCascadeProcess and GrassrootsUnionProcess. Jobs are run by the test, engine
 * time is set to May 2023. Process test coverage must reach every flow node and flow of both models.
 */
@SpringBootTest(properties = "spring.mail.host=localhost")
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

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @Autowired ProcessEngine engine;
  @Autowired SentNotificationRepository sent;
  @Autowired CascadeScenario scenario;
  @Autowired DirectiveRepository directives;
  @Autowired ImplementingPlanRepository plans;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired NominationRepository nominations;
  @Autowired ResultsReportRepository reports;
  @Autowired ReceivedReportRepository receivedReports;
  @Autowired IssuedDocumentRepository documents;
  @Autowired vn.congdoan.cascade.organisation.OfficerRepository officers;
  @Autowired vn.congdoan.cascade.progress.ProgressQuery progressQuery;
  @Autowired vn.congdoan.cascade.audit.AuditTrail auditTrail;

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
    assertThat(directive.getDeadline()).isEqualTo(CascadeProperties.DEFAULTS.deadlineOf(CascadeScenario.DEADLINE));
    assertThat(engine.getRuntimeService().getVariables(sector.getId()))
        .containsKeys("directiveId", "deadline", "sectorOfficeGroup")
        .doesNotContainKeys("directiveSubject", "directiveNumber");

    scenario.draftPlan(sector);
    assertThat(sector).isWaitingAt("Task_ApprovePlan");
    assertThat(task("Task_ApprovePlan", sector)).hasCandidateGroup("cdn-y-te-thai-binh-chair");
    scenario.decidePlan(sector, true, null);
    assertThat(sector).isWaitingAt("Task_IssuePlan");

    List<UnitAssignment> units = scenario.distribute(sector);
    assertThat(sector).isWaitingAt("Task_AwaitUnits");
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
        assertThat(sector).isWaitingAt("Task_AwaitUnits");
      }
    }
    assertThat(sector).isWaitingAt("Task_CompileReportFigures");
    scenario.runJobs(List.of(sector.getId()));

    Task compile = task("Task_CompileReport", sector);
    assertThat(compile).hasCandidateGroup("cdn-y-te-thai-binh-office");
    String draftText = (String) engine.getFormService().getTaskFormVariables(compile.getId()).get("reportDraft");
    assertThat(draftText).contains("18/18 CĐCS (100%) xây dựng kế hoạch", "54 buổi tuyên truyền", "4.500 lượt",
        "đề xuất 12 điển hình (6 cá nhân, 6 tập thể); Công đoàn ngành chấp nhận 6, không chấp nhận 6",
        "18 CĐCS báo cáo đúng hạn");
    complete(compile, Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc, hiệu quả.",
        "reportShortcomings", "Một số CĐCS báo cáo còn sơ sài.", "reportProposals", "Đề nghị LĐLĐ tỉnh khen thưởng."));
    assertThat(sector).isWaitingAt("Task_SignReport");
    assertThat(task("Task_SignReport", sector)).hasCandidateGroup("cdn-y-te-thai-binh-chair");
    complete(task("Task_SignReport", sector), Map.of("reportApproved", true));
    assertThat(sector).isWaitingAt("Task_IssueReport");
    scenario.runJobs(List.of(sector.getId()));
    assertThat(sector).isEnded().hasPassed("Task_IssueReport", "Task_SendReport", "EndEvent_ReportSent");

    ResultsReport report = reports.findByDirective(directive).orElseThrow();
    assertThat(report.getStatus()).isEqualTo(ReportStatus.SENT);
    assertThat(report.getSentAt()).isNotNull();
    assertThat(report.getNumber()).endsWith("/BC-CĐYT");
    // the report goes to the federation's address in the registry, once
    assertThat(mailsTo("vanthu@ldld-thaibinh.example")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("[Báo cáo] Số " + report.getNumber()));
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
    assertThat(engine.getFormService().getTaskFormVariables(revise.getId()).get("planReturnReason"))
        .isEqualTo("Bổ sung chỉ tiêu cụ thể cho từng CĐCS.");
    assertThat(engine.getFormService().getTaskFormVariables(revise.getId()).get("planSubject")).asString().startsWith("Tổ chức các hoạt động");
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getStatus()).isEqualTo(PlanStatus.RETURNED);
    // what a form shows is worked out as it is opened: stored neither in the task nor in the process
    assertThat(engine.getTaskService().getVariablesLocal(revise.getId())).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(sector.getId())).doesNotContainKeys("planSubject", "planReturnReason");

    // the office resubmits what the form showed, the subject changed, through complete(): the submitted values count
    Map<String, Object> revised = new HashMap<>(engine.getFormService().getTaskFormVariables(revise.getId()));
    revised.keySet().retainAll(java.util.Set.of("planSubject", "planPurpose", "planActivities", "planOrganisation"));
    revised.put("planSubject", "Kế hoạch đã sửa theo ý kiến của Chủ tịch");
    scenario.draftPlan(sector, revised);
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getSubject())
        .isEqualTo("Kế hoạch đã sửa theo ý kiến của Chủ tịch");
    assertThat(plans.findByDirective(scenario.directiveOf(sector)).orElseThrow().getRevision()).isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariables(sector.getId())).doesNotContainKeys("planSubject", "planPurpose");
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
  void unitsStillOpenWhenTheSectorClosesTheCollection_areRecordedAsNotReported() {
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
    assertThat(sector).isWaitingAt("Task_HandleLateUnits");
    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);

    assertThat(halfway).isEnded().hasPassed("BoundaryEvent_CollectionClosed", "Task_RecordNotReported");
    assertThat(diligent).isEnded().hasNotPassed("BoundaryEvent_CollectionClosed");
    Directive directive = scenario.directiveOf(sector);
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .containsOnlyOnce(AssignmentStatus.SUBMITTED)
        .filteredOn(s -> s == AssignmentStatus.NOT_REPORTED).hasSize(17);
    assertThat(sector).isWaitingAt("Task_CompileReport").hasPassed("EndEvent_AllUnitsFinished");
    scenario.runAllJobs(sector);
    String draftText = (String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", sector).getId()).get("reportDraft");
    assertThat(draftText).contains("2/18 CĐCS (11,1%) xây dựng kế hoạch", "1 CĐCS báo cáo đúng hạn (5,6%)",
        "17 CĐCS không báo cáo");
  }

  /**
   * Issue 16, recall: the chair recalls the directive while units are at every stage — one waits for the
   * review of its nominations, one is halfway, one has finished. The sector's event subprocess ends its
   * monitoring, marks the plan recalled and ends the unfinished units in batches (18 units, batches of 5);
   * each unit's event subprocess e-mails its officers once. Nothing is left to run.
   */
  @Test
  void recall_endsTheSectorsAndEveryUnfinishedUnitsWork_inBatches_andTellsTheUnitsOnce() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    ProcessInstance reviewing = scenario.unitProcess(units.get(0));
    scenario.completeUnit(reviewing, nominations("Nguyễn Thị Hoa"));
    ProcessInstance halfway = scenario.unitProcess(units.get(1));
    scenario.draftSubPlan(halfway);
    ProcessInstance finished = scenario.unitProcess(units.get(2));
    scenario.completeUnit(finished, "[]");
    scenario.runAllJobs(sector);
    assertThat(finished).isEnded();
    assertThat(reviewing).isWaitingAt("Task_ReviewNominations");

    // what DirectiveRecall does for the chair: record the recall, then correlate DirectiveRecalled
    Directive directive = scenario.directiveOf(sector);
    directive.recall(LocalDate.of(2023, 5, 12).atTime(8, 0).atZone(VietnamTime.ZONE).toInstant(), "chutich.cdyt",
        "Kế hoạch của LĐLĐ tỉnh đã được thay thế.");
    directives.save(directive);
    engine.getRuntimeService().createMessageCorrelation(DirectiveCascadeContract.MESSAGE_DIRECTIVE_RECALLED)
        .processInstanceId(sector.getId()).setVariables(DirectiveCascadeContract.RECALL_REASON.putInto(
            org.camunda.bpm.engine.variable.Variables.createVariables(), "Kế hoạch của LĐLĐ tỉnh đã được thay thế."))
        .correlateWithResult();
    assertThat(sector).hasPassed("StartEvent_DirectiveRecalled", "Task_RecordRecall").isWaitingAt("Task_RecallUnits");
    scenario.runAllJobs(sector);

    assertThat(sector).isEnded().hasPassed("EndEvent_DirectiveRecalled").hasNotPassed("EndEvent_ReportSent");
    assertThat(passed(sector.getId(), "Task_RecallUnits")).isEqualTo(4); // 17 unfinished units, 5 a batch
    assertThat(halfway).isEnded().hasPassed("StartEvent_UnitRecalled", "Task_NotifyUnitRecalled", "EndEvent_UnitRecalled");
    assertThat(reviewing).isEnded().hasPassed("EndEvent_UnitRecalled").hasNotPassed("EndEvent_SectorNotified");
    assertThat(finished).hasNotPassed("StartEvent_UnitRecalled");
    List<UnitAssignment> after = assignments.findByDirectiveWithUnit(directive);
    assertThat(after).filteredOn(a -> a.getRecalledAt() != null).hasSize(17);
    assertThat(after).filteredOn(a -> a.getRecalledAt() == null).extracting(UnitAssignment::getId).containsExactly(units.get(2).getId());
    for (UnitAssignment a : after) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(a.getProcessInstanceId()).count()).isZero();
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.RECALL, a.getId())).hasSize(a.getRecalledAt() == null ? 0 : 1);
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(sector.getId()).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sector.getId()).count()).isZero();
    assertThat(plans.findByDirective(directive).orElseThrow().getNumber()).isNotBlank();
  }

  /**
   * Issue 14, a directive through three levels: the Confederation's directive is typed in at the LĐLĐ, whose
   * plan reaches its four upper-level unions (each runs this same model, started by ParentPlanIssued) and its
   * two CĐCS. The Health sector drafts its own plan in answer, passes it to its 18 CĐCS, compiles and signs its
   * report, which is registered by the LĐLĐ inside the system; the other three unions do not report in time and
   * the LĐLĐ closes the collection for them (their own cascades go on). The LĐLĐ's report adds up the sector's
   * report and its own two CĐCS, and is e-mailed to the Confederation.
   */
  @Test
  void province_theSectorAnswersTheFederationsPlan_itsReportRollsUp_lateUnionsAreClosed() throws Exception {
    ProcessInstance federation = scenario.startDirective(scenario.provinceDirectiveForm());
    assertThat(task("Task_DraftImplementingPlan", federation)).hasCandidateGroup("ldld-thai-binh-office");
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> children = scenario.distribute(federation);
    assertThat(children).extracting(a -> a.getUnit().getCode()).containsExactlyInAnyOrder("cdn-y-te-thai-binh",
        "cdn-giao-duc-thai-binh", "cd-cac-kcn-thai-binh", "ldld-huyen-vu-thu", "cdcs-bao-thai-binh", "cdcs-dien-luc-thai-binh");
    Directive province = scenario.directiveOf(federation);

    // the sector's own process, one level down, from its parent's plan
    UnitAssignment healthAssignment = CascadeScenario.assignmentOf(children, "cdn-y-te-thai-binh");
    ProcessInstance health = scenario.unitProcess(healthAssignment);
    assertThat(health).hasPassed("StartEvent_ParentPlanIssued", "Task_RegisterParentPlan").isWaitingAt("Task_DraftImplementingPlan");
    assertThat(task("Task_DraftImplementingPlan", health)).hasCandidateGroup("cdn-y-te-thai-binh-office");
    Directive received = scenario.directiveOf(health);
    assertThat(received.getNumber()).isEqualTo(scenario.planOf(federation).getNumber()).endsWith("/KH-LĐLĐ");
    assertThat(received.getIssuer()).isEqualTo("Liên đoàn Lao động tỉnh Thái Bình");
    assertThat(received.getParentAssignmentId()).isEqualTo(healthAssignment.getId());
    assertThat(received.getReportDueAt()).isEqualTo(province.getDeadline());
    // three working days earlier: Tuesday 30/5 → Thursday 25/5
    assertThat(received.getDeadline()).isEqualTo(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.of(2023, 5, 25)));
    assertThat(received.getArrivalNumber()).isPositive();
    assertThat(received.getRegisteredAt()).isNotNull();

    scenario.draftPlan(health);
    // the sector's chair may bring its CĐCS' deadline forward when approving, never put it back
    Task approve = task("Task_ApprovePlan", health);
    assertThat(engine.getFormService().getTaskFormVariables(approve.getId()).get("childrenDeadline")).isEqualTo("25/05/2023");
    assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(),
        Map.of("planApproved", true, "childrenDeadline", "29/05/2023")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chỉ được rút ngắn, không được muộn hơn 25/05/2023");
    assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(),
        Map.of("planApproved", true, "childrenDeadline", "11/05/2023")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Hạn hoàn thành 11/05/2023 đã qua.");
    assertThat(health).isWaitingAt("Task_ApprovePlan");
    complete(approve, Map.of("planApproved", true, "childrenDeadline", "24/05/2023"));
    List<UnitAssignment> units = scenario.distribute(health);
    assertThat(units).hasSize(18).allSatisfy(a ->
        assertThat(a.getDeadline()).isEqualTo(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.of(2023, 5, 24))));
    assertThat(scenario.directiveOf(health).getReportDueAt()).isEqualTo(province.getDeadline());
    for (UnitAssignment unit : units) {
      ProcessInstance pi = scenario.unitProcess(unit);
      boolean first = unit == units.get(0);
      scenario.completeUnit(pi, first ? nominations("Nguyễn Thị Hoa", "Khoa Hồi sức tích cực") : "[]");
      if (first) {
        // the sector accepts both of its CĐCS' nominations: they go up with its report
        List<Nomination> own = nominations.findByDirective(received);
        complete(task("Task_ReviewNominations", pi), Map.of("reviewDecisionsJson",
            "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":true}]".formatted(own.get(0).getId(), own.get(1).getId())));
      }
      scenario.runJobs(List.of(pi.getId()));
    }
    scenario.runJobs(List.of(health.getId()));
    Task compile = task("Task_CompileReport", health);
    complete(compile, Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc.", "reportShortcomings", "Không có.",
        "reportProposals", "Không có."));
    complete(task("Task_SignReport", health), Map.of("reportApproved", true));
    scenario.runJobs(List.of(health.getId()));
    // the LĐLĐ's office reads the sector's report and returns it with a reason
    assertThat(health).hasPassed("Gateway_ParentInSystem", "Task_SubmitReportToParent", "Gateway_ReportAwaited")
        .isWaitingAt("Task_ParentReviewsReport");
    Task reportReview = task("Task_ParentReviewsReport", health);
    assertThat(reportReview).hasCandidateGroup("ldld-thai-binh-office");
    assertThat(reportReview.getName()).contains("Công đoàn ngành Y tế");
    IssuedDocument firstIssue = documents.findByDirectiveIdAndKind(received.getId(), DocumentKind.REPORT).orElseThrow();
    assertThat(engine.getFormService().getTaskFormVariables(reportReview.getId()).get("receivedReport")).asString()
        .startsWith("Báo cáo số " + firstIssue.getNumber());
    UnitAssignment underReview = assignments.findById(healthAssignment.getId()).orElseThrow();
    assertThat(underReview.getStatus()).isEqualTo(AssignmentStatus.REPORT_RECEIVED);
    assertThat(underReview.getSubmittedAt()).isNotNull();
    assertThat(underReview.getFinishedAt()).isNull();
    assertThatThrownBy(() -> engine.getTaskService().complete(reportReview.getId(), Map.of("reportAccepted", false)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Vui lòng nhập lý do trả lại báo cáo.");
    assertThatThrownBy(() -> engine.getTaskService().complete(reportReview.getId(),
        Map.of("reportAccepted", false, "parentReturnReason", "x".repeat(1501))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Lý do trả lại dài quá 1500 ký tự.");
    assertThat(health).isWaitingAt("Task_ParentReviewsReport");
    assertThat(receivedReports.findLatestByDirectiveId(received.getId())).hasValueSatisfying(r ->
        assertThat(r.isAwaitingReview()).isTrue());
    complete(reportReview, Map.of("reportAccepted", false, "parentReturnReason", "Thiếu số liệu về sáng kiến."));
    scenario.runJobs(List.of(health.getId()));
    assertThat(health).hasPassed("Gateway_ReportAccepted", "Gateway_CompileReportJoin").isWaitingAt("Task_CompileReport");
    UnitAssignment returned = assignments.findById(healthAssignment.getId()).orElseThrow();
    assertThat(returned.getStatus()).isEqualTo(AssignmentStatus.REPORT_RETURNED);
    assertThat(returned.getSubmittedAt()).isNull();
    assertThat(returned.getReopenReason()).isEqualTo("Thiếu số liệu về sáng kiến.");
    assertThat(documents.findById(firstIssue.getId()).orElseThrow().isSuperseded()).isTrue();
    assertThat((String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", health).getId()).get("reportReturnReason"))
        .startsWith("Liên đoàn Lao động tỉnh Thái Bình trả lại báo cáo số " + firstIssue.getNumber())
        .endsWith(": Thiếu số liệu về sáng kiến.");
    // revised, signed again, issued under a new number and received again under a new arrival number
    complete(task("Task_CompileReport", health), Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc; 18 sáng kiến.",
        "reportShortcomings", "Không có.", "reportProposals", "Không có."));
    complete(task("Task_SignReport", health), Map.of("reportApproved", true));
    scenario.runJobs(List.of(health.getId()));
    assertThat(health).isWaitingAt("Task_ParentReviewsReport");
    IssuedDocument secondIssue = documents.findByDirectiveIdAndKind(received.getId(), DocumentKind.REPORT).orElseThrow();
    assertThat(secondIssue.getNumber()).isNotEqualTo(firstIssue.getNumber());
    assertThat(secondIssue.getRevision()).isEqualTo(1);
    List<ReceivedReport> receipts = receivedReports.findByDirectiveId(received.getId());
    assertThat(receipts).hasSize(2);
    assertThat(receipts.get(0).getDocument().getId()).isEqualTo(secondIssue.getId());
    assertThat(receipts.get(0).getArrivalNumber()).isEqualTo(receipts.get(1).getArrivalNumber() + 1);
    assertThat(receipts.get(1).getReturnReason()).isEqualTo("Thiếu số liệu về sáng kiến.");
    complete(task("Task_ParentReviewsReport", health), Map.of("reportAccepted", true));
    // the LĐLĐ's office decides on the two exemplars the sector forwarded: one accepted, one not
    assertThat(health).hasPassed("Gateway_ReportAccepted").isWaitingAt("Task_ParentReviewsNominations");
    Task parentReview = task("Task_ParentReviewsNominations", health);
    assertThat(parentReview).hasCandidateGroup("ldld-thai-binh-office");
    assertThat(parentReview.getName()).contains("Công đoàn ngành Y tế");
    assertThat(assignments.findById(healthAssignment.getId()).orElseThrow().getFinishedAt()).isNull();
    // on the LĐLĐ's progress the sector's report is accepted and its exemplars wait for the LĐLĐ's decision
    assertThat(progressAs("vanphong.ldld", "ldld-thai-binh-office", province.getId()).rows())
        .filteredOn(row -> row.unitCode().equals("cdn-y-te-thai-binh")).singleElement()
        .satisfies(row -> assertThat(row.stateLabel()).isEqualTo("Đã nộp đủ, chờ cấp trên xét duyệt đề xuất điển hình"));
    List<Nomination> forwardedUp = nominations.findByDirective(received);
    complete(parentReview, Map.of("reviewDecisionsJson", "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":false,\"reason\":\"Chưa đủ tiêu chuẩn cấp tỉnh\"}]"
        .formatted(forwardedUp.get(0).getId(), forwardedUp.get(1).getId())));
    scenario.runJobs(List.of(health.getId()));
    assertThat(health).isEnded().hasPassed("Task_ParentReviewsNominations", "EndEvent_ParentNotified")
        .hasNotPassed("Task_SendReport");
    ResultsReport healthReport = reports.findByDirective(received).orElseThrow();
    assertThat(healthReport.getStatus()).isEqualTo(ReportStatus.SENT);
    // the sector's audit trail names the LĐLĐ's decisions in words, not by the model's task keys
    List<vn.congdoan.cascade.audit.AuditEntry> trail = as("chutich.cdyt", "cdn-y-te-thai-binh-chair",
        () -> auditTrail.of(received.getId()));
    assertThat(trail).extracting(vn.congdoan.cascade.audit.AuditEntry::step)
        .contains("REPORT_RETURNED_BY_PARENT", "REPORT_ACCEPTED_BY_PARENT", "FORWARDED_NOMINATIONS_REVIEWED");
    assertThat(trail).extracting(vn.congdoan.cascade.audit.AuditEntry::action).noneMatch(action -> action.contains("Task_"));
    UnitAssignment healthAfter = assignments.findById(healthAssignment.getId()).orElseThrow();
    assertThat(healthAfter.getStatus()).isEqualTo(AssignmentStatus.REPORT_ACCEPTED);
    assertThat(healthAfter.getFinishedAt()).isNotNull();
    assertThat(healthAfter.isLate()).isFalse();
    assertThat(receivedReports.findLatestByDirectiveId(received.getId())).hasValueSatisfying(r -> {
      assertThat(r.getAcceptedAt()).isNotNull();
      assertThat(r.getReceiver().getCode()).isEqualTo("ldld-thai-binh");
      assertThat(r.getArrivalNumber()).isPositive();
    });
    assertThat(mailsTo("vanthu@ldld-thaibinh.example")).isEmpty();

    // the LĐLĐ's own two CĐCS report; the other three unions do not
    for (String code : List.of("cdcs-bao-thai-binh", "cdcs-dien-luc-thai-binh")) {
      ProcessInstance pi = scenario.unitProcess(CascadeScenario.assignmentOf(children, code));
      scenario.completeUnit(pi, "[]");
      scenario.runJobs(List.of(pi.getId()));
    }
    assertThat(federation).isWaitingAt("Task_AwaitUnits");
    CascadeScenario.setVietnamTime(5, 31, 0);
    scenario.runJobs(List.of(federation.getId()));
    assertThat(federation).isWaitingAt("Task_HandleLateUnits");
    // the late units are unions, not only CĐCS: the LĐLĐ's office is told in those words
    assertThat(mailsTo("vanphong@ldld-thaibinh.example")).singleElement().satisfies(m ->
        assertThat(m.getSubject()).startsWith("[Quá hạn] 3 đơn vị chưa hoàn thành Kế hoạch số " + received.getNumber()));
    complete(task("Task_HandleLateUnits", federation), Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(federation);
    for (String code : List.of("cdn-giao-duc-thai-binh", "cd-cac-kcn-thai-binh", "ldld-huyen-vu-thu")) {
      UnitAssignment late = assignments.findById(CascadeScenario.assignmentOf(children, code).getId()).orElseThrow();
      assertThat(late.getStatus()).isEqualTo(AssignmentStatus.NOT_REPORTED);
      ProcessInstance union = scenario.unitProcess(late);
      // the union's own cascade goes on: only the parent stopped waiting for it
      assertThat(union).hasPassed("StartEvent_CollectionClosedByParent", "Task_RecordClosedByParent",
          "EndEvent_ParentNotifiedOfClose").isWaitingAt("Task_DraftImplementingPlan");
    }
    assertThat(federation).isWaitingAt("Task_CompileReport");
    String draftText = (String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", federation).getId()).get("reportDraft");
    // 18 CĐCS of the sector and 2 of the LĐLĐ, 3 sessions and 250 participants each
    assertThat(draftText).contains("tới 6 đơn vị trực thuộc (4 công đoàn cấp trên cơ sở, 2 CĐCS)",
        "theo báo cáo của 20 CĐCS, các đơn vị tổ chức 60 buổi tuyên truyền với 5.000 lượt",
        "3 đơn vị báo cáo đúng hạn", "3 đơn vị không báo cáo",
        "các đơn vị đề xuất 2 điển hình (1 cá nhân, 1 tập thể); Liên đoàn Lao động tỉnh Thái Bình chấp nhận 1, không chấp nhận 1");
    complete(task("Task_CompileReport", federation), Map.of("reportAssessment", "Các đơn vị triển khai nghiêm túc.",
        "reportShortcomings", "Ba đơn vị chưa báo cáo.", "reportProposals", "Không có."));
    complete(task("Task_SignReport", federation), Map.of("reportApproved", true));
    scenario.runJobs(List.of(federation.getId()));
    assertThat(federation).isEnded().hasPassed("Task_SendReport", "EndEvent_ReportSent").hasNotPassed("Task_SubmitReportToParent");
    ResultsReport provinceReport = reports.findByDirective(province).orElseThrow();
    assertThat(provinceReport.getTotals()).hasValueSatisfying(t -> {
      assertThat(t.grassrootsReported()).isEqualTo(20);
      assertThat(t.unitsReported()).isEqualTo(3);
      assertThat(t.activities().propagandaSessions()).isEqualTo(60);
      assertThat(t.activities().participants()).isEqualTo(5_000);
    });
    assertThat(mailsTo("vanthu@congdoanvn.example")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("[Báo cáo] Số " + provinceReport.getNumber()));
  }

  /**
   * Issue 14: the LĐLĐ's chair recalls its plan after the Health sector has passed its own down; the sector's
   * directive is recalled with it (its chair's recall, the reason naming the LĐLĐ), and so is every CĐCS below.
   */
  @Test
  void province_recallReachesTheChildUnionsAndTheirUnits() {
    ProcessInstance federation = scenario.startDirective(scenario.provinceDirectiveForm());
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> children = scenario.distribute(federation);
    ProcessInstance health = scenario.unitProcess(CascadeScenario.assignmentOf(children, "cdn-y-te-thai-binh"));
    scenario.draftPlan(health);
    scenario.decidePlan(health, true, null);
    List<UnitAssignment> units = scenario.distribute(health);

    Directive province = scenario.directiveOf(federation);
    province.recall(LocalDate.of(2023, 5, 12).atTime(8, 0).atZone(VietnamTime.ZONE).toInstant(), "chutich.ldld",
        "Kế hoạch của Tổng Liên đoàn đã được thay thế.");
    directives.save(province);
    engine.getRuntimeService().createMessageCorrelation(DirectiveCascadeContract.MESSAGE_DIRECTIVE_RECALLED)
        .processInstanceId(federation.getId()).setVariables(DirectiveCascadeContract.RECALL_REASON.putInto(
            org.camunda.bpm.engine.variable.Variables.createVariables(), "Kế hoạch của Tổng Liên đoàn đã được thay thế."))
        .correlateWithResult();
    scenario.runAllJobs(federation);
    scenario.runAllJobs(health);

    assertThat(federation).isEnded().hasPassed("EndEvent_DirectiveRecalled");
    assertThat(health).isEnded().hasPassed("StartEvent_DirectiveRecalled", "EndEvent_DirectiveRecalled");
    Directive sectorDirective = scenario.directiveOf(health);
    assertThat(sectorDirective.isRecalled()).isTrue();
    assertThat(sectorDirective.getRecallReason()).startsWith("Cấp trên (Liên đoàn Lao động tỉnh Thái Bình) đã thu hồi kế hoạch: ")
        .endsWith("Kế hoạch của Tổng Liên đoàn đã được thay thế.");
    for (UnitAssignment unit : units) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(unit.getProcessInstanceId()).count()).isZero();
    }
    for (UnitAssignment child : children) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(child.getProcessInstanceId()).count())
          .isZero();
    }
  }

  /**
   * Issue 14: a regional union finishes its own cascade in time but compiles its report slowly; the LĐLĐ closes
   * the collection for it first. Its report, submitted afterwards, is registered by the LĐLĐ (the receipt the
   * union sees) but is not reviewed: the union stays "not reported" and its figures do not count.
   */
  @Test
  void province_aReportArrivingAfterTheParentClosedTheCollection_isRegisteredButNotReviewed() {
    ProcessInstance federation = scenario.startDirective(scenario.provinceDirectiveForm());
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> children = scenario.distribute(federation);
    UnitAssignment regional = CascadeScenario.assignmentOf(children, "ldld-huyen-vu-thu");
    ProcessInstance union = scenario.unionCollects(regional);
    assertThat(union).isWaitingAt("Task_CompileReport");

    CascadeScenario.setVietnamTime(5, 31, 0);
    scenario.runJobs(List.of(federation.getId()));
    complete(task("Task_HandleLateUnits", federation), Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(federation);
    assertThat(union).hasPassed("Task_RecordClosedByParent").isWaitingAt("Task_CompileReport");

    complete(task("Task_CompileReport", union), Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc.",
        "reportShortcomings", "Báo cáo chậm.", "reportProposals", "Không có."));
    complete(task("Task_SignReport", union), Map.of("reportApproved", true));
    scenario.runJobs(List.of(union.getId()));
    assertThat(union).isEnded().hasPassed("Task_SubmitReportToParent", "Gateway_ReportAwaited", "EndEvent_ParentNotified")
        .hasNotPassed("Task_ParentReviewsReport");
    Directive unionDirective = scenario.directiveOf(union);
    assertThat(receivedReports.findLatestByDirectiveId(unionDirective.getId())).hasValueSatisfying(r -> {
      assertThat(r.getReceiver().getCode()).isEqualTo("ldld-thai-binh");
      assertThat(r.isAwaitingReview()).isTrue();
    });
    // the union's progress says so: registered, not counted, not under review
    assertThat(progressAs("chutich.ldldvt", "ldld-huyen-vu-thu-chair", unionDirective.getId()).parentReceipt())
        .contains("đã nhận báo cáo số", "Cấp trên đã kết thúc thu thập trước khi báo cáo đến")
        .doesNotContain("đang xem xét");
    UnitAssignment after = assignments.findById(regional.getId()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(AssignmentStatus.NOT_REPORTED);
    assertThat(after.getSubmittedAt()).isNull();
  }


  /**
   * Issue 14, each parent watching its direct children: the LĐLĐ reminds the upper-level unions that have not sent
   * their report on the reminder days of their deadline (their CĐCS have reminders of their own), by e-mail to each
   * union's office and chair, once a day; a union that has reported is not reminded; on other days nothing is sent.
   */
  @Test
  void province_theParentRemindsItsChildUnionsOfTheirReport_onReminderDays_untilTheyReport() throws Exception {
    ProcessInstance federation = scenario.startDirective(scenario.provinceDirectiveForm());
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> children = scenario.distribute(federation);
    String plan = scenario.planOf(federation).getNumber();
    // the district federation reports early
    ProcessInstance regional = scenario.unionCollects(CascadeScenario.assignmentOf(children, "ldld-huyen-vu-thu"));
    scenario.unionReports(regional);
    assertThat(regional).isWaitingAt("Task_ParentReviewsReport");

    // deadline Tuesday 30/5: the first reminder day is Tuesday 23/5 (7 days before)
    CascadeScenario.setVietnamTime(5, 23, 9);
    scenario.runJobs(List.of(federation.getId()));
    assertThat(federation).hasPassed("BoundaryEvent_ChildReminderDue", "Task_RemindChildUnits", "EndEvent_ChildUnitsReminded")
        .isWaitingAt("Task_AwaitUnits");
    for (String code : List.of("cdn-y-te-thai-binh", "cdn-giao-duc-thai-binh", "cd-cac-kcn-thai-binh")) {
      UnitAssignment union = CascadeScenario.assignmentOf(children, code);
      List<String> addresses = officers.findByUnitAndActiveTrueOrderByUsername(union.getUnit()).stream()
          .filter(o -> o.getRole() == OfficerRole.OFFICE || o.getRole() == OfficerRole.CHAIR)
          .map(vn.congdoan.cascade.organisation.Officer::getEmail).toList();
      assertThat(addresses).hasSizeGreaterThanOrEqualTo(2);
      for (String address : addresses) {
        assertThat(mailsTo(address)).singleElement().satisfies(m -> {
          assertThat(m.getSubject()).isEqualTo("[Nhắc hạn] Báo cáo kết quả thực hiện Kế hoạch số " + plan
              + ": còn 7 ngày (hạn 30/05/2023)");
          assertThat(m.getContent()).asString().contains("Kính gửi Văn phòng và Chủ tịch " + union.getUnit().getName(),
              "Hạn gửi báo cáo: 30/05/2023 (còn 7 ngày)", "Xây dựng kế hoạch triển khai");
        });
      }
      assertThat(sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, union.getId(), LocalDate.of(2023, 5, 23))).isTrue();
    }
    UnitAssignment early = CascadeScenario.assignmentOf(children, "ldld-huyen-vu-thu");
    assertThat(sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, early.getId(), LocalDate.of(2023, 5, 23))).isFalse();
    int mails = smtp.getReceivedMessages().length;

    // Wednesday 24/5 is no reminder day: the timer fires, nothing is sent
    CascadeScenario.setVietnamTime(5, 24, 9);
    scenario.runJobs(List.of(federation.getId()));
    assertThat(federation).hasPassed("EndEvent_NoChildReminderToday").isWaitingAt("Task_AwaitUnits");
    assertThat(smtp.getReceivedMessages()).hasSize(mails);

    // the application was down from 25/5 until after the deadline: the unions are the escalation's now, no union is
    // told on 31/5 that "today is the last day"
    long reminders = reminderMails();
    CascadeScenario.setVietnamTime(5, 31, 9);
    scenario.runJobs(List.of(federation.getId()));
    assertThat(federation).isWaitingAt("Task_HandleLateUnits");
    assertThat(reminderMails()).isEqualTo(reminders);
  }

  /** The progress of a directive as an officer of the given group reads it. */
  private vn.congdoan.cascade.progress.DirectiveProgress progressAs(String user, String group, long directiveId) {
    return as(user, group, () -> progressQuery.of(directiveId));
  }

  /** What the application's service answers an officer of the given group. */
  private <T> T as(String user, String group, java.util.function.Supplier<T> call) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private long reminderMails() {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith("[Nhắc hạn]");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  /**
   * Issue 16, reopen: the sector's office returns the sub-plan while the unit reports, the activity report
   * while it nominates, and the nominations while they wait for the review; each time the unit does the
   * work again from the returned step (what came before stays), then finishes normally.
   */
  @Test
  void reopen_theOfficeReturnsEachStep_theUnitResumesThere_andFinishes() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    UnitAssignment unit = scenario.distribute(sector).get(0);
    ProcessInstance pi = scenario.unitProcess(unit);
    scenario.draftSubPlan(pi);

    reopen(unit, pi, "SUB_PLAN", "Kế hoạch chưa có phân công cụ thể.");
    assertThat(pi).hasPassed("BoundaryEvent_SubmissionReopened", "Task_ReopenSubmission").isWaitingAt("Task_DraftSubPlan");
    scenario.draftSubPlan(pi);
    scenario.reportActivities(pi);
    reopen(unit, pi, "ACTIVITY_REPORT", "Số liệu người tham gia chưa khớp.");
    assertThat(pi).isWaitingAt("Task_ReportActivities");
    assertThat(passed(pi.getId(), "Task_DraftSubPlan")).isEqualTo(2);
    scenario.reportActivities(pi);
    scenario.nominate(pi, nominations("Nguyễn Thị Hoa"));
    assertThat(pi).isWaitingAt("Task_ReviewNominations");
    reopen(unit, pi, "NOMINATIONS", "Thiếu thành tích năm 2022.");
    assertThat(pi).hasPassed("BoundaryEvent_NominationsReopened").isWaitingAt("Task_NominateExemplars");
    assertThat(nominations.findByAssignment(unit)).isEmpty();
    assertThat(passed(pi.getId(), "Task_ReportActivities")).isEqualTo(3); // cancelled by the first return, done, done again
    scenario.nominate(pi, "[]");
    scenario.runJobs(List.of(pi.getId()));
    assertThat(pi).isEnded().hasPassed("EndEvent_SectorNotified");
    assertThat(assignments.findById(unit.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
  }

  /** What SubmissionReopening does for the office: the reason on the assignment, then the message. */
  private void reopen(UnitAssignment unit, ProcessInstance pi, String step, String reason) {
    UnitAssignment a = assignments.findById(unit.getId()).orElseThrow();
    a.reopen(a.getStatus(), reason, "vanphong.cdyt");
    assignments.save(a);
    engine.getRuntimeService().createMessageCorrelation(vn.congdoan.cascade.contract.GrassrootsUnionContract.MESSAGE_SUBMISSION_REOPENED)
        .processInstanceId(pi.getId()).setVariables(vn.congdoan.cascade.contract.GrassrootsUnionContract.REOPENED_STEP.putInto(
            org.camunda.bpm.engine.variable.Variables.createVariables(), step))
        .correlateWithResult();
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
    assertThat(sector).isWaitingAt("Task_CompileReportFigures");
    scenario.runJobs(List.of(sector.getId()));
    Task revise = task("Task_CompileReport", sector);
    assertThat(engine.getFormService().getTaskFormVariables(revise.getId()).get("reportReturnReason")).isEqualTo("Nêu rõ tồn tại.");
    assertThat(engine.getFormService().getTaskFormVariables(revise.getId()).get("reportAssessment")).isEqualTo("Hoàn thành kế hoạch.");
    complete(revise, Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Một số CĐCS chậm."));
    complete(task("Task_SignReport", sector), Map.of("reportApproved", true));
    scenario.runJobs(List.of(sector.getId()));
    assertThat(sector).isEnded();
    assertThat(reports.findByDirective(scenario.directiveOf(sector)).orElseThrow().getRevision()).isEqualTo(2);
  }

  /**
   * The report's figures are compiled by Task_CompileReportFigures, a job of its own before the office's
   * task: a failure leaves no task and no half report, is retried, and the task opens once the job passes.
   */
  @Test
  void reportFigures_compiledByTheirOwnJob_retriedAfterAFailure() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    for (UnitAssignment a : units) {
      scenario.completeUnit(scenario.unitProcess(a), "[]");
    }
    scenario.runJobs(units.stream().map(UnitAssignment::getProcessInstanceId).toList());
    assertThat(sector).isWaitingAt("Task_CompileReportFigures");
    Object directiveId = engine.getRuntimeService().getVariable(sector.getId(), "directiveId");
    var job = engine.getManagementService().createJobQuery().processInstanceId(sector.getId()).singleResult();

    // the job fails (here: the directive cannot be found): retried later, no task for the office, no report
    engine.getRuntimeService().setVariable(sector.getId(), "directiveId", -1L);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
    var failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isPositive();
    assertThat(failed.getExceptionMessage()).contains("Directive -1 does not exist");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sector.getId()).count()).isZero();
    assertThat(reports.findByDirective(scenario.directiveOf(sector))).isEmpty();

    // the cause is gone: the retry compiles the figures and the office's task shows them
    engine.getRuntimeService().setVariable(sector.getId(), "directiveId", directiveId);
    engine.getManagementService().executeJob(job.getId());
    assertThat(sector).isWaitingAt("Task_CompileReport").hasPassed("Task_CompileReportFigures");
    ResultsReport report = reports.findByDirective(scenario.directiveOf(sector)).orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(sector.getId(), "reportId")).isEqualTo(report.getId());
    assertThat((String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", sector).getId()).get("reportDraft"))
        .isEqualTo(report.getCompiled()).contains("18 CĐCS báo cáo đúng hạn");
  }

  /**
   * Issue 13: extending one late unit used to leave the office without a way to close the others until
   * the extended deadline's timer fired. The task comes back at once for the units still late; closing
   * them leaves the extended unit working, and the report waits for it.
   */
  @Test
  void afterExtendingOneLateUnit_theOfficeClosesTheOtherLateUnitsTheSameDay() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    UnitAssignment extended = units.get(0);
    scenario.completeUnit(scenario.unitProcess(units.get(1)), "[]");

    CascadeScenario.setVietnamTime(5, 31, 8);
    scenario.runAllJobs(sector);
    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "EXTEND", "extensionsJson",
        "{\"newDeadline\":\"2023-06-05\",\"units\":[\"" + extended.getUnit().getCode() + "\"]}"));
    // the completion only records the decision; the extension is applied by its own job
    assertThat(sector).isWaitingAt("Task_ExtendDeadlines");
    assertThat(assignments.findById(extended.getId()).orElseThrow().isOverdue()).isTrue();
    scenario.runAllJobs(sector);

    assertThat(sector).isWaitingAt("Task_HandleLateUnits").hasPassed("Task_ExtendDeadlines", "Gateway_LateUnitsLeft");
    assertThat(assignments.findById(extended.getId()).orElseThrow()).satisfies(a -> {
      assertThat(a.isOverdue()).isFalse();
      assertThat(a.getDeadline()).isEqualTo(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.of(2023, 6, 5)));
    });
    Task again = task("Task_HandleLateUnits", sector);
    String listed = engine.getFormService().getTaskFormVariables(again.getId()).get("lateUnits").toString();
    assertThat(listed).doesNotContain(extended.getUnit().getCode()).contains(units.get(2).getUnit().getCode());
    complete(again, Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);

    Directive directive = scenario.directiveOf(sector);
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .filteredOn(s -> s == AssignmentStatus.NOT_REPORTED).hasSize(16);
    ProcessInstance extendedUnit = scenario.unitProcess(extended);
    assertThat(extendedUnit).isWaitingAt("Task_DraftSubPlan");
    // the open form shows the unit's own, extended deadline, and so does the next one
    assertThat((String) engine.getFormService().getTaskFormVariables(task("Task_DraftSubPlan", extendedUnit).getId()).get("planSummary"))
        .endsWith("Hạn hoàn thành: 05/06/2023 (đã gia hạn từ 30/05/2023)");
    assertThat(sector).isWaitingAt("Event_ExtendedDeadlineReached");
    assertThat(engine.getRuntimeService().getVariable(sector.getId(), "escalationAt"))
        .isEqualTo(Date.from(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.of(2023, 6, 5))));

    // the extended unit finishes within its extension: the report is compiled without another decision,
    // and counts it on time within its extension, not late
    CascadeScenario.setVietnamTime(6, 2, 9);
    scenario.draftSubPlan(extendedUnit);
    assertThat((String) engine.getFormService().getTaskFormVariables(task("Task_ReportActivities", extendedUnit).getId()).get("planSummary"))
        .endsWith("Hạn hoàn thành: 05/06/2023 (đã gia hạn từ 30/05/2023)");
    scenario.reportActivities(extendedUnit);
    scenario.nominate(extendedUnit, "[]");
    scenario.runAllJobs(sector);
    assertThat(sector).isWaitingAt("Task_CompileReport");
    scenario.runAllJobs(sector);
    String draft = (String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", sector).getId()).get("reportDraft");
    assertThat(draft).contains("1 CĐCS báo cáo đúng hạn (5,6%), 1 CĐCS báo cáo trong thời gian được gia hạn (5,6%), "
        + "0 CĐCS báo cáo muộn (0%), 16 CĐCS không báo cáo");
  }

  /**
   * Issue 13: the escalation e-mail cited the LĐLĐ's directive instead of the sector's plan that the units
   * carry out, and gave one deadline for all. Two units extended to different days both pass their
   * deadline while the application is stopped: the second e-mail lists each with its own deadline.
   */
  @Test
  void escalationMail_citesTheSectorsPlan_andEachUnitsOwnDeadline() throws Exception {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    var plan = scenario.planOf(sector);
    String planCitation = "Kế hoạch số " + plan.getNumber() + " ngày " + VietnamTime.format(plan.getIssuedOn())
        + " của Công đoàn ngành Y tế Thái Bình";
    UnitAssignment first = units.get(0);
    UnitAssignment second = units.get(1);
    UnitAssignment reportedOnly = units.get(2);
    ProcessInstance reportedOnlyUnit = scenario.unitProcess(reportedOnly);
    scenario.draftSubPlan(reportedOnlyUnit);
    scenario.reportActivities(reportedOnlyUnit);

    at(5, 31, 8, sector);
    MimeMessage escalation = mailsTo("vanphong@cdyt-thaibinh.example").get(0);
    // the sender's name with its diacritics, encoded in the header as RFC 2047 asks
    assertThat(((jakarta.mail.internet.InternetAddress) escalation.getFrom()[0]).getPersonal())
        .isEqualTo("Công đoàn ngành Y tế Thái Bình");
    assertThat(escalation.getHeader("From")[0]).startsWith("=?UTF-8?").endsWith("<no-reply@cdyt-thaibinh.example>");
    assertThat(escalation.getSubject()).isEqualTo("[Quá hạn] 18 CĐCS chưa hoàn thành Kế hoạch số " + plan.getNumber()
        + " (hạn 30/05/2023)");
    assertThat(new String(escalation.getInputStream().readAllBytes(), "UTF-8")).contains(planCitation,
        "(thực hiện Kế hoạch số " + scenario.directiveOf(sector).getNumber(),
        first.getUnit().getName() + " — Chưa xây dựng kế hoạch — hạn 30/05/2023",
        reportedOnly.getUnit().getName() + " — Đã báo cáo, chưa đề xuất điển hình — hạn 30/05/2023");

    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "EXTEND", "extensionsJson",
        "{\"newDeadline\":\"2023-06-05\",\"units\":[\"" + first.getUnit().getCode() + "\"]}"));
    scenario.runAllJobs(sector);
    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "EXTEND", "extensionsJson",
        "{\"newDeadline\":\"2023-06-07\",\"units\":[\"" + second.getUnit().getCode() + "\"]}"));
    scenario.runAllJobs(sector);
    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);
    assertThat(sector).isWaitingAt("Event_ExtendedDeadlineReached");

    // back on 8/6: both extended deadlines have passed
    at(6, 8, 9, sector);
    List<MimeMessage> escalations = mailsTo("vanphong@cdyt-thaibinh.example");
    assertThat(escalations).hasSize(2);
    assertThat(escalations.get(1).getSubject()).startsWith("[Quá hạn] 2 CĐCS chưa hoàn thành Kế hoạch số " + plan.getNumber());
    assertThat(new String(escalations.get(1).getInputStream().readAllBytes(), "UTF-8")).contains(planCitation,
        first.getUnit().getName() + " — Chưa xây dựng kế hoạch — hạn 05/06/2023",
        second.getUnit().getName() + " — Chưa xây dựng kế hoạch — hạn 07/06/2023");
  }

  private List<MimeMessage> mailsTo(String address) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return seen.add(m.getMessageID());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private long reminders(List<UnitAssignment> units) {
    return units.stream().mapToLong(u -> sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, u.getId()).size()).sum();
  }

  private long passed(String processInstanceId, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(activityId).count();
  }

  private void at(int month, int day, int hour, ProcessInstance sector) {
    CascadeScenario.setVietnamTime(month, day, hour);
    scenario.runAllJobs(sector);
  }

  /**
   * Walks engine time through the reminder days (7, 3, 1 and 0 days before 30/5/2023; the 3-day point
   * moves from Saturday 27/5 to Friday 26/5), the deadline, an extension, a late submission and the
   * closing, with GreenMail as the SMTP server.
   */
  @Test
  void remindersOnWorkingDaysOnlyToOpenUnits_thenEscalation_extension_lateSubmission_andClosing() throws Exception {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    Directive directive = scenario.directiveOf(sector);
    UnitAssignment finished = units.get(0);      // Bệnh viện Nhi: done before any reminder
    UnitAssignment late = units.get(1);          // submits after the deadline, before the closing
    UnitAssignment extended = units.get(2);      // gets a few more days
    String finishedMail = "nhi@cdcs-bv-nhi.example";
    assertThat(finished.getUnit().getCode()).isEqualTo("cdcs-bv-nhi");
    scenario.completeUnit(scenario.unitProcess(finished), "[]");
    scenario.runAllJobs(sector);

    // nothing before the first reminder day
    at(5, 22, 9, sector);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // 23/5 (7 days before): each of the 17 open units once
    at(5, 23, 9, sector);
    assertThat(reminders(units)).isEqualTo(17);
    MimeMessage reminder = mailsTo("bvdk@cdcs-bvdk-tinh.example").get(0);
    assertThat(reminder.getSubject()).isEqualTo("[Nhắc hạn] Kế hoạch số " + scenario.planOf(sector).getNumber()
        + ": còn 7 ngày (hạn 30/05/2023)");
    assertThat(new String(reminder.getInputStream().readAllBytes(), "UTF-8")).contains("Xây dựng kế hoạch của CĐCS",
        "/camunda/app/tasklist/default/#/?task=");
    assertThat(mailsTo(finishedMail)).isEmpty();

    // the sector's one daily timer reminded them, a batch per job (5 in the test profile: 5 + 5 + 5 + 2); firing
    // again the same day, and the days in between, send nothing more: the gateway after the timer decides so, and
    // the firing ends there without a sending job
    assertThat(passed(sector.getId(), "Task_RemindChildUnits")).isEqualTo(4);
    assertThat(passed(sector.getId(), "EndEvent_ChildUnitsReminded")).isEqualTo(1);
    at(5, 23, 15, sector);
    at(5, 24, 9, sector);
    at(5, 25, 9, sector);
    assertThat(reminders(units)).isEqualTo(17);
    assertThat(passed(sector.getId(), "EndEvent_NoChildReminderToday")).isEqualTo(2); // 24/5 and 25/5 at 08:00
    assertThat(passed(sector.getId(), "Task_RemindChildUnits")).isEqualTo(4);
    // a unit's own process has no timer: its tasks alone wait
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(units.get(3).getProcessInstanceId()).count())
        .isZero();

    // 3 days before is Saturday 27/5: the reminder goes out on Friday 26/5, none at the weekend
    at(5, 26, 9, sector);
    assertThat(reminders(units)).isEqualTo(34);
    at(5, 27, 9, sector);
    at(5, 28, 9, sector);
    assertThat(reminders(units)).isEqualTo(34);
    at(5, 29, 9, sector);
    at(5, 30, 9, sector);
    assertThat(reminders(units)).isEqualTo(68);
    assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, units.get(3).getId()))
        .extracting(n -> n.getPoint()).containsExactly(LocalDate.of(2023, 5, 23), LocalDate.of(2023, 5, 26),
            LocalDate.of(2023, 5, 29), LocalDate.of(2023, 5, 30));
    assertThat(mailsTo(finishedMail)).isEmpty();

    // the deadline passes: 17 units overdue, one escalation e-mail to the sector office, a task to decide
    at(5, 31, 8, sector);
    assertThat(assignments.findByDirectiveWithUnit(directive)).filteredOn(UnitAssignment::isOverdue).hasSize(17);
    List<MimeMessage> escalations = mailsTo("vanphong@cdyt-thaibinh.example");
    assertThat(escalations).hasSize(1);
    assertThat(escalations.get(0).getSubject()).startsWith("[Quá hạn] 17 CĐCS chưa hoàn thành");
    String escalationText = new String(escalations.get(0).getInputStream().readAllBytes(), "UTF-8");
    assertThat(escalationText).contains(late.getUnit().getName(), "Phạm Văn Thắng").doesNotContain(finished.getUnit().getName());
    Task handle = task("Task_HandleLateUnits", sector);
    assertThat(handle).hasCandidateGroup("cdn-y-te-thai-binh-office");
    assertThat(engine.getFormService().getTaskFormVariables(handle.getId()).get("lateUnits").toString())
        .contains(late.getUnit().getCode(), "\"deadline\":\"30/05/2023\"");

    // a late unit still submits while the collection is open: accepted, flagged late
    scenario.completeUnit(scenario.unitProcess(late), "[]");
    assertThat(assignments.findById(late.getId()).orElseThrow()).satisfies(a -> {
      assertThat(a.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
      assertThat(a.isLate()).isTrue();
    });

    // the office extends one unit to 5/6 (a Monday)
    complete(handle, Map.of("lateDecision", "EXTEND", "extensionsJson",
        "{\"newDeadline\":\"2023-06-05\",\"units\":[\"" + extended.getUnit().getCode() + "\"]}"));
    scenario.runAllJobs(sector);
    ProcessInstance extendedUnit = scenario.unitProcess(extended);
    Date newDeadline = Date.from(CascadeProperties.DEFAULTS.deadlineOf(LocalDate.of(2023, 6, 5)));
    assertThat(task("Task_DraftSubPlan", extendedUnit).getDueDate()).isEqualTo(newDeadline);
    assertThat(assignments.findById(extended.getId()).orElseThrow().isOverdue()).isFalse();

    // the other 15 late units are offered again at once; the office closes the collection for them the same day
    Task again = task("Task_HandleLateUnits", sector);
    assertThat(engine.getFormService().getTaskFormVariables(again.getId()).get("lateUnits").toString())
        .contains(units.get(3).getUnit().getCode()).doesNotContain(extended.getUnit().getCode());
    complete(again, Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .filteredOn(s -> s == AssignmentStatus.NOT_REPORTED).hasSize(15);
    assertThat(extendedUnit).isWaitingAt("Task_DraftSubPlan");
    assertThat(sector).isWaitingAt("Event_ExtendedDeadlineReached");

    // the extended unit is reminded again before its new deadline: 1 day before is Sunday 4/6, so Friday 2/6
    at(6, 2, 9, sector);
    assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, extended.getId()))
        .extracting(n -> n.getPoint()).contains(LocalDate.of(2023, 6, 2));

    // the extended deadline passes too; the office closes the collection for the extended unit
    at(6, 6, 8, sector);
    assertThat(mailsTo("vanphong@cdyt-thaibinh.example")).hasSize(2);
    complete(task("Task_HandleLateUnits", sector), Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);
    assertThat(extendedUnit).isEnded().hasPassed("BoundaryEvent_CollectionClosed", "Task_RecordNotReported");
    assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
        .filteredOn(s -> s == AssignmentStatus.NOT_REPORTED).hasSize(16);
    assertThat(sector).isWaitingAt("Task_CompileReport");
    scenario.runAllJobs(sector);
    String draft = (String) engine.getFormService().getTaskFormVariables(task("Task_CompileReport", sector).getId()).get("reportDraft");
    assertThat(draft).contains("1 CĐCS báo cáo đúng hạn", "1 CĐCS báo cáo muộn", "16 CĐCS không báo cáo");
  }
}
