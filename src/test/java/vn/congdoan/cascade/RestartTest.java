package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotification;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * A cascade started, stopped mid-way and restarted on the same H2 file database carries on where it
 * was; the restart deploys no new process definition version, and Flyway finds nothing to migrate.
 */
class RestartTest {

  @TempDir Path dir;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  /** The database both runs share: an H2 file here. */
  protected List<String> database() {
    return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("cascade-db").toAbsolutePath());
  }

  private ConfigurableApplicationContext start() {
    List<String> args = new java.util.ArrayList<>(database());
    args.add("--server.port=0");
    // an engine of its own name, so that Camunda's static engine registry keeps the other tests' engine
    // "default" for their REST APIs
    args.add("--camunda.bpm.process-engine-name=restartTest");
    return new SpringApplicationBuilder(CascadeApplication.class, CascadeScenario.class)
        .profiles("demo", "test")
        .run(args.toArray(String[]::new));
  }

  @Test
  void cascadeCarriesOnAfterRestart() {
    CascadeScenario.setVietnamTime(5, 12, 8);
    String sectorId;
    UnitAssignment unit;
    try (ConfigurableApplicationContext first = start()) {
      CascadeScenario scenario = first.getBean(CascadeScenario.class);
      init(first.getBean(ProcessEngine.class));
      ProcessInstance sector = scenario.startDirective();
      scenario.draftPlan(sector);
      scenario.decidePlan(sector, true, null);
      List<UnitAssignment> units = scenario.distribute(sector);
      unit = units.get(0);
      scenario.draftSubPlan(scenario.unitProcess(unit));
      sectorId = sector.getId();
    }

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      init(engine);
      CascadeScenario scenario = second.getBean(CascadeScenario.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("DirectiveCascadeProcess").count())
          .isEqualTo(1);
      ProcessInstance sector = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sectorId).singleResult();
      assertThat(sector).isWaitingAt("Task_AwaitUnits");
      ProcessInstance unitProcess = scenario.unitProcess(unit);
      assertThat(unitProcess).isWaitingAt("Task_ReportActivities");
      UnitAssignmentRepository assignments = second.getBean(UnitAssignmentRepository.class);
      UnitAssignment reloaded = assignments.findById(unit.getId()).orElseThrow();
      assertThat(reloaded.getStatus()).isEqualTo(AssignmentStatus.SUB_PLAN_DRAFTED);
      // the index the application adds to the engine's schema (database.EngineIndexes) is there, once, after a restart
      assertThat(indexedColumns(second, "ACT_RU_TASK")).as("indexes of ACT_RU_TASK by column")
          .containsEntry("PARENT_TASK_ID_", List.of("CASCADE_IDX_TASK_PARENT"));
      assertThat(second.getBean(SubPlanRepository.class).findByAssignment(reloaded)).isPresent();

      scenario.reportActivities(unitProcess);
      scenario.nominate(unitProcess, "[]");
      scenario.runJobs(List.of(unitProcess.getId()));
      assertThat(unitProcess).isEnded();
      assertThat(assignments.findById(unit.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
    }
  }

  /** The indexes of a table, by their first column (upper case), read through JDBC's metadata on H2 and PostgreSQL. */
  static Map<String, List<String>> indexedColumns(ConfigurableApplicationContext app, String table) {
    try (Connection connection = app.getBean(DataSource.class).getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
      Map<String, List<String>> byColumn = new TreeMap<>();
      try (ResultSet rows = meta.getIndexInfo(null, null, name, false, false)) {
        while (rows.next()) {
          if (rows.getShort("ORDINAL_POSITION") == 1 && rows.getString("INDEX_NAME") != null) {
            byColumn.computeIfAbsent(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), c -> new ArrayList<>())
                .add(rows.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
      return byColumn;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void remindersThatCameDueWhileTheApplicationWasDown_goOutOnceAfterItStarts() {
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector;
    List<UnitAssignment> units;
    try (ConfigurableApplicationContext first = start()) {
      CascadeScenario scenario = first.getBean(CascadeScenario.class);
      init(first.getBean(ProcessEngine.class));
      sector = scenario.startDirective();
      scenario.draftPlan(sector);
      scenario.decidePlan(sector, true, null);
      units = scenario.distribute(sector);
    }

    // down over two reminder days (23/5 and 26/5); back on 26/5 at 10:00
    CascadeScenario.setVietnamTime(5, 26, 10);
    try (ConfigurableApplicationContext second = start()) {
      CascadeScenario scenario = second.getBean(CascadeScenario.class);
      init(second.getBean(ProcessEngine.class));
      SentNotificationRepository sent = second.getBean(SentNotificationRepository.class);
      scenario.runAllJobs(sector);
      scenario.runAllJobs(sector);
      for (UnitAssignment unit : units) {
        assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId()))
            .extracting(SentNotification::getPoint).containsExactly(LocalDate.of(2023, 5, 26));
      }
    }
  }
}
