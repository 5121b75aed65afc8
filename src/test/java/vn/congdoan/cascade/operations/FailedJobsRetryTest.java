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
 * Issue 16: after a mail outage, the reminders of two units of a directive have failed for good (two
 * incidents); a third failed in another directive. The administrator retries the directive's failed
 * jobs in one call: exactly its two are retried, their incidents are resolved, and once the jobs run the
 * reminders go out and the units' processes carry on. Nobody else may do it.
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

    // 23/5, 09:00: the reminders are due while the mail server is down
    CascadeScenario.setVietnamTime(5, 23, 9);
    List<UnitAssignment> reminded = List.of(units.get(0), units.get(1));
    List<String> failed = new java.util.ArrayList<>();
    for (UnitAssignment unit : List.of(units.get(0), units.get(1), otherUnit)) {
      String pi = unit.getProcessInstanceId();
      // the unit's reminder timer: its job also sends the e-mail, and fails
      failed.add(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
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
    assertThat(management.createJobQuery().jobIds(new java.util.HashSet<>(failed)).noRetriesLeft().count()).isEqualTo(3);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(3);

    // only the installation's administrator and the sector's own may count and retry; anonymous callers are refused
    assertThat(api("quantri.ldld").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 2);
    assertThat(api("quantri.cdyt").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 2);
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
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(3);

    // the mail server is back: one action of the sector's administrator (no Cockpit for it) retries the directive's
    // two, not the other directive's
    smtp.start();
    ResponseEntity<Map<String, Object>> retried = api("quantri.cdyt").post("/directives/{id}/retry-failed-jobs", Map.of(), directiveId);
    assertThat(retried.getStatusCode().value()).isEqualTo(200);
    assertThat(retried.getBody()).containsEntry("retried", 2);
    assertThat(engine.getRuntimeService().createIncidentQuery().list()).singleElement()
        .satisfies(i -> assertThat(i.getProcessInstanceId()).isEqualTo(otherUnit.getProcessInstanceId()));
    assertThat(api("quantri.ldld").get("/directives/{id}/failed-jobs", directiveId)).containsEntry("failedJobs", 0);

    // the job executor picks them up (due now): the reminders go out once, the units wait at their tasks
    for (UnitAssignment a : reminded) {
      // the retried firing; the next day's firing, scheduled when this one first failed, is not due yet
      List<Job> due = management.createJobQuery().processInstanceId(a.getProcessInstanceId()).executable().list();
      assertThat(due).singleElement().satisfies(job -> assertThat(failed).contains(job.getId()));
      management.executeJob(due.get(0).getId());
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, a.getId())).hasSize(1);
      assertThat(management.createJobQuery().processInstanceId(a.getProcessInstanceId()).list()).singleElement()
          .satisfies(next -> assertThat(failed).doesNotContain(next.getId()));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(a.getProcessInstanceId())
          .taskDefinitionKey("Task_DraftSubPlan").count()).isEqualTo(1);
    }
    assertThat(smtp.getReceivedMessages()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getSubject()).startsWith("[Nhắc hạn]"));
    assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, otherUnit.getId())).isEmpty();
    // the cascade carries on: the reminded unit does its part
    scenario.completeUnit(scenario.unitProcess(reminded.get(0)), "[]");
    scenario.runJobs(List.of(reminded.get(0).getProcessInstanceId()));
    assertThat(scenario.unitProcess(reminded.get(0))).isNull();
  }
}
