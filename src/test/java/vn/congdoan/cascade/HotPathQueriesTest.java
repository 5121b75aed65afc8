package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.OrganisationUnitRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.EngineStatements;

/**
 * The queries run for every unit at the fan-out, at a completion and at a reminder are JPQL, whose
 * translation Hibernate keeps in its query plan cache: asked a second time, they hit it. (A Spring Data
 * query derived from a method's name is a criteria query, which Hibernate 6 translates again on every
 * call: 12.7 % of the fan-out's CPU in issue 17's profile.) And what one unit's reminder and one unit's
 * completion cost in SQL statements, the engine's (MyBatis) and the application's (Hibernate), as a bound
 * that a change adding statements to these paths has to raise knowingly (docs/benchmarks.md, issue 17).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class HotPathQueriesTest {

  /**
   * A unit's reminder, its share of a batch of five of the parent's reminders (issue 17, step 7: 7.6, of which the
   * batch's own, the sweep's position in three variables included, shared by the five; a batch of 200 shares them by
   * 200. As one job of the unit's own timer it was 23 statements: step 3). See docs/benchmarks.md.
   */
  private static final double REMINDER_STATEMENTS = 8;
  /**
   * Measured when the audit stopped reading the history (issue 17, step 3: 58; see docs/benchmarks.md), plus the
   * parent office's read grant on the unit's next task (issue 14, security.UnitTaskVisibility: its insert and the
   * engine's reads around it, 3 statements: 61). Issue 17, step 4: the next task's stored variables and the stored
   * grants naming it are not looked up, being new (engine.EngineInternals): 58. Step 9: what a form shows is worked out
   * as it is opened, not stored in the engine (form.OpenedForms): the next task's shown variables and their history
   * rows, and the removal of the completed task's, are gone: 38.
   */
  private static final long COMPLETION_STATEMENTS = 38;
  /**
   * A unit's start in the fan-out, its share of a batch of five (issue 17, step 4: 47.8; a job per unit was 64.6
   * statements and a transaction per unit; step 7, without the unit's own reminder timer and its cycle variable:
   * 44.4; step 9, without the sub-plan form's shown values stored as task variables: 36.4). Nearly all inserts, which
   * the engine sends in JDBC batches.
   */
  private static final double UNIT_START_STATEMENTS = 37;

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired JdbcTemplate jdbc;

  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired TransactionTemplate transaction;
  @Autowired DirectiveRepository directives;
  @Autowired ImplementingPlanRepository plans;
  @Autowired IssuedDocumentRepository documents;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired SubPlanRepository subPlans;
  @Autowired ActivityReportRepository activityReports;
  @Autowired NominationRepository nominations;
  @Autowired SentNotificationRepository sent;
  @Autowired OfficerRepository officers;
  @Autowired OrganisationUnitRepository units;

  @Test
  void theQueriesOfTheHotPaths_areTranslatedOnce() {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    transaction.executeWithoutResult(status -> {
      Directive directive = directives.getReferenceById(-1L);
      UnitAssignment assignment = assignments.getReferenceById(-1L);
      OrganisationUnit unit = units.findAll().get(0);
      Map<String, Runnable> queries = new LinkedHashMap<>();
      queries.put("ImplementingPlanRepository.findByDirective", () -> plans.findByDirective(directive));
      queries.put("IssuedDocumentRepository.findByDirectiveIdAndKind", () -> documents.findByDirectiveIdAndKind(-1L, DocumentKind.PLAN));
      queries.put("UnitAssignmentRepository.findWithContext", () -> assignments.findWithContext(-1L));
      queries.put("UnitAssignmentRepository.countByDirectiveAndProcessInstanceIdIsNull",
          () -> assignments.countByDirectiveAndProcessInstanceIdIsNull(directive));
      queries.put("UnitAssignmentRepository.existsByDirectiveAndFinishedAtIsNull",
          () -> assignments.existsByDirectiveAndFinishedAtIsNull(directive));
      queries.put("UnitAssignmentRepository.existsByDirectiveAndUnit_CodeIn",
          () -> assignments.existsByDirectiveAndUnit_CodeIn(directive, List.of(unit.getCode())));
      queries.put("SubPlanRepository.findByAssignment", () -> subPlans.findByAssignment(assignment));
      queries.put("ActivityReportRepository.findByAssignment", () -> activityReports.findByAssignment(assignment));
      queries.put("NominationRepository.existsByAssignment", () -> nominations.existsByAssignment(assignment));
      queries.put("SentNotificationRepository.existsByKindAndSubjectIdAndPoint",
          () -> sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, -1L, LocalDate.of(2023, 5, 23)));
      queries.put("OfficerRepository.findByUsername", () -> officers.findByUsername("nobody"));
      queries.put("OfficerRepository.findByUnitAndActiveTrueOrderByUsername", () -> officers.findByUnitAndActiveTrueOrderByUsername(unit));
      queries.put("OrganisationUnitRepository.findByCode", () -> units.findByCode("nothing"));
      queries.forEach((name, query) -> {
        query.run();
        long hits = statistics.getQueryPlanCacheHitCount();
        query.run();
        assertThat(statistics.getQueryPlanCacheHitCount()).as(name + ", asked again, hits the query plan cache")
            .isGreaterThan(hits);
      });
    });
  }

  @AfterEach
  void resetTime() {
    CascadeScenario.resetTime();
  }

  /**
   * The units' reminders are sent by the sector, a batch per job: its daily timer's job only asks whether any is due
   * (two statements of the application's, whatever the number of units), and each batch reads what its e-mails need
   * for all its units together. The statements of the second batch (the first warmed the caches), per unit, counted
   * from the job's execution (the job executor adds its acquisition, one query for many jobs, and one lock update
   * per job).
   */
  @Test
  void remindersAreSentInBatches_withABoundedNumberOfStatementsPerUnit() {
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    EngineStatements engineStatements = EngineStatements.of(engine);

    CascadeScenario.setVietnamTime(5, 23, 9);
    Job timer = sectorJob(sector, "BoundaryEvent_ChildReminderDue");
    long jpaBefore = statistics.getPrepareStatementCount();
    management.executeJob(timer.getId());
    assertThat(statistics.getPrepareStatementCount() - jpaBefore).as("the gateway's statements").isLessThanOrEqualTo(3);
    management.executeJob(sectorJob(sector, "Task_RemindChildUnits").getId()); // the first batch warms the caches
    long remindedBefore = units.stream().filter(u -> !sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, u.getId())
        .isEmpty()).count();

    Job batch = sectorJob(sector, "Task_RemindChildUnits");
    engineStatements.start();
    jpaBefore = statistics.getPrepareStatementCount();
    management.executeJob(batch.getId());
    long jpa = statistics.getPrepareStatementCount() - jpaBefore;
    Map<String, Long> byName = engineStatements.stop();
    long reminded = units.stream().filter(u -> !sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, u.getId())
        .isEmpty()).count() - remindedBefore;
    long total = engineStatements.total() + jpa;
    double perUnit = (double) total / reminded;
    System.out.printf("One batch of %d reminders: %d statements (%.1f per unit), %d engine %s, %d application (Hibernate)%n",
        reminded, total, perUnit, engineStatements.total(), byName, jpa);

    assertThat(remindedBefore).as("the first batch").isEqualTo(5);
    assertThat(reminded).as("the second batch").isEqualTo(5);
    for (UnitAssignment unit : units) {
      assertThat(management.createJobQuery().processInstanceId(unit.getProcessInstanceId()).count()).as("a unit's jobs").isZero();
    }
    assertThat(sectorJob(sector, "Task_RemindChildUnits").getId()).as("the next batch, a job of its own").isNotEqualTo(batch.getId());
    assertThat(perUnit).as("statements of one unit's reminder").isLessThanOrEqualTo(REMINDER_STATEMENTS);
  }

  /**
   * A unit's completion of its sub-plan (the form's validation, the sub-plan stored, the audit row, the
   * next task): its statements. The audit trail's row is written from what the completion has in memory,
   * without reading the process's variables back from the history.
   */
  @Test
  void aCompletion_hasABoundedNumberOfStatements_andTheAuditReadsNoHistory() {
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    EngineStatements engineStatements = EngineStatements.of(engine);

    scenario.draftSubPlan(scenario.unitProcess(units.get(0))); // warms the caches
    ProcessInstance unit = scenario.unitProcess(units.get(1));
    engineStatements.start();
    long jpaBefore = statistics.getPrepareStatementCount();
    scenario.draftSubPlan(unit);
    long jpa = statistics.getPrepareStatementCount() - jpaBefore;
    Map<String, Long> byName = engineStatements.stop();
    long total = engineStatements.total() + jpa;
    System.out.printf("One completion: %d statements, %d engine %s, %d application (Hibernate)%n", total,
        engineStatements.total(), byName, jpa);

    assertThat(jdbc.queryForList("select step, outcome, detail from audit_entry where assignment_id = ?", units.get(1).getId()))
        .singleElement().satisfies(row -> {
          assertThat(row.get("STEP")).isEqualTo("Task_DraftSubPlan");
          assertThat(row.get("OUTCOME")).isEqualTo("SUBMITTED");
          assertThat((String) row.get("DETAIL")).startsWith("Kế hoạch số ");
        });
    // the engine itself reads a removed form variable's history row by id to update it (selectHistoricVariableInstance)
    assertThat(engineStatements.count("selectHistoricVariableInstanceByQueryCriteria")).as("history queried by the audit").isZero();
    assertThat(total).as("statements of one completion").isLessThanOrEqualTo(COMPLETION_STATEMENTS);
  }

  /**
   * The fan-out, per unit: its share of the sector's batch, in which the unit's instance starts with its variables,
   * its sub-plan task with the form's values, its message subscriptions and its grants — no job
   * of its own (one was a transaction and about twenty round trips more per unit: issue 17, step 4). The second
   * batch is counted, after the first warmed the caches.
   */
  @Test
  void aUnitsStart_isPartOfItsBatch_withABoundedNumberOfStatements() {
    ManagementService management = engine.getManagementService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    EngineStatements engineStatements = EngineStatements.of(engine);
    management.executeJob(sectorJob(sector, "Task_IssuePlan").getId());
    management.executeJob(sectorJob(sector, "Task_StartUnitProcesses").getId());
    List<String> firstBatch = startedUnits(sector);

    Job batch = sectorJob(sector, "Task_StartUnitProcesses");
    engineStatements.start();
    long jpaBefore = statistics.getPrepareStatementCount();
    management.executeJob(batch.getId());
    long jpa = statistics.getPrepareStatementCount() - jpaBefore;
    Map<String, Long> byName = engineStatements.stop();
    List<String> secondBatch = startedUnits(sector).stream().filter(id -> !firstBatch.contains(id)).toList();
    long total = engineStatements.total() + jpa;
    double perUnit = (double) total / secondBatch.size();
    System.out.printf("One batch of %d units: %d statements (%.1f per unit), %d engine %s, %d application (Hibernate)%n",
        secondBatch.size(), total, perUnit, engineStatements.total(), byName, jpa);

    assertThat(secondBatch).as("units of the second batch").hasSizeGreaterThan(1);
    for (String unit : secondBatch) {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(unit).taskDefinitionKey("Task_DraftSubPlan")
          .count()).as("the unit's first task, made in the batch").isEqualTo(1);
      assertThat(management.createJobQuery().processInstanceId(unit).count()).as("the unit's jobs (its reminders are the sector's)")
          .isZero();
    }
    // nothing is looked up per unit that the batch has (the assignment, the plan) or that cannot exist yet (a new
    // task's stored variables or grants): what is left per unit is inserts, and the assignment's update
    assertThat(engineStatements.count("selectAuthorizationByParameters")).as("grants of a new task looked up").isZero();
    assertThat(engineStatements.count("selectVariablesByTaskId")).as("variables of a new task looked up").isZero();
    assertThat(jpa).as("the application's statements: the batch's reads, one update per unit").isLessThanOrEqualTo(
        secondBatch.size() + 4L);
    assertThat(perUnit).as("statements of one unit's start").isLessThanOrEqualTo(UNIT_START_STATEMENTS);
  }

  private Job sectorJob(ProcessInstance sector, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(sector.getId()).activityId(activityId).singleResult();
  }

  private List<String> startedUnits(ProcessInstance sector) {
    return scenario.assignmentsOf(sector).stream().map(UnitAssignment::getProcessInstanceId).filter(id -> id != null).toList();
  }
}
