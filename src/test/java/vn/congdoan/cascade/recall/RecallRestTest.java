package vn.congdoan.cascade.recall;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * Issue 16, recall through the API: only the chair of the directive's sector, only with a reason, only
 * once and only while the cascade runs (Vietnamese messages); a recall during the fan-out ends the units
 * already started — each with its first task and reminder timer, made in its batch — and leaves no process, task,
 * timer or job;
 * the units are told by e-mail once and see the reason on the progress page; the plan is marked recalled
 * and keeps its number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mail.host=localhost", "cascade.test-context=recall"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class RecallRestTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired IssuedDocumentRepository documents;
  @Autowired SentNotificationRepository sent;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  private ResponseEntity<Map<String, Object>> recall(String user, long directiveId, Object body) {
    return api(user).post("/directives/{id}/recall", body, directiveId);
  }

  @Test
  void theChairRecallsDuringTheFanOut_everyUnitsWorkEnds_andTheUnitsAreToldOnce() throws Exception {
    CurrentEngine.use(engine);
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    // the plan is issued and the first batch of five units is started, each with its first task
    management.executeJob(management.createJobQuery().processInstanceId(sector.getId()).singleResult().getId());
    management.executeJob(management.createJobQuery().processInstanceId(sector.getId()).singleResult().getId());
    Directive directive = scenario.directiveOf(sector);
    long id = directive.getId();
    List<UnitAssignment> units = assignments.findByDirectiveWithUnit(directive);
    List<UnitAssignment> started = units.stream().filter(a -> a.getProcessInstanceId() != null).toList();
    assertThat(started).hasSize(5);
    // one started unit gets going: it drafts its sub-plan
    ProcessInstance going = scenario.unitProcess(started.get(0));
    scenario.draftSubPlan(going);

    // refused: nobody logged in, a unit's officer, the office, the administrator, the chair without a reason
    Map<String, Object> reason = Map.of("reason", "Kế hoạch của LĐLĐ tỉnh đã được thay thế bằng Kế hoạch số 305/KH-LĐLĐ.");
    assertThat(recall(null, id, reason).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<Map<String, Object>> unit = recall("bvdk.chutich", id, reason);
    assertThat(unit.getStatusCode().value()).isEqualTo(403);
    assertThat(unit.getBody()).containsEntry("message", "Chỉ Chủ tịch của đơn vị ban hành kế hoạch được thu hồi kế hoạch.");
    assertThat(recall("vanphong.cdyt", id, reason).getStatusCode().value()).isEqualTo(403);
    assertThat(recall("quantri.cdyt", id, reason).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map<String, Object>> empty = recall("chutich.cdyt", id, Map.of("reason", "   "));
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody()).containsEntry("message", "Vui lòng nhập lý do thu hồi kế hoạch.");
    assertThat(recall("chutich.cdyt", 999_999L, reason).getStatusCode().value()).isEqualTo(404);
    assertThat(directives.findById(id).orElseThrow().isRecalled()).isFalse();

    ResponseEntity<Map<String, Object>> recalled = recall("chutich.cdyt", id, reason);
    assertThat(recalled.getStatusCode().value()).isEqualTo(200);
    assertThat(recalled.getBody()).containsEntry("recalledBy", "chutich.cdyt").containsEntry("reason", reason.get("reason"));
    ResponseEntity<Map<String, Object>> again = recall("chutich.cdyt", id, reason);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).containsEntry("message", "Kế hoạch này đã được thu hồi trước đó.");

    // the plan is marked recalled and keeps its number in the register
    IssuedDocument plan = documents.findByDirectiveIdAndKind(id, DocumentKind.PLAN).orElseThrow();
    assertThat(plan.getRecalledAt()).isNotNull();
    assertThat(plan.getNumber()).isNotBlank();

    // the jobs run: the units' work ends in batches; nothing is left of the cascade
    List<String> ids = new ArrayList<>();
    ids.add(sector.getId());
    started.forEach(a -> ids.add(a.getProcessInstanceId()));
    scenario.runJobs(ids);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(ids)).count())
        .isZero();
    assertThat(management.createJobQuery().list()).extracting(Job::getProcessInstanceId).doesNotContainAnyElementsOf(ids);
    assertThat(engine.getTaskService().createTaskQuery().list()).noneMatch(t -> ids.contains(t.getProcessInstanceId()));
    List<UnitAssignment> after = assignments.findByDirectiveWithUnit(directive);
    assertThat(after).allSatisfy(a -> assertThat(a.getRecalledAt()).isNotNull());
    assertThat(after).filteredOn(a -> a.getProcessInstanceId() == null).hasSize(13); // never started
    for (UnitAssignment a : after) {
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.RECALL, a.getId()))
          .hasSize(a.getProcessInstanceId() == null ? 0 : 1);
    }
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).isNotEmpty().allSatisfy(m -> {
      assertThat(m.getSubject()).startsWith("[Thu hồi] Kế hoạch số ").endsWith("đã bị thu hồi");
      assertThat((String) m.getContent()).contains("Lý do: " + reason.get("reason"));
    });

    // progress: the directive and its units show the recall and the reason, to the sector and to a unit
    Map<String, Object> progress = api("vanphong.cdyt").get("/directives/{id}/progress", id);
    assertThat(progress).containsEntry("status", "RECALLED").containsEntry("statusLabel", "Đã thu hồi")
        .containsEntry("recallReason", reason.get("reason"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) progress.get("rows");
    assertThat(rows).hasSize(18).allSatisfy(r -> assertThat(r).containsEntry("stateLabel", "Đã thu hồi"));
    String code = started.get(0).getUnit().getCode();
    String officer = code.equals("cdcs-bvdk-tinh") ? "bvdk.chutich" : null;
    if (officer != null) {
      assertThat(api(officer).get("/directives/{id}/progress", id)).containsEntry("recallReason", reason.get("reason"));
    }
    assertThat(recall("chutich.cdyt", id, reason).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aFinishedDirective_cannotBeRecalled() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    long id = scenario.directiveOf(sector).getId();
    engine.getRuntimeService().deleteProcessInstance(sector.getId(), "registered by mistake");
    ResponseEntity<Map<String, Object>> refused = recall("chutich.cdyt", id, Map.of("reason", "Nhầm."));
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(refused.getBody()).containsEntry("message", "Kế hoạch này đã kết thúc, không thu hồi được.");
  }
}
