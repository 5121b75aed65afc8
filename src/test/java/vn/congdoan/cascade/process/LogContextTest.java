package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;

/**
 * What the application logs while the engine runs its code carries the directive, and in a unit's
 * process the unit: the plan issued by the sector's job, a unit's reminder sent by the sector's. Nothing is left
 * in the logging context afterwards. (The events are captured by an appender added to the application's
 * logger here, whatever set logback up before.)
 */
@SpringBootTest(properties = "cascade.test-context=log-context")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class LogContextTest {

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger application = (Logger) LoggerFactory.getLogger("vn.congdoan.cascade");

  @BeforeEach
  void capture() {
    CurrentEngine.use(engine);
    events.start();
    application.addAppender(events);
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void stop() {
    application.detachAppender(events);
    CascadeScenario.resetTime();
  }

  @Test
  void linesAboutADirectiveAndAUnit_carryThem() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    String directive = String.valueOf(scenario.directiveOf(sector).getId());

    ILoggingEvent issued = events.list.stream().filter(e -> e.getFormattedMessage().startsWith("Issued PLAN")).findFirst()
        .orElseThrow();
    assertThat(issued.getMDCPropertyMap()).containsEntry(LogContext.DIRECTIVE, directive).doesNotContainKey(LogContext.UNIT);

    UnitAssignment unit = units.get(0);
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 23, 9);
    events.list.clear();
    // the sector's daily timer finds reminders due; its first batch sends them, each e-mail naming its unit
    String sectorId = sector.getId();
    management.executeJob(management.createJobQuery().processInstanceId(sectorId).activityId("BoundaryEvent_ChildReminderDue")
        .singleResult().getId());
    management.executeJob(management.createJobQuery().processInstanceId(sectorId).activityId("Task_RemindChildUnits")
        .singleResult().getId());
    ILoggingEvent reminder = events.list.stream().filter(e -> e.getFormattedMessage().contains("[Nhắc hạn]")).findFirst()
        .orElseThrow(() -> new AssertionError(events.list.stream().map(ILoggingEvent::getFormattedMessage).toList()));
    assertThat(reminder.getMDCPropertyMap()).containsEntry(LogContext.DIRECTIVE, directive)
        .containsEntry(LogContext.UNIT, unit.getUnit().getCode());

    assertThat(MDC.get(LogContext.DIRECTIVE)).as("nothing left behind").isNull();
    assertThat(MDC.get(LogContext.UNIT)).isNull();
  }
}
