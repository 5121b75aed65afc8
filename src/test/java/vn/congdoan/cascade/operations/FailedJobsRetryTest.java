package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;

/**
 * Issue 16: after a mail outage, the reminders of a directive have failed for good (the sector's job sending their
 * batch: an incident), and so have another directive's. The administrator retries the directive's failed jobs in one
 * call: exactly its own is retried, its incident is resolved, and once the jobs run every unit's reminder goes out
 * once and the units' processes carry on. Nobody else may do it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mail.host=localhost", "cascade.test-context=failed-jobs"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class FailedJobsRetryTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired SentNotificationRepository sent;

  @AfterEach
  void cleanUp() {
    smtp.stop();
    CascadeScenario.resetTime();
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  @Test
  void theAdministratorRetriesEveryFailedJobOfADirective_andTheCascadeCarriesOn() {
    CurrentEngine.use(engine);
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    ProcessInstance other = scenario.startDirective();
    scenario.draftPlan(other);
    scenario.decidePlan(other, true, null);
    UnitAssignment otherUnit = scenario.distribute(other).get(0);
    long directiveId = scenario.directiveOf(sector).getId();

    // 23/5, 09:00: the reminders are due while the mail server is down; each sector's batch fails, for good
    CascadeScenario.setVietnamTime(5, 23, 9);
    List<String> failed = new java.util.ArrayList<>();
    for (ProcessInstance each : List.of(sector, other)) {
      management.executeJob(management.createJobQuery().processInstanceId(each.getId()).activityId("BoundaryEvent_ChildReminderDue")
          .singleResult().getId());
      failed.add(management.createJobQuery().processInstanceId(each.getId()).activityId("Task_RemindChildUnits")
          .singleResult().getId());
    }
    int hour = 9;
    for (int attempt = 0; attempt < 10; attempt++) {
      for (String id : failed) {
        if (management.createJobQuery().jobId(id).singleResult().getRetries() > 0) {
          assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("Cannot send e-mail");
        }
      }
      CascadeScenario.setVietnamTime(5, 23, ++hour); // past the back-off
    }
    assertThat(management.createJobQuery().jobIds(new java.util.HashSet<>(failed)).noRetriesLeft().count()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(2);

    // only the installation's administrator and the sector's own may count and retry; anonymous callers are refused
    assertThat(api("quantri.ldld").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 1);
    assertThat(api("quantri.cdyt").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 1);
    assertThat(api("vanphong.cdyt").status("/directives/{id}/failed-jobs", directiveId)).isEqualTo(403);
    assertThat(api("chutich.cdyt").post("/directives/{id}/retry-failed-jobs", Map.of(), directiveId).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<Map<String, Object>> unit = api("bvdk.chutich").post("/directives/{id}/retry-failed-jobs", Map.of(), directiveId);
    assertThat(unit.getStatusCode().value()).isEqualTo(403);
    assertThat(unit.getBody()).containsEntry("message",
        "Chỉ quản trị viên của đơn vị thực hiện kế hoạch, của đơn vị cấp trên hoặc quản trị hệ thống được chạy lại các việc bị lỗi.");
    assertThat(api(null).post("/directives/{id}/retry-failed-jobs", Map.of(), directiveId).getStatusCode().value()).isEqualTo(401);
    assertThat(api("quantri.ldld").post("/directives/{id}/retry-failed-jobs", Map.of(), 999_999L).getStatusCode().value())
        .isEqualTo(404);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(2);

    // the mail server is back: one action of the sector's administrator (no Cockpit for it) retries the directive's
    // failed job, not the other directive's
    smtp.start();
    ResponseEntity<Map<String, Object>> retried = api("quantri.cdyt").post("/directives/{id}/retry-failed-jobs", Map.of(), directiveId);
    assertThat(retried.getStatusCode().value()).isEqualTo(200);
    assertThat(retried.getBody()).containsEntry("retried", 1);
    assertThat(engine.getRuntimeService().createIncidentQuery().list()).singleElement()
        .satisfies(i -> assertThat(i.getProcessInstanceId()).isEqualTo(other.getId()));
    assertThat(api("quantri.ldld").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 0);

    // the job executor picks it up (due now): the retried batch, then the rest; every unit's reminder goes out once,
    // the units wait at their tasks
    List<Job> due = management.createJobQuery().processInstanceId(sector.getId()).executable().list();
    assertThat(due).singleElement().satisfies(job -> assertThat(job.getId()).isEqualTo(failed.get(0)));
    scenario.runJobs(List.of(sector.getId()));
    for (UnitAssignment a : units) {
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, a.getId())).hasSize(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(a.getProcessInstanceId())
          .taskDefinitionKey("Task_DraftSubPlan").count()).isEqualTo(1);
    }
    assertThat(smtp.getReceivedMessages()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getSubject()).startsWith("[Nhắc hạn]"));
    assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, otherUnit.getId())).isEmpty();
    List<UnitAssignment> reminded = units;
    // the cascade carries on: the reminded unit does its part
    scenario.completeUnit(scenario.unitProcess(reminded.get(0)), "[]");
    scenario.runJobs(List.of(reminded.get(0).getProcessInstanceId()));
    assertThat(scenario.unitProcess(reminded.get(0))).isNull();
  }
}
