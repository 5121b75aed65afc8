package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.FreePort;

/**
 * The counters count committed work once: a completion refused by its form, or rolled back by its
 * caller's transaction, counts nothing (the refusal counts as a refusal); a document counts when its
 * job commits; a reminder that fails while the SMTP server is down counts as failed at each attempt,
 * and once sent after its retry, as sent and retried. The gauges read the units' states.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "cascade.test-context=metrics", "cascade.metrics.refresh=0s"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class CascadeMetricsTest {

  static final int SMTP_PORT = FreePort.find();
  static final String DRAFT_PLAN = "Task_DraftImplementingPlan";

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired MeterRegistry registry;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void cleanUp() {
    smtp.stop();
    CascadeScenario.resetTime();
  }

  @Test
  void aCompletionCountsOnceWhenCommitted_neverWhenRefusedOrRolledBack() {
    ProcessInstance sector = scenario.startDirective();
    double completions = count(CascadeCounters.COMPLETIONS, "task", DRAFT_PLAN);
    double refusals = count(CascadeCounters.REFUSALS, "task", DRAFT_PLAN, "field", "planSubject");

    Map<String, Object> empty = scenario.planForm();
    empty.put("planSubject", "");
    assertThatThrownBy(() -> scenario.draftPlan(sector, empty)).isInstanceOf(FormValidationException.class);
    assertThat(count(CascadeCounters.COMPLETIONS, "task", DRAFT_PLAN)).as("refused").isEqualTo(completions);
    assertThat(count(CascadeCounters.REFUSALS, "task", DRAFT_PLAN, "field", "planSubject")).isEqualTo(refusals + 1);

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      scenario.draftPlan(sector);
      status.setRollbackOnly();
    });
    assertThat(count(CascadeCounters.COMPLETIONS, "task", DRAFT_PLAN)).as("rolled back").isEqualTo(completions);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sector.getId()).taskDefinitionKey(DRAFT_PLAN)
        .count()).as("the task is still open").isEqualTo(1);

    scenario.draftPlan(sector);
    assertThat(count(CascadeCounters.COMPLETIONS, "task", DRAFT_PLAN)).isEqualTo(completions + 1);
    assertThat(count(CascadeCounters.REFUSALS, "task", DRAFT_PLAN, "field", "planSubject")).isEqualTo(refusals + 1);
  }

  @Test
  void documentsAndUnits_andAReminderThatFailsThenIsRetried() {
    double plans = count(CascadeCounters.DOCUMENTS, "kind", "PLAN");
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    assertThat(count(CascadeCounters.DOCUMENTS, "kind", "PLAN")).isEqualTo(plans + 1);
    assertThat(gauge("cascade.units", "state", "ISSUED")).isGreaterThanOrEqualTo(units.size());
    assertThat(gauge("cascade.directives.in.progress")).isGreaterThanOrEqualTo(1);
    assertThat(gauge("cascade.engine.incidents.open")).isNotNegative();

    double failed = count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "failed");
    double sent = count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "sent");
    double retried = count(CascadeCounters.NOTIFICATIONS_RETRIED, "kind", "REMINDER");
    ManagementService management = engine.getManagementService();
    String pi = sector.getId();
    CascadeScenario.setVietnamTime(5, 23, 9);
    // the sector's daily timer finds reminders due; a job of their own sends the first batch, failing at its first e-mail
    management.executeJob(management.createJobQuery().processInstanceId(pi).activityId("BoundaryEvent_ChildReminderDue")
        .singleResult().getId());
    Job send = management.createJobQuery().processInstanceId(pi).activityId("Task_RemindChildUnits").singleResult();
    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Cannot send e-mail");
    CascadeScenario.setVietnamTime(5, 23, 10);
    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Cannot send e-mail");
    assertThat(count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "failed")).isEqualTo(failed + 2);
    assertThat(count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "sent")).isEqualTo(sent);
    assertThat(gauge("cascade.engine.jobs.failed")).isZero(); // retries left

    smtp.start();
    CascadeScenario.setVietnamTime(5, 23, 12);
    management.executeJob(send.getId());
    // the batch: five units (the test profile's batch size), the first of them a retried notification
    assertThat(smtp.getReceivedMessages()).isNotEmpty();
    assertThat(count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "sent")).isEqualTo(sent + 5);
    assertThat(count(CascadeCounters.NOTIFICATIONS_RETRIED, "kind", "REMINDER")).isEqualTo(retried + 1);
    assertThat(count(CascadeCounters.NOTIFICATIONS, "kind", "REMINDER", "outcome", "failed")).isEqualTo(failed + 2);
  }

  private double count(String name, String... tags) {
    Counter counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  private double gauge(String name, String... tags) {
    Gauge gauge = registry.find(name).tags(tags).gauge();
    assertThat(gauge).as(name).isNotNull();
    return gauge.value();
  }
}
