package vn.congdoan.cascade.benchmark;

import static vn.congdoan.cascade.benchmark.CascadeBenchmark.await;
import static vn.congdoan.cascade.benchmark.CascadeBenchmark.check;
import static vn.congdoan.cascade.benchmark.CascadeBenchmark.log;
import static vn.congdoan.cascade.benchmark.CascadeBenchmark.seconds;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.report.ResultsCompiler;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Issue 14's benchmark: a province-shaped registry (an LĐLĐ, {@code benchmark.unions} upper-level unions of
 * {@code benchmark.units-per-union} CĐCS each, {@code benchmark.direct-units} CĐCS directly under the LĐLĐ) in one
 * application, PostgreSQL by default ({@code benchmark.database=h2} for an H2 file). Not a test: run it with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.test=ProvinceBenchmark}. It measures, through the REST API as
 * the officers would:
 * <ol>
 * <li>the cascade down two levels: from the LĐLĐ chair's approval until every CĐCS of the province has its first
 * task, the unions' offices drafting and their chairs approving their own plans as soon as they arrive (four
 * officers' clients at once);</li>
 * <li>completions of CĐCS' first tasks with one and four clients;</li>
 * <li>the report roll-up: every CĐCS' rows written directly into the tables, then each union's report compiled, its
 * totals recorded and its report accepted by the LĐLĐ, then the province report compiled three times; the province
 * figures are checked against the sums over every CĐCS;</li>
 * <li>the bare engine's instance-start rate as the application configures it, one instance per CĐCS, in the same
 * run (the yardstick of CascadeBenchmark, {@code benchmark.bare-repeats} runs, 3: the ratio is to their median).</li>
 * </ol>
 * The figures go into docs/benchmarks.md between {@code <!-- province:begin -->} and {@code <!-- province:end -->}.
 */
class ProvinceBenchmark {

  private static final String BARE_UNIT_PROCESS = "BareProvinceUnitProcess";

  private final Map<String, String> figures = new LinkedHashMap<>();

