package vn.congdoan.cascade.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotification;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * An upgrade in the middle of a cascade: directives started on the model in which each CĐCS had its own daily
 * reminder timer (issue 17 before step 7: {@code src/test/resources/legacy-models/}, the model as it was deployed)
 * keep running on it after the current model, in which the parent reminds every child unit, is deployed. Their units'
 * own timers and their parent's timer (which reminds every child unit now: its fan-out may start units on the current
 * model) both remind them, under one sent-log key; a directive started after the upgrade is reminded by its parent
 * alone: on the first reminder day every unit of every directive gets its reminder exactly once (sent-log and SMTP
 * server agree), and the earlier directive's processes stay on their version.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "cascade.test-context=earlier-model-reminders"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class EarlierModelRemindersTest {

  static final Path EARLIER_MODEL = Path.of("src/test/resources/legacy-models/DirectiveCascade-unit-reminder-timers.bpmn");
  static final Path CURRENT_MODEL = Path.of("bpmn/DirectiveCascade.bpmn");
  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired SentNotificationRepository sent;

  @AfterEach
  void cleanUp() throws IOException {
    CascadeScenario.resetTime();
    deploy(CURRENT_MODEL);
  }

  @Test
  void directivesStartedOnTheModelWithUnitTimers_andAfterTheUpgrade_remindEachUnitOnce() throws Exception {
    deploy(EARLIER_MODEL);
    CascadeScenario.setVietnamTime(5, 12, 8);
    // numbers of their own: the LĐLĐ's plan of the province directive below is handed down to the same sector
    ProcessInstance earlier = scenario.startDirective(typedIn("901/KH-LĐLĐ"));
    scenario.draftPlan(earlier);
    scenario.decidePlan(earlier, true, null);
    List<UnitAssignment> earlierUnits = scenario.distribute(earlier);
    ProcessInstance federation = scenario.startDirective(scenario.provinceDirectiveForm());
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> federationChildren = scenario.distribute(federation);
    for (UnitAssignment unit : earlierUnits) {
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(unit.getProcessInstanceId())
          .activityId("BoundaryEvent_ReminderDue").count()).as("a unit's own timer in the earlier model").isOne();
    }

    // the upgrade: the current model becomes the latest; a directive started now runs on it
    deploy(CURRENT_MODEL);
    CascadeScenario.setVietnamTime(5, 12, 9);
    ProcessInstance current = scenario.startDirective(typedIn("902/KH-LĐLĐ"));
    scenario.draftPlan(current);
    scenario.decidePlan(current, true, null);
    List<UnitAssignment> currentUnits = scenario.distribute(current);
    assertThat(current.getProcessDefinitionId()).isNotEqualTo(earlier.getProcessDefinitionId());
    for (UnitAssignment unit : currentUnits) {
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(unit.getProcessInstanceId()).count())
          .as("no timer of its own in the current model").isZero();
    }

    // 23/5, the first reminder day (7 days before 30/5)
    CascadeScenario.setVietnamTime(5, 23, 9);
    scenario.runAllJobs(earlier);
    scenario.runJobs(List.of(federation.getId()));
    scenario.runAllJobs(current);
    // the earlier parent reminds every child unit it finds due (its fan-out may have started some on the current
    // model after the upgrade); the units' own timers then find the day reminded
    for (UnitAssignment unit : earlierUnits) {
      assertThat(remindersOf(unit)).as("%s, earlier model", unit.getUnit().getCode()).isOne();
      assertThat(passed(unit.getProcessInstanceId(), "BoundaryEvent_ReminderDue")).as("its own timer fired").isOne();
    }
    assertThat(passed(earlier.getId(), "Task_RemindChildUnions")).isOne();
    assertThat(federationChildren).filteredOn(a -> a.getUnit().getLevel() != UnitLevel.GRASSROOTS).isNotEmpty()
        .allSatisfy(union -> assertThat(remindersOf(union)).as("%s, a child union of the earlier model",
            union.getUnit().getCode()).isOne());
    assertThat(passed(federation.getId(), "Task_RemindChildUnions")).isOne();
    for (UnitAssignment unit : currentUnits) {
      assertThat(remindersOf(unit)).as("%s, current model", unit.getUnit().getCode()).isOne();
    }
    assertThat(passed(current.getId(), "Task_RemindChildUnits")).as("batches of five").isEqualTo(4);

    // the SMTP server received one e-mail per recipient of each recorded reminder: none twice
    List<SentNotification> reminders = sent.findAll().stream().filter(n -> n.getKind() == NotificationKind.REMINDER).toList();
    assertThat(reminders).allSatisfy(n -> assertThat(n.getPoint()).isEqualTo(LocalDate.of(2023, 5, 23)));
    long recipients = reminders.stream().mapToLong(n -> n.getRecipients().split(", ").length).sum();
    assertThat(smtp.getReceivedMessages()).hasSize((int) recipients);

    // the next day is no reminder day: nothing more from either model
    CascadeScenario.setVietnamTime(5, 24, 9);
    scenario.runAllJobs(earlier);
    scenario.runJobs(List.of(federation.getId()));
    scenario.runAllJobs(current);
    assertThat(smtp.getReceivedMessages()).hasSize((int) recipients);
  }

  private java.util.Map<String, Object> typedIn(String number) {
    java.util.Map<String, Object> form = scenario.directiveForm();
    form.put("directiveNumber", number);
    return form;
  }

  private long remindersOf(UnitAssignment unit) {
    return sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId()).size();
  }

  private long passed(String processInstanceId, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(activityId).count();
  }

  /** Deploys a model with the application's forms, as the application deploys bpmn/ (resource names relative to it). */
  private void deploy(Path model) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("directive-cascade")
        .source("test: " + model);
    try (InputStream in = Files.newInputStream(model)) {
      deployment.addInputStream("DirectiveCascade.bpmn", in);
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/forms/*")) {
        try (InputStream formIn = form.getInputStream()) {
          deployment.addInputStream("forms/" + form.getFilename(), formIn);
        }
      }
      deployment.deploy();
    }
  }
}
