package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.cascade.CascadeApplication;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.report.ReportStatus;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * The documented backup and restore (docs/operations.md "Backups"): a backup taken while a cascade runs
 * — officers submitting at that very moment — is restored into a fresh database; the application
 * started on it finds every unit exactly as one committed state left it (no half-written submission)
 * and the cascade completes there, report sent. One subclass per database, each with its own way of
 * backing up and restoring.
 */
abstract class BackupRestoreTest {

  static final int SMTP_PORT = FreePort.find();

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @TempDir Path dir;

  /** The database the running application uses. */
  protected abstract List<String> database();

  /** Takes a backup of the running application's database; returns the backup file. */
  protected abstract Path backUp(ConfigurableApplicationContext running) throws Exception;

  /** Restores the backup into a fresh database (the application is stopped); returns its settings. */
  protected abstract List<String> restore(Path backup) throws Exception;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  protected ConfigurableApplicationContext start(List<String> database, String engineName) {
    List<String> args = new ArrayList<>(database);
    args.add("--server.port=0");
    args.add("--spring.mail.host=localhost");
    args.add("--spring.mail.port=" + SMTP_PORT);
    args.add("--cascade.backup.directory=" + dir.resolve("backups"));
    // an engine of its own name, so that Camunda's static engine registry keeps the other tests' engine
    args.add("--camunda.bpm.process-engine-name=" + engineName);
    return new SpringApplicationBuilder(CascadeApplication.class, CascadeScenario.class)
        .profiles("demo", "test")
        .run(args.toArray(String[]::new));
  }

  protected static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  @Test
  void backupTakenDuringARunningCascade_restoresIntoAFreshDatabase_whereTheCascadeCompletes() throws Exception {
    CascadeScenario.setVietnamTime(5, 12, 8);
    String sectorId;
    List<Long> finishedBefore = new ArrayList<>();
    Path backup;
    try (ConfigurableApplicationContext running = start(database(), "backupSource")) {
      CascadeScenario scenario = running.getBean(CascadeScenario.class);
      init(running.getBean(ProcessEngine.class));
      ProcessInstance sector = scenario.startDirective();
      scenario.draftPlan(sector);
      scenario.decidePlan(sector, true, null);
      List<UnitAssignment> units = scenario.distribute(sector);
      sectorId = sector.getId();
      // six units have done their part (two of them nominated exemplars, waiting for review)
      for (int i = 0; i < 6; i++) {
        ProcessInstance unit = scenario.unitProcess(units.get(i));
        scenario.completeUnit(unit, i % 3 == 0 ? CascadeScenario.nominations("Trần Thị Bình " + i, "Khoa Dược " + i) : "[]");
        scenario.runJobs(List.of(unit.getId()));
        finishedBefore.add(units.get(i).getId());
      }
      // the others draft their sub-plans while the backup is being taken
      CompletableFuture<Void> officersAtWork = CompletableFuture.runAsync(() -> {
        for (UnitAssignment unit : units.subList(6, units.size())) {
          scenario.draftSubPlan(scenario.unitProcess(unit));
        }
      });
      backup = backUp(running);
      officersAtWork.get(2, TimeUnit.MINUTES);
    }

    List<String> restored = restore(backup);
    try (ConfigurableApplicationContext second = start(restored, "backupRestored")) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      init(engine);
      CascadeScenario scenario = second.getBean(CascadeScenario.class);
      UnitAssignmentRepository assignments = second.getBean(UnitAssignmentRepository.class);
      SubPlanRepository subPlans = second.getBean(SubPlanRepository.class);
      ProcessInstance sector = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sectorId).singleResult();
      assertThat(sector).isWaitingAt("Task_AwaitUnits");
      List<UnitAssignment> units = scenario.assignmentsOf(sector);
      assertThat(units).hasSize(18);

      // every unit is in one committed state: its row, its own records and its process agree
      for (UnitAssignment unit : units) {
        boolean finished = finishedBefore.contains(unit.getId());
        ProcessInstance process = scenario.unitProcess(unit);
        if (finished && unit.getStatus() == AssignmentStatus.SUBMITTED && process != null) {
          assertThat(process).isWaitingAt("Task_ReviewNominations");
        } else if (finished) {
          assertThat(unit.getStatus()).isIn(AssignmentStatus.SUBMITTED, AssignmentStatus.REVIEWED);
        } else if (unit.getStatus() == AssignmentStatus.SUB_PLAN_DRAFTED) {
          assertThat(process).isWaitingAt("Task_ReportActivities");
          assertThat(subPlans.findByAssignment(unit)).isPresent();
        } else {
          assertThat(unit.getStatus()).isEqualTo(AssignmentStatus.ISSUED);
          assertThat(process).isWaitingAt("Task_DraftSubPlan");
          assertThat(subPlans.findByAssignment(unit)).isEmpty();
        }
      }

      // the cascade carries on in the restored database and completes
      TaskService tasks = engine.getTaskService();
      NominationRepository nominations = second.getBean(NominationRepository.class);
      for (UnitAssignment unit : units) {
        ProcessInstance process = scenario.unitProcess(unit);
        if (process == null) {
          continue;
        }
        if (unit.getStatus() == AssignmentStatus.ISSUED) {
          scenario.draftSubPlan(process);
        }
        if (!finishedBefore.contains(unit.getId())) {
          scenario.reportActivities(process);
          scenario.nominate(process, "[]");
        } else {
          List<Nomination> own = nominations.findByAssignment(unit);
          Task review = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_ReviewNominations")
              .singleResult();
          tasks.complete(review.getId(), Map.of("reviewDecisionsJson", """
              [{"id":%d,"accepted":true},{"id":%d,"accepted":true}]""".formatted(own.get(0).getId(), own.get(1).getId())));
        }
        scenario.runJobs(List.of(process.getId()));
        assertThat(process).isEnded();
      }
      assertThat(sector).isWaitingAt("Task_CompileReportFigures");
      scenario.runJobs(List.of(sectorId));
      Task compile = tasks.createTaskQuery().processInstanceId(sectorId).taskDefinitionKey("Task_CompileReport").singleResult();
      tasks.complete(compile.getId(), Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc.",
          "reportShortcomings", "Không có.", "reportProposals", "Không có."));
      Task sign = tasks.createTaskQuery().processInstanceId(sectorId).taskDefinitionKey("Task_SignReport").singleResult();
      tasks.complete(sign.getId(), Map.of("reportApproved", true));
      scenario.runJobs(List.of(sectorId));
      assertThat(sector).isEnded().hasPassed("Task_IssueReport", "Task_SendReport");

      var report = second.getBean(ResultsReportRepository.class).findByDirective(scenario.directiveOf(sector)).orElseThrow();
      assertThat(report.getStatus()).isEqualTo(ReportStatus.SENT);
      assertThat(assignments.findByDirectiveWithUnit(scenario.directiveOf(sector))).extracting(UnitAssignment::getStatus)
          .containsOnly(AssignmentStatus.SUBMITTED, AssignmentStatus.REVIEWED);
      assertThat(nominations.findByDirective(scenario.directiveOf(sector))).hasSize(4);
      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).anySatisfy(m -> assertThat(m.getSubject()).startsWith("[Báo cáo] Số " + report.getNumber()));
    }
  }
}
