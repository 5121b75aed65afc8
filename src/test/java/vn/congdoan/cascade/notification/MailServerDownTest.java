package vn.congdoan.cascade.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;

/**
 * The SMTP server is down when reminders are due: the sector's job that sends a batch of them (Task_RemindChildUnits)
 * is retried with back-off, then raises an incident (what the administrator sees in Cockpit); nothing is recorded as
 * sent; the daily timer's next firing is scheduled all the same. When the server is back, retrying the incident sends
 * the batch and the loop the rest: every unit once.
 */
@SpringBootTest(properties = "spring.mail.host=localhost")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class MailServerDownTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired SentNotificationRepository sent;

  @AfterEach
  void cleanUp() {
    smtp.stop();
    CascadeScenario.resetTime();
  }

  @Test
  void reminderWaitsInAnIncidentWhileTheMailServerIsDown_andIsSentOnceWhenRetried() {
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    String pi = sector.getId();

    // 23/5, 09:00: the sector's reminder timer fires; its job finds reminders due and leaves the e-mails to a job of
    // their own, which fails while SMTP is down
    CascadeScenario.setVietnamTime(5, 23, 9);
    Job timer = management.createJobQuery().processInstanceId(pi).timers().activityId("BoundaryEvent_ChildReminderDue")
        .singleResult();
    management.executeJob(timer.getId());
    String send = management.createJobQuery().processInstanceId(pi).messages().activityId("Task_RemindChildUnits")
        .singleResult().getId();
    int hour = 9;
    for (int attempt = 0; attempt < 10 && management.createJobQuery().jobId(send).singleResult().getRetries() > 0; attempt++) {
      assertThatThrownBy(() -> management.executeJob(send)).hasMessageContaining("Cannot send e-mail");
      // the failed batch is kept for its retry; the daily timer has its next firing all the same
      assertThat(management.createJobQuery().jobId(send).count()).isOne();
      assertThat(management.createJobQuery().processInstanceId(pi).timers().activityId("BoundaryEvent_ChildReminderDue")
          .singleResult().getDuedate()).isAfter(timer.getDuedate());
      CascadeScenario.setVietnamTime(5, 23, ++hour); // past the back-off (1, 5, 15 minutes, 1, 2 hours)
    }
    Job failed = management.createJobQuery().jobId(send).singleResult();
    assertThat(failed.getRetries()).isZero();
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).list();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.getActivityId()).isEqualTo("Task_RemindChildUnits");
      assertThat(i.getIncidentMessage()).contains("Cannot send e-mail");
    });
    for (UnitAssignment unit : units) {
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId())).isEmpty();
    }

    // the server is back; the administrator retries the incident (Cockpit: "Retry"); the loop sends the rest
    smtp.start();
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    scenario.runJobs(List.of(pi));
    for (UnitAssignment unit : units) {
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId())).as(unit.getUnit().getCode())
          .singleElement().satisfies(n -> assertThat(n.getPoint()).isEqualTo(java.time.LocalDate.of(2023, 5, 23)));
    }
    assertThat(smtp.getReceivedMessages()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getSubject()).startsWith("[Nhắc hạn]"));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(pi).messages().count()).as("no batch left").isZero();
  }
}
