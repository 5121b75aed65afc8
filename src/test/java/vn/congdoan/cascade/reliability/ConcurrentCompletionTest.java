package vn.congdoan.cascade.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.benchmark.BenchmarkOrganisation;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.ActivityReport;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlan;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Issue 7: many grassroots unions completing at the same moment. The whole application on a random
 * port with its job executor, a generated registry of {@value #UNITS} grassroots unions; a directive is
 * distributed to all of them, then in each round every unit's own officer submits the same step at
 * once (a start gate, one client thread per unit) through the engine's REST API, as Tasklist would:
 * the sub-plan, the activity report, the nominations (some units nominate, some send an empty list);
 * then the office reviews the nominated units' lists, all at once too. After every round each
 * completion must have been answered 204 (never a 5xx or an engine exception), be recorded in the
 * application's tables, and have moved its unit's process exactly one step; in the end every unit has
 * finished, no job has failed for good, and the sector's process has gone on to compile the report.
 * Repeated: each repetition runs a fresh directive in the same application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.process-engine-name=concurrency", "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500",
        "logging.level.vn.congdoan.cascade=WARN"})
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentCompletionTest {

  static final int UNITS = 60;
  private static final Logger log = LoggerFactory.getLogger(ConcurrentCompletionTest.class);
  private static final AtomicInteger DIRECTIVES = new AtomicInteger();
  private static final List<String> TIMINGS = new ArrayList<>();
  private static final String MOVEMENT = "lao-dong-gioi-sang-tao";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired SubPlanRepository subPlans;
  @Autowired ActivityReportRepository activityReports;
  @Autowired NominationRepository nominations;
  @Autowired PlatformTransactionManager transactions;

  private final LocalDate today = LocalDate.now(VietnamTime.ZONE);

  /** The generated registry: a sector union with its office and chair, and {@value #UNITS} grassroots unions. */
  @DynamicPropertySource
  static void organisation(DynamicPropertyRegistry registry) {
    registry.add("cascade.organisation.data-file", () -> "file:" + registryFile());
  }

  private static synchronized Path registryFile() {
    try {
      Path file = Path.of("target/concurrency/organisation-" + UNITS + ".yaml").toAbsolutePath();
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        BenchmarkOrganisation.write(UNITS, file);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the engine logs while a repetition runs: job failures (WARN) and errors. */
  private final ListAppender<ILoggingEvent> engineLog = new ListAppender<>();

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
    engineLog.start();
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.camunda.bpm")).addAppender(engineLog);
    // the listener hears the engine's loggers (an assertion on an empty list proves nothing otherwise)
    LoggerFactory.getLogger("org.camunda.bpm.engine.test-probe").warn("Concurrency test: listening to the engine's log");
    assertThat(engineLog.list).extracting(ILoggingEvent::getFormattedMessage).contains("Concurrency test: listening to the engine's log");
  }

  @AfterEach
  void stopListening() {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.camunda.bpm")).detachAppender(engineLog);
  }

  @AfterAll
  static void printTimings() {
    log.warn("Concurrent completions, {} units: {}", UNITS, String.join("; ", TIMINGS));
    TIMINGS.clear();
  }

  private EngineRestClient as(String user) {
    return new EngineRestClient(port, "/engine-rest/engine/" + engine.getName(), user, "demo");
  }

  /** One grassroots union of the directive: its assignment, process instance, officer and position in the registry. */
  private record Unit(long assignmentId, String processInstanceId, String officer, int number) {

    /** Every third unit nominates one to three exemplars; the others send an empty list. */
    int nominationCount() {
      return number % 3 == 0 ? 1 + (number / 3) % 3 : 0;
    }
  }

  /** What one officer's submission got back. */
  private record Outcome(Unit unit, int status, Map<String, Object> body) {}

  @RepeatedTest(2)
  void everyUnitCompletingAtOnce_isRecorded_andNoneIsLost(RepetitionInfo repetition) throws Exception {
    long began = System.nanoTime();
    String sector = startAndApproveDirective();
    EngineRestClient office = as(BenchmarkOrganisation.OFFICE);
    await("the fan-out to " + UNITS + " units", () -> openTasks("Task_DraftSubPlan", null).size() == UNITS);
    Directive directive = directives.findByProcessInstanceId(sector).orElseThrow();
    List<Unit> units = unitsOf(directive);
    assertThat(units).hasSize(UNITS).allSatisfy(u -> assertThat(u.processInstanceId()).isNotNull());
    String fanOut = seconds(began);

    ExecutorService clients = Executors.newFixedThreadPool(UNITS);
    List<String> rounds = new ArrayList<>();
    try {
      // round 1: every unit's sub-plan at once
      // a unit numbers its plans in one series a year: each repetition's plan gets the next number
      rounds.add(round(clients, units, "Task_DraftSubPlan", Unit::officer, u -> variables("subPlanNumber",
          repetition.getCurrentRepetition() + "/KH-CĐCS",
          "subPlanIssuedOn", today.toString(), "subPlanContent", "Kế hoạch của Công đoàn cơ sở số " + u.number())));
      inTransaction(() -> {
        Map<Long, SubPlan> recorded = subPlans.findAll().stream().filter(p -> p.getAssignment().getDirective().getId().equals(directive.getId()))
            .collect(Collectors.toMap(p -> p.getAssignment().getId(), Function.identity()));
        assertThat(recorded).as("sub-plans recorded").hasSize(UNITS);
        for (Unit u : units) {
          assertThat(recorded.get(u.assignmentId()).getContent()).isEqualTo("Kế hoạch của Công đoàn cơ sở số " + u.number());
          assertThat(recorded.get(u.assignmentId()).getDraftedBy()).isEqualTo(u.officer());
        }
        assertThat(assignments.findByDirectiveWithUnit(directive)).extracting(UnitAssignment::getStatus)
            .containsOnly(AssignmentStatus.SUB_PLAN_DRAFTED);
      });
      assertMovedOneStep(units, "Task_DraftSubPlan", "Task_ReportActivities");

      // round 2: every unit's activity report at once
      rounds.add(round(clients, units, "Task_ReportActivities", Unit::officer, u -> variables("propagandaSessions", 1 + u.number() % 4,
          "participants", 100 + u.number(), "articles", u.number() % 3, "initiatives", u.number() % 2,
          "activitySummary", "Đã tổ chức tuyên truyền tại Công đoàn cơ sở số " + u.number())));
      inTransaction(() -> {
        Map<Long, ActivityReport> recorded = activityReports.findByDirective(directive).stream()
            .collect(Collectors.toMap(r -> r.getAssignment().getId(), Function.identity()));
        assertThat(recorded).as("activity reports recorded").hasSize(UNITS);
        for (Unit u : units) {
          ActivityReport report = recorded.get(u.assignmentId());
          assertThat(report.figures()).isEqualTo(new ActivityReport.ActivityFigures(1 + u.number() % 4, 100 + u.number(),
              u.number() % 3, u.number() % 2));
          assertThat(report.getReportedBy()).isEqualTo(u.officer());
        }
      });
      assertMovedOneStep(units, "Task_ReportActivities", "Task_NominateExemplars");

      // round 3: every unit's nominations at once, some lists empty
      rounds.add(round(clients, units, "Task_NominateExemplars", Unit::officer,
          u -> variables("nominationsJson", nominationsOf(u))));
      List<Unit> nominating = units.stream().filter(u -> u.nominationCount() > 0).toList();
      List<Unit> empty = units.stream().filter(u -> u.nominationCount() == 0).toList();
      assertThat(nominating).isNotEmpty();
      assertThat(empty).isNotEmpty();
      Map<Unit, List<Long>> nominationIds = new LinkedHashMap<>();
      inTransaction(() -> {
        Map<Long, List<Nomination>> recorded = nominations.findByDirective(directive).stream()
            .collect(Collectors.groupingBy(n -> n.getAssignment().getId()));
        assertThat(recorded).as("units with nominations recorded").hasSize(nominating.size());
        for (Unit u : nominating) {
          assertThat(recorded.get(u.assignmentId())).as("nominations of unit %d", u.number())
              .extracting(Nomination::getName).containsExactlyInAnyOrderElementsOf(nomineeNames(u));
          assertThat(recorded.get(u.assignmentId())).extracting(Nomination::getStatus).containsOnly(NominationStatus.PROPOSED);
          nominationIds.put(u, recorded.get(u.assignmentId()).stream().map(Nomination::getId).sorted().toList());
        }
        assertThat(assignments.findByDirectiveWithUnit(directive)).allSatisfy(a -> assertThat(a.getSubmittedAt()).isNotNull());
      });
      assertMovedOneStep(nominating, "Task_NominateExemplars", "Task_ReviewNominations");
      assertFinished(empty, "Task_NominateExemplars");

      // round 4: the office reviews every nominating unit's list at once; the last one finishes the directive
      rounds.add(round(clients, nominating, "Task_ReviewNominations", u -> BenchmarkOrganisation.OFFICE,
          u -> variables("reviewDecisionsJson", decisions(nominationIds.get(u)))));
      inTransaction(() -> {
        for (Unit u : nominating) {
          List<NominationStatus> expected = new ArrayList<>();
          for (int i = 0; i < u.nominationCount(); i++) {
            expected.add(i == 0 ? NominationStatus.ACCEPTED : NominationStatus.REJECTED);
          }
          assertThat(nominations.findByAssignment(assignments.getReferenceById(u.assignmentId())))
              .as("decisions on unit %d's nominations", u.number())
              .extracting(Nomination::getStatus).containsExactlyElementsOf(expected);
        }
      });
      assertFinished(nominating, "Task_ReviewNominations");
    } finally {
      clients.shutdownNow();
    }

    // every unit finished, the sector's process moved on to compiling the report, exactly once
    inTransaction(() -> assertThat(assignments.findByDirectiveWithUnit(directive))
        .allSatisfy(a -> assertThat(a.getFinishedAt()).isNotNull()));
    await("the compile task", () -> !office.list("/task?processInstanceId={pi}&taskDefinitionKey=Task_CompileReport", sector).isEmpty());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sector).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("Task_CompileReport");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    await("every job done", () -> engine.getManagementService().createJobQuery().processInstanceId(sector).executable().count() == 0);

    // no engine error was logged (a refused form is not logged as one); jobs that collided on an
    // optimistic lock were retried by the job executor, which is by design: counted for the record
    List<ILoggingEvent> events = List.copyOf(engineLog.list);
    assertThat(events).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .as("engine errors").extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    long jobFailures = events.stream().filter(e -> e.getFormattedMessage().contains("ENGINE-14006")).count();
    long optimisticLocks = events.stream().filter(e -> e.getFormattedMessage().contains("ENGINE-14006")
        && e.getFormattedMessage().contains("OptimisticLockingException")).count();
    assertThat(jobFailures).as("job failures other than optimistic locking").isEqualTo(optimisticLocks);

    String timing = "run %d: fan-out %s s, %s, whole run %s s, %d job retries after an optimistic lock"
        .formatted(repetition.getCurrentRepetition(), fanOut, String.join(", ", rounds), seconds(began), optimisticLocks);
    log.warn("Concurrent completions ({}): {}", UNITS, timing);
    TIMINGS.add(timing);
  }

  /**
   * One round: each unit's officer looks up and claims their task, then all of them wait at the start
   * gate and submit the form at the same moment. Every answer must be 204.
   */
  private String round(ExecutorService clients, List<Unit> units, String taskKey, Function<Unit, String> officer,
      Function<Unit, Map<String, Object>> form) throws Exception {
    List<Future<Outcome>> submitted = new ArrayList<>();
    long[] opened = new long[1];
    CyclicBarrier timedGate = new CyclicBarrier(units.size(), () -> opened[0] = System.nanoTime());
    for (Unit unit : units) {
      submitted.add(clients.submit(() -> {
        EngineRestClient client = as(officer.apply(unit));
        Map<String, Object> task = client.task(unit.processInstanceId(), taskKey);
        ResponseEntity<Map<String, Object>> claimed = client.post("/task/{id}/claim", Map.of("userId", client.user()), task.get("id"));
        if (claimed.getStatusCode().value() != 204) {
          return new Outcome(unit, claimed.getStatusCode().value(), claimed.getBody());
        }
        awaitGate(timedGate);
        ResponseEntity<Map<String, Object>> response = client.post("/task/{id}/submit-form", form.apply(unit), task.get("id"));
        return new Outcome(unit, response.getStatusCode().value(), response.getBody());
      }));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> outcome : submitted) {
      outcomes.add(outcome.get(2, TimeUnit.MINUTES));
    }
    String took = seconds(opened[0]);
    List<Outcome> refused = outcomes.stream().filter(o -> o.status() != 204).toList();
    refused.forEach(o -> log.error("{} of unit {} answered {}: {}", taskKey, o.unit().number(), o.status(), o.body()));
    assertThat(refused).as("%s: submissions not answered 204 (status and body): %s", taskKey,
        refused.stream().map(o -> "unit " + o.unit().number() + " → " + o.status() + " " + o.body()).toList()).isEmpty();
    return "%s ×%d %s s".formatted(taskKey, units.size(), took);
  }

  private static void awaitGate(CyclicBarrier gate) throws InterruptedException, BrokenBarrierException, TimeoutException {
    gate.await(1, TimeUnit.MINUTES);
  }

  /** Each unit completed the step once and now has exactly the next task open, nothing else. */
  private void assertMovedOneStep(List<Unit> units, String done, String next) {
    for (Unit u : units) {
      assertThat(completedTasks(u, done)).as("%s of unit %d completed", done, u.number()).hasSize(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(u.processInstanceId()).list())
          .as("open tasks of unit %d", u.number()).extracting(Task::getTaskDefinitionKey).containsExactly(next);
    }
  }

  /** Each unit completed its last step once and its process has ended. */
  private void assertFinished(List<Unit> units, String done) {
    String[] ids = units.stream().map(Unit::processInstanceId).toArray(String[]::new);
    await(units.size() + " unit processes to end", () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(java.util.Set.of(ids)).completed().count() == units.size());
    for (Unit u : units) {
      assertThat(completedTasks(u, done)).as("%s of unit %d completed", done, u.number()).hasSize(1);
      HistoricProcessInstance process = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(u.processInstanceId()).singleResult();
      assertThat(process.getState()).isEqualTo("COMPLETED");
      assertThat(process.getEndActivityId()).isEqualTo("EndEvent_SectorNotified");
    }
  }

  private List<HistoricTaskInstance> completedTasks(Unit unit, String taskKey) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(unit.processInstanceId())
        .taskDefinitionKey(taskKey).finished().list();
  }

  private List<Task> openTasks(String taskKey, String processInstanceId) {
    var query = engine.getTaskService().createTaskQuery().processDefinitionKey("GrassrootsUnionProcess").taskDefinitionKey(taskKey);
    return (processInstanceId == null ? query : query.processInstanceId(processInstanceId)).list();
  }

  private String startAndApproveDirective() {
    int n = DIRECTIVES.incrementAndGet();
    EngineRestClient office = as(BenchmarkOrganisation.OFFICE);
    EngineRestClient chair = as(BenchmarkOrganisation.CHAIR);
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", (700 + n) + "/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(2).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình",
            "directiveSubject", "Kiểm thử đồng thời: " + UNITS + " CĐCS hoàn thành cùng lúc, lần " + n,
            "directiveDeadline", today.plusDays(15).toString()));
    assertThat(started.getStatusCode().value()).as("directive: %s", started.getBody()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    assertThat(office.submit(office.task(sector, "Task_DraftImplementingPlan"), variables(
        "planSubject", "Triển khai tới " + UNITS + " CĐCS", "planPurpose", "Kiểm thử hoàn thành đồng thời.",
        "planActivities", "Tuyên truyền; thi đua; xây dựng điển hình tiên tiến.",
        "planOrganisation", "Các CĐCS thực hiện trước hạn.")).getStatusCode().value()).isEqualTo(204);
    assertThat(chair.submit(chair.task(sector, "Task_ApprovePlan"), variables("planApproved", true))
        .getStatusCode().value()).isEqualTo(204);
    return sector;
  }

  private List<Unit> unitsOf(Directive directive) {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    return transaction.execute(s -> assignments.findByDirectiveWithUnit(directive).stream().map(a -> {
      int number = Integer.parseInt(a.getUnit().getCode().replace("cdcs-", ""));
      assertThat(a.getUnit().getCode()).isEqualTo(BenchmarkOrganisation.unitCode(number));
      return new Unit(a.getId(), a.getProcessInstanceId(), BenchmarkOrganisation.officerOf(number), number);
    }).toList());
  }

  private static List<String> nomineeNames(Unit unit) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= unit.nominationCount(); i++) {
      names.add("Nguyễn Thị Ắnh Tuyết " + unit.number() + "-" + i);
    }
    return names;
  }

  private static String nominationsOf(Unit unit) {
    StringBuilder json = new StringBuilder("[");
    List<String> names = nomineeNames(unit);
    for (int i = 0; i < names.size(); i++) {
      json.append(i == 0 ? "" : ",").append("""
          {"kind":"INDIVIDUAL","name":"%s","position":"Điều dưỡng","workplace":"Công đoàn cơ sở số %d",\
          "achievement":"Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận.","movementCode":"%s",\
          "recognitionCode":"GIAY_KHEN_NGANH"}""".formatted(names.get(i), unit.number(), MOVEMENT));
    }
    return json.append("]").toString();
  }

  /** The office accepts a unit's first nomination and turns down the others with a reason. */
  private static String decisions(List<Long> ids) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ids.size(); i++) {
      json.append(i == 0 ? "" : ",").append(i == 0 ? "{\"id\":%d,\"accepted\":true}".formatted(ids.get(i))
          : "{\"id\":%d,\"accepted\":false,\"reason\":\"Chưa đủ thời gian công tác\"}".formatted(ids.get(i)));
    }
    return json.append("]").toString();
  }

  private void inTransaction(Runnable check) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> check.run());
  }

  private static String seconds(long since) {
    return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
  }
}