  @Test
  void measure() throws Exception {
    int unions = Integer.getInteger("benchmark.unions", 40);
    int perUnion = Integer.getInteger("benchmark.units-per-union", 100);
    int direct = Integer.getInteger("benchmark.direct-units", 2);
    int completions = Integer.getInteger("benchmark.completions", 200);
    String database = System.getProperty("benchmark.database", "postgres");
    Path output = Path.of(System.getProperty("benchmark.output", "docs/benchmarks.md"));
    int grassroots = unions * perUnion + direct;
    Path dir = Files.createDirectories(Path.of("target/benchmark").toAbsolutePath());
    Path organisation = BenchmarkOrganisation.writeProvince(unions, perUnion, direct, dir.resolve("province-" + grassroots + ".yaml"));
    BenchmarkDatabase db = database.equals("h2") ? BenchmarkDatabase.h2(dir, grassroots) : BenchmarkDatabase.postgres(grassroots);
    SmtpSink smtp = new SmtpSink();
    int smtpPort = smtp.port();
    log("=== province: %s, %d unions × %d CĐCS + %d direct CĐCS", database, unions, perUnion, direct);
    figure("registry", "1 LĐLĐ, %d upper-level unions × %,d CĐCS, %d CĐCS directly under the LĐLĐ: %,d CĐCS".formatted(
        unions, perUnion, direct, grassroots));
    figure("database", db.version());
    try (MachineProbe probe = new MachineProbe()) {
      probe.startRun();
      figure("load average at the start (1 min)", "%.2f".formatted(MachineProbe.loadAverage()));
      long started = System.nanoTime();
      try (ConfigurableApplicationContext app = CascadeBenchmark.startApplication(db, organisation, smtpPort);
          AutoCloseable autovacuum = db.analyzeAsAutovacuumWould()) {
        figure("start-up with the registry (s)", "%.1f".formatted(seconds(started)));
        Province run = new Province(app, unions, unions + direct, grassroots, probe);
        run.cascade();
        double analyzed = db.analyzeIfNoAutovacuum();
        if (analyzed > 0) {
          log("autovacuum is off on this server: ANALYZE after the cascade, as autovacuum would (%.1f s, not timed)", analyzed);
        }
        run.completions(1, completions);
        run.completions(4, completions);
        run.report();
        run.bareStarts();
        figure("peak resident memory of the benchmark's JVM (MiB)", "%.0f".formatted(probe.runPeakRssBytes() / 1048576.0));
        figure("peak load average (1 min)", "%.2f".formatted(probe.runPeakLoad()));
      } finally {
        smtp.close();
        db.drop();
      }
    }
    StringBuilder md = new StringBuilder("_Generated by `./mvnw -Pbenchmark verify -Dbenchmark.test=ProvinceBenchmark` on ")
        .append(ZonedDateTime.now(VietnamTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" (Vietnam time)._\n\n");
    BenchmarkReport.machine(md);
    md.append("\n| measure | value |\n| --- | ---: |\n");
    figures.forEach((label, value) -> md.append("| ").append(label).append(" | ").append(value).append(" |\n"));
    md.append('\n');
    BenchmarkReport.splice(output, "<!-- province:begin -->", "<!-- province:end -->", md.toString());
  }

  private void figure(String label, String value) {
    figures.put(label, value);
    log("%s: %s", label, value);
  }

  /** One run on one application. */
  private final class Province {

    private final ConfigurableApplicationContext app;
    private final ProcessEngine engine;
    private final int port;
    private final int unions;
    private final int directUnits;
    private final int grassroots;
    private final MachineProbe probe;
    private final TransactionTemplate transaction;
    private final DirectiveRepository directives;
    private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
    private String federation;
    /** CĐCS processes started per second from the LĐLĐ chair's approval until every CĐCS had its first task. */
    private double cascadeRate;

    Province(ConfigurableApplicationContext app, int unions, int directUnits, int grassroots, MachineProbe probe) {
      this.app = app;
      this.engine = app.getBean(ProcessEngine.class);
      this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      this.unions = unions;
      this.directUnits = directUnits;
      this.grassroots = grassroots;
      this.probe = probe;
      this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      this.directives = app.getBean(DirectiveRepository.class);
    }

    private EngineRestClient as(String user) {
      return EngineRestClient.sharingConnections(port, user, "demo");
    }

    private Map<String, Object> plan(String who) {
      return variables("planSubject", "Triển khai tới các đơn vị trực thuộc của " + who, "planPurpose", "Đo hiệu năng.",
          "planActivities", "Tuyên truyền; thi đua.", "planOrganisation", "Các đơn vị trực thuộc thực hiện.");
    }

    private void draftAndApprove(String processInstanceId, String office, String chair, String who) {
      check(as(office).submit(as(office).task(processInstanceId, "Task_DraftImplementingPlan"), plan(who))
          .getStatusCode().value() == 204, "plan of " + who + " refused");
      check(as(chair).submit(as(chair).task(processInstanceId, "Task_ApprovePlan"), variables("planApproved", true))
          .getStatusCode().value() == 204, "approval of " + who + " refused");
    }

    /** From the LĐLĐ chair's approval until every CĐCS of the province has its first task. */
    void cascade() throws Exception {
      EngineRestClient office = as(BenchmarkOrganisation.FEDERATION_OFFICE);
      EngineRestClient chair = as(BenchmarkOrganisation.FEDERATION_CHAIR);
      var started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
          variables("directiveNumber", "99/KH-TLĐ", "directiveIssuedOn", today.minusDays(1).toString(),
              "directiveIssuer", "Tổng Liên đoàn Lao động Việt Nam", "directiveSubject", "Đo hiệu năng: triển khai tới cả tỉnh",
              "directiveDeadline", today.plusDays(30).toString()));
      check(started.getStatusCode().value() == 200, "directive refused: " + started.getBody());
      federation = (String) started.getBody().get("id");
      check(office.submit(office.task(federation, "Task_DraftImplementingPlan"), plan("LĐLĐ")).getStatusCode().value() == 204,
          "plan refused");
      Map<String, Object> approval = chair.task(federation, "Task_ApprovePlan");
      probe.resetPeaks();
      long t0 = System.nanoTime();
      check(chair.submit(approval, variables("planApproved", true)).getStatusCode().value() == 204, "approval refused");

      // the unions' officers, four at a time, draft and approve each union's plan as soon as it has arrived
      Set<String> taken = ConcurrentHashMap.newKeySet();
      Set<String> seen = ConcurrentHashMap.newKeySet();
      AtomicInteger approved = new AtomicInteger();
      java.util.concurrent.atomic.AtomicLong firstArrived = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicLong allArrived = new java.util.concurrent.atomic.AtomicLong();
      List<Long> officerSteps = java.util.Collections.synchronizedList(new ArrayList<>());
      CascadeBenchmark.runClients(4, IntStream.range(0, 4).mapToObj(i -> (Task) null).toList(), ignored -> {
        while (approved.get() < unions) {
          List<Task> arrived = engine.getTaskService().createTaskQuery().processDefinitionKey("DirectiveCascadeProcess")
              .taskDefinitionKey("Task_DraftImplementingPlan").list().stream()
              .filter(t -> !t.getProcessInstanceId().equals(federation)).toList();
          if (!arrived.isEmpty()) {
            firstArrived.compareAndSet(0, System.nanoTime());
          }
          arrived.forEach(t -> seen.add(t.getProcessInstanceId()));
          if (seen.size() == unions) {
            allArrived.compareAndSet(0, System.nanoTime());
          }
          for (Task task : arrived) {
            String pi = task.getProcessInstanceId();
            if (!taken.add(pi)) {
              continue;
            }
            String code = transaction.execute(s -> directives.findByProcessInstanceId(pi).map(d -> d.getSector().getCode()).orElse(null));
            if (code == null) {
              taken.remove(pi);
              continue;
            }
            int union = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
            long s0 = System.nanoTime();
            draftAndApprove(pi, BenchmarkOrganisation.unionOffice(union), BenchmarkOrganisation.unionChair(union), code);
            officerSteps.add(System.nanoTime() - s0);
            approved.incrementAndGet();
          }
          Thread.sleep(100);
        }
      });
      double unionsApproved = seconds(t0);
      await("every CĐCS' first task", () -> engine.getTaskService().createTaskQuery().processDefinitionKey("GrassrootsUnionProcess")
          .taskDefinitionKey("Task_DraftSubPlan").count() == grassroots);
      double all = seconds(t0);
      double unionsArrived = (allArrived.get() - t0) / 1e9;
      figure("LĐLĐ chair's approval → the first union's plan task open (s)", "%.1f".formatted((firstArrived.get() - t0) / 1e9));
      figure("LĐLĐ chair's approval → every union's plan task open (s)", "%.1f".formatted(unionsArrived));
      figure("the unions' offices draft and chairs approve (2 REST calls each, 4 clients): mean per union (s)",
          "%.2f".formatted(officerSteps.stream().mapToLong(Long::longValue).average().orElse(0) / 1e9));
      figure("LĐLĐ chair's approval → the last union's chair approved (s)", "%.1f".formatted(unionsApproved));
      figure("**LĐLĐ chair's approval → every CĐCS of the province has its first task (s)**", "%.1f".formatted(all));
      cascadeRate = grassroots / all;
      figure("CĐCS processes started per second over that time", "%.0f".formatted(cascadeRate));
      figure("peak resident memory during the cascade (MiB)", "%.0f".formatted(probe.peakRssBytes() / 1048576.0));
      figure("peak load during the cascade", "%.2f".formatted(probe.peakLoad()));
    }

    /** Completes {@code count} CĐCS' first task (the sub-plan) through REST, each as the unit's own officer. */
    void completions(int clients, int count) throws Exception {
      List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey("GrassrootsUnionProcess")
          .taskDefinitionKey("Task_DraftSubPlan").listPage(0, count);
      check(open.size() == count, "only " + open.size() + " sub-plan tasks open");
      // business key <directiveId>/<unitCode>
      Map<String, String> unitOf = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
          .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey().substring(p.getBusinessKey().indexOf('/') + 1)));
      AtomicInteger refused = new AtomicInteger();
      probe.resetPeaks();
      long t0 = System.nanoTime();
      CascadeBenchmark.runClients(clients, open, task -> {
        String unit = unitOf.get(task.getProcessInstanceId());
        int status = as(unit.replace("cdcs-", "cdcs") + ".chutich").post("/task/{id}/submit-form", variables("subPlanNumber", "",
            "subPlanIssuedOn", today.toString(), "subPlanContent", "Kế hoạch của " + unit), task.getId()).getStatusCode().value();
        if (status != 204) {
          refused.incrementAndGet();
        }
      });
      double perSecond = count / seconds(t0);
      long left = engine.getTaskService().createTaskQuery().taskIdIn(open.stream().map(Task::getId).toArray(String[]::new)).count();
      figure("CĐCS completions/s, " + clients + (clients == 1 ? " client" : " clients") + " (refused or left open)",
          "%.1f (%d)".formatted(perSecond, refused.get() + left));
    }

    /**
     * Every CĐCS' sub-plan and activity report written into the tables; each union's report compiled, its totals
     * recorded and accepted by the LĐLĐ; then the province report compiled three times and checked against the sums.
     */
    void report() {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      Timestamp now = Timestamp.from(Instant.now());
      String grassrootsAssignments = "select a.id from unit_assignment a join org_unit u on u.id = a.unit_id where u.level = 'GRASSROOTS'";
      transaction.executeWithoutResult(s -> {
        jdbc.update("insert into sub_plan (assignment_id, issued_on, content, drafted_by, drafted_at)"
            + " select a.id, ?, 'Kế hoạch của đơn vị', 'benchmark', ? from unit_assignment a where a.id in (" + grassrootsAssignments
            + ") and not exists (select 1 from sub_plan p where p.assignment_id = a.id)", java.sql.Date.valueOf(today), now);
        jdbc.update("insert into activity_report (assignment_id, propaganda_sessions, participants, articles, initiatives,"
            + " summary, reported_by, reported_at) select a.id, mod(a.id, 5) + 1, mod(a.id, 300) + 20, mod(a.id, 3),"
            + " mod(a.id, 2), 'Đã tổ chức tuyên truyền.', 'benchmark', ? from unit_assignment a where a.id in ("
            + grassrootsAssignments + ")", now);
        jdbc.update("update unit_assignment set status = 'SUBMITTED', submitted_at = ? where id in (" + grassrootsAssignments + ")", now);
      });
      Directive province = directives.findByProcessInstanceId(federation).orElseThrow();
      List<Directive> children = transaction.execute(s -> directives.findChildrenOf(province));
      check(children.size() == unions, children.size() + " union directives");
      ResultsCompiler compiler = app.getBean(ResultsCompiler.class);
      long t0 = System.nanoTime();
      for (Directive child : children) {
        String text = transaction.execute(s -> compiler.compile(directives.findById(child.getId()).orElseThrow()));
        check(text.contains("buổi tuyên truyền với"), "union report without figures");
      }
      figure(unions + " union reports compiled, one after another (s)", "%.2f".formatted(seconds(t0)));
      // each union's issued report with its totals (as Task_CompileReportFigures records them), accepted by the LĐLĐ
      transaction.executeWithoutResult(s -> {
        jdbc.update("insert into results_report (directive_id, status, compiled, revision, version, number, issued_on, units_total,"
            + " units_reported, grassroots_reported, propaganda_sessions, participants, articles, initiatives)"
            + " select d.id, 'SENT', 'Báo cáo (đo hiệu năng)', 0, 0, concat(d.id, '/BC-BM'), ?, count(a.id), count(a.submitted_at),"
            + " count(r.assignment_id), sum(r.propaganda_sessions), sum(r.participants), sum(r.articles), sum(r.initiatives)"
            + " from directive d join unit_assignment a on a.directive_id = d.id left join activity_report r on r.assignment_id = a.id"
            + " where d.parent_assignment_id in (select id from unit_assignment where directive_id = ?) group by d.id",
            java.sql.Date.valueOf(today), province.getId());
        jdbc.update("update unit_assignment set status = 'REPORT_ACCEPTED', submitted_at = ? where directive_id = ?"
            + " and unit_id in (select id from org_unit where level <> 'GRASSROOTS')", now, province.getId());
      });
      List<Double> times = new ArrayList<>();
      String text = "";
      for (int i = 0; i < 3; i++) {
        long c0 = System.nanoTime();
        text = transaction.execute(s -> compiler.compile(directives.findById(province.getId()).orElseThrow()));
        times.add(seconds(c0));
      }
      NumberFormat vietnamese = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
      long participants = jdbc.queryForObject("select sum(participants) from activity_report", Long.class);
      check(text.contains("theo báo cáo của " + vietnamese.format(grassroots) + " CĐCS"), "the province report does not count "
          + grassroots + " CĐCS");
      check(text.contains(vietnamese.format(participants) + " lượt"), "the province report does not add up " + participants
          + " participants");
      figure("**province report compiled from its " + directUnits
          + " direct units' reports: first, median of 3 (s)**", "%.3f, %.3f".formatted(times.get(0),
          times.stream().sorted().toList().get(1)));
      figure("province totals checked", "%s CĐCS reported, %s participants: equal to the sums over every CĐCS".formatted(
          vietnamese.format(grassroots), vietnamese.format(participants)));
    }

    /** The yardstick: one bare instance per CĐCS (one user task, a candidate group, a business key), as configured. */
    void bareStarts() {
      List<String> codes = IntStream.rangeClosed(1, grassroots).mapToObj(BenchmarkOrganisation::unitCode).toList();
      int repeats = Math.max(1, Integer.getInteger("benchmark.bare-repeats", 3));
      List<Double> rates = new ArrayList<>();
      for (int round = 1; round <= repeats; round++) {
        rates.add(CascadeBenchmark.bareStarts(app, transaction, BARE_UNIT_PROCESS, codes, round).rate());
      }
      double rate = CascadeBenchmark.median(rates);
      int batch = app.getEnvironment().getProperty("cascade.start-batch-size", Integer.class, 200);
      figure("bare engine, same run: instances started/s as configured (one per CĐCS, " + batch + " per transaction; median of "
          + repeats + " runs, slowest and fastest)", "%.0f (%.0f–%.0f)".formatted(rate, rates.stream().min(Double::compare)
          .orElseThrow(), rates.stream().max(Double::compare).orElseThrow()));
      figure("**CĐCS started per second through the whole cascade ÷ bare engine's start rate**",
          "%.2f".formatted(cascadeRate / rate));
    }
  }
}
