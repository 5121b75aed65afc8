package vn.congdoan.cascade.benchmark;

import static vn.congdoan.cascade.support.EngineRestClient.variables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.CascadeApplication;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.grassroots.ReminderPlanner;
import vn.congdoan.cascade.calendar.ReminderProperties;
import vn.congdoan.cascade.report.ResultsCompiler;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * The benchmark of docs/benchmarks.md; not a test ({@code ./mvnw verify} does not run it): run it with
 * {@code ./mvnw -Pbenchmark verify}. For each database (H2 file, PostgreSQL) and each number of
 * grassroots unions it starts the application on a fresh database with a generated registry, the job
 * executor on and mail going to a counting SMTP server ({@link SmtpSink}), then measures, in this order:
 * <ol>
 * <li>the fan-out: from the chair's approval (REST) until every unit's process runs;</li>
 * <li>completing units' tasks through the REST API after an untimed warm-up: one client, four at once, then eight;</li>
 * <li>the reminders of all units (engine time moved to their first reminder day) until every e-mail is in;</li>
 * <li>compiling the results report, once the units' rows are filled in directly in the database;</li>
 * <li>the bare engine in the same run: one instance per unit of a one-task process, started in transactions
 * of {@code cascade.start-batch-size} (the yardstick for the fan-out), several times, with the CPU time
 * per start; then one instance of a
 * process with one parallel multi-instance user
 * task over all units (no application code), started in one transaction, and its tasks completed
 * through the REST API with one and four clients (a collision is retried up to 20 times);</li>
 * <li>a restart on the same database and registry file, in a JVM of its own with an administrator's options
 * ({@link ChildApplication}): its start-up and registry synchronisation, which must leave Camunda's identity and
 * authorization rows as they were, then a second directive fanned out and completions, with that JVM's memory.</li>
 * </ol>
 * Before the first run the JVM does the same work once on a small registry of its own, not measured
 * ({@code benchmark.jit-warmup} units, 2,000; 0: none), so that the JIT compiler has compiled the application's paths and
 * the bare engine's alike.
 * Settings (system properties): {@code benchmark.databases} (h2,postgres), {@code benchmark.sizes}
 * (100,1000,10000), {@code benchmark.completions} (200 per client count), {@code benchmark.warmup} (untimed
 * completions first; as many as {@code benchmark.completions}), {@code benchmark.bare} (false: the application only),
 * {@code benchmark.bare-repeats} (3: runs of the bare engine's instance starts, each one instance per unit; the ratio
 * is to their median, the report gives the fastest and slowest too), {@code benchmark.bare-multi-instance} (false: without the naive shape), {@code benchmark.restart} (false: no restart), {@code benchmark.app-jvm-options} and
 * {@code benchmark.app-malloc-arena-max} (the restarted JVM's options: {@code -Xms64m -Xmx512m -XX:+UseSerialGC}, 2), {@code benchmark.output} (docs/benchmarks.md) and
 * {@code benchmark.h2-options} (what follows the H2 file's path in its URL; default: the options of the
 * application's default URL, {@code ;LOCK_TIMEOUT=10000;WRITE_DELAY=0}),
 * {@code benchmark.section} (the markers {@code <!-- section:begin -->}…{@code <!-- section:end -->}
 * between which the figures go; default "benchmark"). PostgreSQL: a database created beside
 * {@code CASCADE_TEST_POSTGRES_URL} (or jdbc:postgresql://127.0.0.1:5432/postgres) and dropped at the end.
 */
class CascadeBenchmark {

  private static final String BARE_PROCESS = "BareFanOutProcess";
  private static final String BARE_UNIT_PROCESS = "BareUnitProcess";
  private static final String OFFICE_GROUP = BenchmarkOrganisation.SECTOR + "-office";
  private static final Duration PATIENCE = Duration.ofMinutes(30);

  private final BenchmarkResults results = new BenchmarkResults();

  @Test
  void measure() throws Exception {
    List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
    List<Integer> sizes = Stream.of(System.getProperty("benchmark.sizes", "100,1000,10000").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    int completions = Integer.getInteger("benchmark.completions", 200);
    Path output = Path.of(System.getProperty("benchmark.output", "docs/benchmarks.md"));
    String section = System.getProperty("benchmark.section", "benchmark");
    try (MachineProbe probe = new MachineProbe()) {
      int warmUpUnits = Integer.getInteger("benchmark.jit-warmup", 2000);
      if (warmUpUnits > 0) {
        warmUpJvm(databases.get(0).trim(), warmUpUnits, probe);
      }
      for (String database : databases) {
        for (int units : sizes) {
          run(database.trim(), units, completions, probe);
          // after every run, so that a run that fails later loses nothing measured before it
          new BenchmarkReport(results, section).writeTo(output);
        }
      }
    }
  }

  /**
   * Before the first measured run, this JVM fans a directive out to {@code units} units of a registry and database
   * of their own, completes some of their tasks and runs the bare engine's instance starts, then drops them: the
   * JIT compiler has compiled the application's paths and the bare engine's alike, as in a node that has been up for
   * a while. Without it the fan-out, measured first, ran while the JIT compiler took more CPU than the job
   * thread (the bare engine, measured last, ran compiled), and the ratio between them measured the JIT compiler.
   */
  private void warmUpJvm(String database, int units, MachineProbe probe) throws Exception {
    log("=== JIT warm-up: %s, %,d units (not measured)", database, units);
    Path dir = Files.createDirectories(Path.of("target/benchmark").toAbsolutePath());
    Path organisation = BenchmarkOrganisation.write(units, dir.resolve("warm-up-" + units + ".yaml"));
    BenchmarkDatabase db = database.equals("postgres") ? BenchmarkDatabase.postgres(units) : BenchmarkDatabase.h2(dir, units);
    SmtpSink smtp = new SmtpSink();
    long t0 = System.nanoTime();
    try (ConfigurableApplicationContext app = startApplication(db, organisation, smtp.port())) {
      Benchmark warm = new Benchmark(new BenchmarkResults(), database, units, app, smtp, probe);
      warm.fanOut();
      warm.warmUp(Math.min(units / 2, 500));
      warm.bareStarts();
    } finally {
      ClockUtil.reset();
      smtp.close();
      db.drop();
    }
    log("JIT warm-up done in %.1f s", seconds(t0));
  }

  private void run(String database, int units, int completions, MachineProbe probe) throws Exception {
    log("=== %s, %,d units", database, units);
    Path dir = Files.createDirectories(Path.of("target/benchmark").toAbsolutePath());
    Path organisation = BenchmarkOrganisation.write(units, dir.resolve("organisation-" + units + ".yaml"));
    BenchmarkDatabase db = database.equals("postgres") ? BenchmarkDatabase.postgres(units) : BenchmarkDatabase.h2(dir, units);
    results.database(database, db.version());
    SmtpSink smtp = new SmtpSink();
    int smtpPort = smtp.port();
    ClockUtil.reset();
    probe.startRun();
    results.add(database, units, Measure.START_LOAD, MachineProbe.loadAverage());
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app = startApplication(db, organisation, smtpPort);
        AutoCloseable autovacuum = db.analyzeAsAutovacuumWould()) {
      results.add(database, units, Measure.START_UP, seconds(started));
      results.jobExecutor(jobExecutorSettings(app));
      Benchmark run = new Benchmark(results, database, units, app, smtp, probe);
      run.fanOut();
      double analyzed = db.analyzeIfNoAutovacuum();
      if (analyzed > 0) {
        log("autovacuum is off on this server: ANALYZE after the fan-out, as autovacuum would (%.1f s, not timed)", analyzed);
      }
      if (units >= 1000) {
        int warmUp = Integer.getInteger("benchmark.warmup", completions);
        run.warmUp(warmUp);
        probe.resetPeaks();
        run.completions(1, completions);
        run.completions(4, completions);
        if (units >= warmUp + 3 * completions) { // enough open tasks left after the warm-up, 1 and 4 clients
          run.completions(8, completions);
        }
        results.add(database, units, Measure.APP_COMPLETIONS_LOAD, probe.peakLoad());
        run.reminders();
        run.report();
      }
      if (!"false".equals(System.getProperty("benchmark.bare"))) {
        run.bareStarts();
        // the naive multi-instance shape: one transaction for every unit, minutes and gigabytes at 100,000
        if (!"false".equals(System.getProperty("benchmark.bare-multi-instance"))) {
          run.bare(units >= 1000 ? completions : 0);
        }
      }
      results.add(database, units, Measure.PEAK_RSS_MIB, probe.runPeakRssBytes() / 1048576.0);
      results.add(database, units, Measure.PEAK_HEAP_MIB, probe.runPeakHeapBytes() / 1048576.0);
      results.add(database, units, Measure.PEAK_LOAD, probe.runPeakLoad());
      if (!"false".equals(System.getProperty("benchmark.restart"))) {
        IdentityRows before = IdentityRows.read(app.getBean(JdbcTemplate.class));
        app.close();
        ClockUtil.reset();
        restart(database, units, completions, db, organisation, smtpPort, before);
      }
    } finally {
      ClockUtil.reset();
      smtp.close();
      db.drop();
    }
  }

  /**
   * The application started again on the same database and registry file, once the first has stopped, in a JVM of
   * its own ({@link ChildApplication}) with the options an administrator would give it ({@code benchmark.app-jvm-options},
   * {@code benchmark.app-malloc-arena-max}): what an unchanged registry costs a restart (the synchronisation's own
   * duration, from its log line; Camunda's identity and authorization rows must come out unchanged), then a second
   * directive to every unit fanned out and its first tasks completed through REST by that JVM alone, whose resident
   * memory is sampled throughout.
   */
  private void restart(String database, int units, int completions, BenchmarkDatabase db, Path organisation, int smtpPort,
      IdentityRows before) throws Exception {
    List<String> options = List.of(System.getProperty("benchmark.app-jvm-options", "-Xms64m -Xmx512m -XX:+UseSerialGC")
        .trim().split("\\s+"));
    String arenas = System.getProperty("benchmark.app-malloc-arena-max", "2");
    results.restartedJvm(String.join(" ", options) + (arenas.isBlank() ? "" : ", MALLOC_ARENA_MAX=" + arenas));
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    Path log = Path.of("target/benchmark/restarted-" + database + "-" + units + ".log").toAbsolutePath();
    results.add(database, units, Measure.RESTART_LOAD, MachineProbe.loadAverage());
    long t0 = System.nanoTime();
    try (ChildApplication child = ChildApplication.start(db, organisation, smtpPort, options, arenas, log)) {
      child.awaitReady(Duration.ofMinutes(15));
      double startUp = seconds(t0);
      IdentityRows after = IdentityRows.read(jdbc);
      check(after.equals(before), "the restart with an unchanged registry changed identity rows: " + before + " -> " + after);
      results.add(database, units, Measure.RESTART_S, startUp);
      double registry = child.registrySyncSeconds();
      results.add(database, units, Measure.RESTART_REGISTRY_S, registry);
      results.add(database, units, Measure.RESTART_RSS_MIB, child.peakRssBytes() / 1048576.0);
      log("restart in its own JVM, registry unchanged: ready in %.1f s, registry synchronised in %.1f s; %s unchanged",
          startUp, registry, after);

      LocalDate today = LocalDate.now(VietnamTime.ZONE);
      String[] approval = directiveAwaitingApproval(child.port(), units + "/KH-LĐLĐ-KĐL", units, today);
      long fanOut = System.nanoTime();
      check(EngineRestClient.sharingConnections(child.port(), BenchmarkOrganisation.CHAIR, "demo")
          .post("/task/{id}/submit-form", variables("planApproved", true), approval[1]).getStatusCode().value() == 204,
          "approval refused by the restarted application");
      long directive = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class, approval[0]);
      String openTasks = " from ACT_RU_TASK t join unit_assignment a on a.process_instance_id = t.PROC_INST_ID_"
          + " join org_unit u on u.id = a.unit_id where a.directive_id = ? and t.TASK_DEF_KEY_ = 'Task_DraftSubPlan'";
      await("fan-out of the restarted application", () ->
          jdbc.queryForObject("select count(*)" + openTasks, Long.class, directive) == units);
      double fanOutSeconds = seconds(fanOut);
      results.add(database, units, Measure.RESTARTED_FAN_OUT_S, fanOutSeconds);
      log("restarted application: fan-out of a second directive to %,d units in %.1f s", units, fanOutSeconds);
      for (int clients : new int[] {1, 8}) {
        List<Map<String, Object>> tasks = jdbc.queryForList("select t.ID_ as id, u.code as unit" + openTasks
            + " order by t.ID_ limit ?", directive, completions);
        AtomicInteger refused = new AtomicInteger();
        long t1 = System.nanoTime();
        runClients(clients, tasks, task -> {
          String unit = (String) task.get("unit");
          int status = EngineRestClient.sharingConnections(child.port(), unit.replace("cdcs-", "cdcs") + ".chutich", "demo")
              .post("/task/{id}/submit-form", variables("subPlanNumber", "", "subPlanIssuedOn", today.toString(),
                  "subPlanContent", "Kế hoạch của " + unit), task.get("id")).getStatusCode().value();
          if (status != 204) {
            refused.incrementAndGet();
          }
        });
        double rate = tasks.size() / seconds(t1);
        check(refused.get() == 0, refused.get() + " completions refused by the restarted application");
        results.add(database, units, clients == 1 ? Measure.RESTARTED_COMPLETIONS_1 : Measure.RESTARTED_COMPLETIONS_8, rate);
        log("restarted application, %d client(s): %.1f completions/s", clients, rate);
      }
      results.add(database, units, Measure.RESTARTED_PEAK_RSS_MIB, child.peakRssBytes() / 1048576.0);
      log("restarted application: peak resident memory %.0f MiB (%s)", child.peakRssBytes() / 1048576.0,
          results.restartedJvm());
    }
  }

  /**
   * The office registers a directive to every unit of the benchmark's sector and drafts its plan; the chair claims
   * the approval. Returns the sector's process instance id and the approval task's id: approving it starts the fan-out.
   */
  static String[] directiveAwaitingApproval(int port, String number, int units, LocalDate today) {
    EngineRestClient office = EngineRestClient.sharingConnections(port, BenchmarkOrganisation.OFFICE, "demo");
    EngineRestClient chair = EngineRestClient.sharingConnections(port, BenchmarkOrganisation.CHAIR, "demo");
    var started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", number, "directiveIssuedOn", today.minusDays(1).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh", "directiveSubject", "Đo hiệu năng: triển khai tới " + units + " CĐCS",
            "directiveDeadline", today.plusDays(21).toString()));
    check(started.getStatusCode().value() == 200, "directive refused: " + started.getBody());
    String sector = (String) started.getBody().get("id");
    check(office.submit(office.task(sector, "Task_DraftImplementingPlan"), variables(
        "planSubject", "Triển khai tới " + units + " CĐCS",
        "planPurpose", "Đo hiệu năng.", "planActivities", "Tuyên truyền; thi đua.", "planOrganisation", "Các CĐCS thực hiện."))
        .getStatusCode().value() == 204, "plan refused");
    Map<String, Object> approval = chair.task(sector, "Task_ApprovePlan");
    chair.post("/task/{id}/claim", Map.of("userId", BenchmarkOrganisation.CHAIR), approval.get("id"));
    return new String[] {sector, (String) approval.get("id")};
  }

  /** Counts and revision sums of Camunda's identity and authorization rows: any insert, delete or update shows. */
  private record IdentityRows(long users, long userRevisions, long groups, long groupRevisions, long memberships,
      long authorizations, long authorizationRevisions) {

    static IdentityRows read(JdbcTemplate jdbc) {
      return jdbc.queryForObject("""
          select (select count(*) from ACT_ID_USER), (select coalesce(sum(REV_), 0) from ACT_ID_USER),
                 (select count(*) from ACT_ID_GROUP), (select coalesce(sum(REV_), 0) from ACT_ID_GROUP),
                 (select count(*) from ACT_ID_MEMBERSHIP),
                 (select count(*) from ACT_RU_AUTHORIZATION), (select coalesce(sum(REV_), 0) from ACT_RU_AUTHORIZATION)
          """, (rs, row) -> new IdentityRows(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
          rs.getLong(6), rs.getLong(7)));
    }
  }

  /** The application on the database with the registry file, on a free port, e-mail to the local SMTP server, logging warnings only. */
  static ConfigurableApplicationContext startApplication(BenchmarkDatabase db, Path organisation, int smtpPort) {
    return new SpringApplicationBuilder(CascadeApplication.class).profiles("demo").run(
        "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password(), "--server.port=0",
        "--cascade.organisation.data-file=file:" + organisation, "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtpPort, "--logging.level.vn.congdoan.cascade=WARN", "--logging.level.org.camunda=WARN");
  }

  /**
   * One run of the yardstick: {@code codes.size()} instances of a one-task process (the unit's group a candidate, a
   * business key), started in transactions of {@code cascade.start-batch-size} by one thread, no application code.
   * Each run starts its own instances ({@code round} in their business keys), so repeated runs add to the tables as a
   * second fan-out would. The engine caches the model: deployed once, with duplicate filtering.
   */
  static BareStarts bareStarts(ConfigurableApplicationContext app, TransactionTemplate transaction, String processKey,
      List<String> codes, int round) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    BpmnModelInstance model = Bpmn.createExecutableProcess(processKey).name("Bare engine: one instance per unit")
        .camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Unit").name("Unit task").camundaCandidateGroups("${unit}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name("benchmark-" + processKey).enableDuplicateFiltering(false)
        .addModelInstance(processKey + ".bpmn", model).deploy();
    int batch = app.getEnvironment().getProperty("cascade.start-batch-size", Integer.class, 200);
    MachineProbe.Cpu cpu = MachineProbe.Cpu.now();
    long t0 = System.nanoTime();
    for (int from = 0; from < codes.size(); from += batch) {
      List<String> slice = codes.subList(from, Math.min(codes.size(), from + batch));
      transaction.executeWithoutResult(s -> slice.forEach(code -> engine.getRuntimeService()
          .startProcessInstanceByKey(processKey, "bare" + round + "/" + code, Map.of("unit", code))));
    }
    double seconds = seconds(t0);
    MachineProbe.Cpu now = MachineProbe.Cpu.now();
    BareStarts starts = new BareStarts(codes.size() / seconds, now.jvmMsPer(cpu, codes.size()),
        now.postgresMsPer(cpu, codes.size()));
    log("bare engine, run %d: %,d instances started in %.1f s (%.1f/s, %d per transaction; CPU per start: JVM %.2f ms, "
        + "PostgreSQL %s)", round, codes.size(), seconds, starts.rate(), batch, starts.jvmMs(),
        starts.postgresMs().isPresent() ? "%.2f ms".formatted(starts.postgresMs().getAsDouble()) : "not on this machine");
    return starts;
  }

  /** One run of the yardstick: its rate, and the CPU time per start of the JVM and of PostgreSQL (when local). */
  record BareStarts(double rate, double jvmMs, java.util.OptionalDouble postgresMs) {}

  /** The median of a list of figures (the middle one, or the mean of the two middle ones). */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The job executor's settings the application started with (Spring Boot's camunda.bpm.job-execution.*). */
  private static String jobExecutorSettings(ConfigurableApplicationContext app) {
    var executor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor();
    var env = app.getEnvironment();
    return "max-jobs-per-acquisition " + executor.getMaxJobsPerAcquisition()
        + ", core-pool-size " + env.getProperty("camunda.bpm.job-execution.core-pool-size", "3 (default)")
        + ", max-pool-size " + env.getProperty("camunda.bpm.job-execution.max-pool-size", "10 (default)")
        + ", queue-capacity " + env.getProperty("camunda.bpm.job-execution.queue-capacity", "3 (default)")
        + ", wait-time-in-millis " + executor.getWaitTimeInMillis()
        + ", max-wait " + executor.getMaxWait()
        + ", lock-time-in-millis " + executor.getLockTimeInMillis();
  }

  /** One run: one database, one registry, one application context. */
  private final class Benchmark {

    /** Where the figures go: the run's, or nowhere (the JIT warm-up). */
    private final BenchmarkResults results;
    private final String database;
    private final int units;
    private final ProcessEngine engine;
    private final int port;
    private final SmtpSink smtp;
    private final MachineProbe probe;
    private final ConfigurableApplicationContext app;
    private final TransactionTemplate transaction;
    private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
    private String sector;
    private Directive directive;

    Benchmark(BenchmarkResults results, String database, int units, ConfigurableApplicationContext app, SmtpSink smtp,
        MachineProbe probe) {
      this.results = results;
      this.database = database;
      this.units = units;
      this.app = app;
      this.engine = app.getBean(ProcessEngine.class);
      this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      this.smtp = smtp;
      this.probe = probe;
      this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    /** The CPU time the JVM and PostgreSQL spent since {@code start}, per item: load-independent, unlike rates. */
    private void cpu(Measure jvm, Measure postgres, MachineProbe.Cpu start, int items) {
      MachineProbe.Cpu now = MachineProbe.Cpu.now();
      results.add(database, units, jvm, now.jvmMsPer(start, items));
      now.postgresMsPer(start, items).ifPresent(ms -> results.add(database, units, postgres, ms));
    }

    private EngineRestClient as(String user) {
      return EngineRestClient.sharingConnections(port, user, "demo");
    }

    /** The office registers a directive and drafts the plan; the fan-out is timed from the chair's approval. */
    void fanOut() {
      String[] approval = directiveAwaitingApproval(port, units + "/KH-LĐLĐ", units, today);
      sector = approval[0];
      EngineRestClient chair = as(BenchmarkOrganisation.CHAIR);
      probe.resetPeaks();
      MachineProbe.Cpu cpu = MachineProbe.Cpu.now();
      long t0 = System.nanoTime();
      check(chair.post("/task/{id}/submit-form", variables("planApproved", true), approval[1])
          .getStatusCode().value() == 204, "approval refused");
      Set<Long> progress = new TreeSet<>();
      await("fan-out", () -> {
        Object notStarted = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(sector)
            .variableName("unitsNotStarted").list().stream().findFirst().map(v -> v.getValue()).orElse(null);
        if (notStarted instanceof Long n) {
          progress.add(n);
        }
        return engine.getRuntimeService().createExecutionQuery().processInstanceId(sector).activityId("Task_AwaitUnits").count() == 1
            && engine.getTaskService().createTaskQuery().processDefinitionKey("GrassrootsUnionProcess")
                .taskDefinitionKey("Task_DraftSubPlan").count() == units;
      });
      double seconds = seconds(t0);
      results.add(database, units, Measure.FAN_OUT_S, seconds);
      results.add(database, units, Measure.FAN_OUT_PROGRESS, progress.size());
      results.add(database, units, Measure.FAN_OUT_RSS_MIB, probe.peakRssBytes() / 1048576.0);
      results.add(database, units, Measure.FAN_OUT_RATE, units / seconds);
      results.add(database, units, Measure.FAN_OUT_LOAD, probe.peakLoad());
      cpu(Measure.FAN_OUT_CPU_JVM, Measure.FAN_OUT_CPU_PG, cpu, units);
      directive = app.getBean(DirectiveRepository.class).findByProcessInstanceId(sector).orElseThrow();
      log("fan-out of %,d units: %.1f s, progress seen %d times", units, seconds, progress.size());
    }

    /**
     * Completes units' first task through REST without timing it, so that the timed runs measure the completion's
     * code compiled, as it runs in an application that has been up for a while: measured right after the fan-out,
     * the JIT compiler took 42 % of the machine's CPU during the 1-client run (docs/benchmarks.md, issue 17).
     */
    void warmUp(int count) throws Exception {
      long t0 = System.nanoTime();
      completions(4, count, false);
      log("warm-up: %d completions by 4 clients in %.1f s (not counted)", count, seconds(t0));
    }

    /** Completes {@code count} units' first task (the sub-plan) through REST, with this many clients. */
    void completions(int clients, int count) throws Exception {
      completions(clients, count, true);
    }

    private void completions(int clients, int count, boolean measured) throws Exception {
      Map<String, String> unitOfProcess = transaction.execute(s -> app.getBean(UnitAssignmentRepository.class)
          .findByDirectiveWithUnit(directive).stream()
          .collect(Collectors.toMap(UnitAssignment::getProcessInstanceId, a -> a.getUnit().getCode())));
      List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey("GrassrootsUnionProcess")
          .taskDefinitionKey("Task_DraftSubPlan").listPage(0, count);
      check(open.size() == count, "only " + open.size() + " sub-plan tasks open");
      AtomicInteger refused = new AtomicInteger();
      MachineProbe.Cpu cpu = MachineProbe.Cpu.now();
      long t0 = System.nanoTime();
      runClients(clients, open, task -> {
        String unit = unitOfProcess.get(task.getProcessInstanceId());
        String officer = unit.replace("cdcs-", "cdcs") + ".chutich";
        int status = as(officer).post("/task/{id}/submit-form", variables("subPlanNumber", "", "subPlanIssuedOn",
            today.toString(), "subPlanContent", "Kế hoạch của " + unit), task.getId()).getStatusCode().value();
        if (status != 204) {
          refused.incrementAndGet();
        }
      });
      double perSecond = count / seconds(t0);
      long left = engine.getTaskService().createTaskQuery().taskIdIn(open.stream().map(Task::getId).toArray(String[]::new)).count();
      if (!measured) {
        check(refused.get() + left == 0, refused.get() + " refused and " + left + " not completed in the warm-up");
        return;
      }
      if (clients == 1) {
        cpu(Measure.APP_COMPLETION_CPU_JVM, Measure.APP_COMPLETION_CPU_PG, cpu, count);
      }
      results.add(database, units, switch (clients) {
        case 1 -> Measure.APP_COMPLETIONS_1;
        case 4 -> Measure.APP_COMPLETIONS_4;
        default -> Measure.APP_COMPLETIONS_8;
      }, perSecond);
      results.add(database, units, switch (clients) {
        case 1 -> Measure.APP_REFUSED_1;
        case 4 -> Measure.APP_REFUSED_4;
        default -> Measure.APP_REFUSED_8;
      }, refused.get() + left);
      log("application, %d client(s): %.1f completions/s, %d refused, %d not completed", clients, perSecond, refused.get(), left);
    }

    /** Engine time to the units' first reminder day, just after the sending time; every unit has open work. */
    void reminders() {
      ReminderPlanner planner = app.getBean(ReminderPlanner.class);
      LocalDate first = transaction.execute(s -> planner.reminderDays(
          app.getBean(UnitAssignmentRepository.class).findByDirectiveWithUnit(directive).get(0), today).get(0));
      ZonedDateTime at = first.atTime(app.getBean(ReminderProperties.class).sendAt()).plusSeconds(30).atZone(VietnamTime.ZONE);
      SentNotificationRepository sent = app.getBean(SentNotificationRepository.class);
      probe.resetPeaks();
      MachineProbe.Cpu cpu = MachineProbe.Cpu.now();
      long t0 = System.nanoTime();
      ClockUtil.setCurrentTime(Date.from(at.toInstant()));
      long[] firstMail = {0};
      int before = smtp.messages();
      await("reminders", () -> {
        int received = smtp.messages() - before;
        if (received > 0 && firstMail[0] == 0) {
          firstMail[0] = System.nanoTime();
        }
        return received >= units && sent.count() >= units;
      });
      double seconds = seconds(t0);
      // until the job executor's next poll finds the timer due (it is not told that engine time moved; an
      // idle one waits up to camunda.bpm.job-execution.max-wait: 5 s as configured, 60 s by the engine's default),
      // then the sending itself
      double latency = (firstMail[0] - t0) / 1e9;
      results.add(database, units, Measure.REMINDERS_FIRST_S, latency);
      results.add(database, units, Measure.REMINDERS_SENDING_RATE, units / (seconds - latency));
      ClockUtil.reset();
      check(sent.count() == units, sent.count() + " reminders recorded for " + units + " units");
      results.add(database, units, Measure.REMINDERS_S, seconds);
      results.add(database, units, Measure.REMINDERS_RSS_MIB, probe.peakRssBytes() / 1048576.0);
      results.add(database, units, Measure.REMINDERS_RATE, units / seconds);
      results.add(database, units, Measure.REMINDERS_LOAD, probe.peakLoad());
      cpu(Measure.REMINDERS_CPU_JVM, Measure.REMINDERS_CPU_PG, cpu, units);
      log("reminders of %,d units: %.1f s (%d e-mails; the first after %.1f s)", units, seconds, smtp.messages() - before,
          latency);
    }

    /** Fills in every unit's sub-plan, activities and some nominations, then compiles the report three times. */
    void report() {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
      long id = directive.getId();
      transaction.executeWithoutResult(s -> {
        jdbc.update("insert into sub_plan (assignment_id, issued_on, content, drafted_by, drafted_at)"
            + " select a.id, ?, 'Kế hoạch của đơn vị', 'benchmark', ? from unit_assignment a where a.directive_id = ?"
            + " and not exists (select 1 from sub_plan p where p.assignment_id = a.id)", java.sql.Date.valueOf(today), now, id);
        jdbc.update("insert into activity_report (assignment_id, propaganda_sessions, participants, articles, initiatives,"
            + " summary, reported_by, reported_at) select a.id, mod(a.id, 5) + 1, mod(a.id, 300) + 20, mod(a.id, 3),"
            + " mod(a.id, 2), 'Đã tổ chức tuyên truyền.', 'benchmark', ? from unit_assignment a where a.directive_id = ?", now, id);
        String movement = jdbc.queryForList("select code from emulation_movement order by position", String.class).get(0);
        for (String[] kind : new String[][] {{"INDIVIDUAL", "ACCEPTED"}, {"COLLECTIVE", "REJECTED"}}) {
          jdbc.update("insert into nomination (assignment_id, kind, name, position, workplace, achievement, movement_code,"
              + " recognition, status, proposed_by, proposed_at, version) select a.id, ?, 'Nguyễn Văn A', null, 'Khoa Nội',"
              + " 'Hoàn thành xuất sắc nhiệm vụ', ?, 'GIAY_KHEN_NGANH', ?, 'benchmark', ?, 0 from unit_assignment a"
              + " where a.directive_id = ? and mod(a.id, 10) = 0", kind[0], movement, kind[1], now, id);
        }
        jdbc.update("update unit_assignment set status = 'SUBMITTED', submitted_at = ? where directive_id = ? and mod(id, 20) <> 0",
            now, id);
      });
      ResultsCompiler compiler = app.getBean(ResultsCompiler.class);
      DirectiveRepository directives = app.getBean(DirectiveRepository.class);
      List<Double> times = new ArrayList<>();
      int length = 0;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        String text = transaction.execute(s -> compiler.compile(directives.findById(id).orElseThrow()));
        times.add(seconds(t0));
        length = text.length();
        check(text.contains(String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", units).replace('\u00a0', '.'))
            || text.contains(String.valueOf(units)), "report does not count " + units + " units");
      }
      results.add(database, units, Measure.REPORT_FIRST_S, times.get(0));
      results.add(database, units, Measure.REPORT_S, times.stream().sorted().toList().get(1));
      log("report of %,d units: first %.2f s, median %.2f s (%d characters)", units, times.get(0),
          times.stream().sorted().toList().get(1), length);
    }

    /**
     * The yardstick for the fan-out: how fast this engine, as the application configures it (history
     * level, authorization, the same number of starts per transaction), starts one process instance per unit
     * with one user task each (the unit's group a candidate, a business key), no application code, one thread;
     * {@code benchmark.bare-repeats} runs (3), recorded as their median, slowest and fastest, and the median CPU
     * per start: one short run moved by a quarter between two runs of the benchmark (step 9), while the
     * application's fan-out did not.
     */
    void bareStarts() {
      List<String> codes = IntStream.rangeClosed(1, units).mapToObj(BenchmarkOrganisation::unitCode).toList();
      int repeats = Math.max(1, Integer.getInteger("benchmark.bare-repeats", 3));
      probe.resetPeaks();
      List<BareStarts> runs = new ArrayList<>();
      for (int round = 1; round <= repeats; round++) {
        runs.add(CascadeBenchmark.bareStarts(app, transaction, BARE_UNIT_PROCESS, codes, round));
      }
      List<Double> rates = runs.stream().map(BareStarts::rate).toList();
      results.add(database, units, Measure.BARE_STARTS_RUNS, repeats);
      results.add(database, units, Measure.BARE_STARTS_RATE, median(rates));
      results.add(database, units, Measure.BARE_STARTS_RATE_MIN, rates.stream().min(Double::compare).orElseThrow());
      results.add(database, units, Measure.BARE_STARTS_RATE_MAX, rates.stream().max(Double::compare).orElseThrow());
      results.add(database, units, Measure.BARE_STARTS_CPU_JVM, median(runs.stream().map(BareStarts::jvmMs).toList()));
      if (runs.stream().allMatch(r -> r.postgresMs().isPresent())) {
        results.add(database, units, Measure.BARE_STARTS_CPU_PG,
            median(runs.stream().map(r -> r.postgresMs().getAsDouble()).toList()));
      }
      results.add(database, units, Measure.BARE_STARTS_LOAD, probe.peakLoad());
    }

    /** The naive shape on the same engine: one parallel multi-instance user task over all units. */
    void bare(int completions) throws Exception {
      BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS).name("Bare engine: one task per unit")
          .camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_Unit").name("Unit task").camundaCandidateGroups(OFFICE_GROUP)
          .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unit").multiInstanceDone()
          .endEvent().done();
      engine.getRepositoryService().createDeployment().name("benchmark-bare").addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
      List<String> codes = IntStream.rangeClosed(1, units).mapToObj(BenchmarkOrganisation::unitCode).toList();
      probe.resetPeaks();
      long t0 = System.nanoTime();
      String bare = engine.getRuntimeService().startProcessInstanceByKey(BARE_PROCESS,
          Map.of("units", new ArrayList<>(codes))).getId();
      double seconds = seconds(t0);
      results.add(database, units, Measure.BARE_FAN_OUT_S, seconds);
      results.add(database, units, Measure.BARE_FAN_OUT_RSS_MIB, probe.peakRssBytes() / 1048576.0);
      log("bare fan-out of %,d units: %.1f s", units, seconds);
      for (int clients : completions > 0 ? new int[] {1, 4} : new int[0]) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(bare).listPage(0, completions);
        AtomicInteger collisions = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        long c0 = System.nanoTime();
        runClients(clients, open, task -> {
          EngineRestClient office = as(BenchmarkOrganisation.OFFICE);
          for (int attempt = 0; attempt <= 20; attempt++) {
            int status = office.post("/task/{id}/complete", Map.of(), task.getId()).getStatusCode().value();
            if (status == 204) {
              return;
            }
            collisions.incrementAndGet();
          }
          lost.incrementAndGet();
        });
        double perSecond = completions / seconds(c0);
        results.add(database, units, clients == 1 ? Measure.BARE_COMPLETIONS_1 : Measure.BARE_COMPLETIONS_4, perSecond);
        results.add(database, units, clients == 1 ? Measure.BARE_COLLISIONS_1 : Measure.BARE_COLLISIONS_4, collisions.get());
        results.add(database, units, clients == 1 ? Measure.BARE_LOST_1 : Measure.BARE_LOST_4, lost.get());
        log("bare, %d client(s): %.1f completions/s, %d collisions retried, %d lost", clients, perSecond, collisions.get(), lost.get());
      }
    }
  }

  interface ClientCall<T> {
    void complete(T task) throws Exception;
  }

  /** Completes each task once, {@code clients} threads sharing them out; the first failure is rethrown. */
  static <T> void runClients(int clients, List<T> tasks, ClientCall<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(pool.submit(() -> {
          for (int i = client; i < tasks.size(); i += clients) {
            call.complete(tasks.get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static void await(String what, BooleanSupplier done) {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("Benchmark: timed out waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("Benchmark: " + problem);
    }
  }

  static void log(String format, Object... args) {
    System.out.printf("[benchmark %tT, load %.2f] %s%n", new Date(), MachineProbe.loadAverage(), String.format(format, args));
  }
}
