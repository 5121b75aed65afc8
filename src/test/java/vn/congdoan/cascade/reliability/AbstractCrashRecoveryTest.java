package vn.congdoan.cascade.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;
import vn.congdoan.cascade.reliability.CrashPoints.Point;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;

/**
 * Issue 7, "nothing lost": the application runs in a JVM of its own (see {@link ApplicationProcess}),
 * on the database that a subclass gives ({@link CrashRecoveryTest}: the default H2 file;
 * {@link CrashRecoveryPostgresTest}: PostgreSQL), with its job executor and an SMTP server (GreenMail, in this JVM). A test-only
 * hook ({@link CrashPoints}) stops it inside the transaction of a fan-out batch, of an officer's
 * completion or of a reminder, after the work was done and before the commit; the test then kills the
 * JVM with SIGKILL, looks at the database, starts the application again on it and checks that the
 * cascade carries on and that the database holds exactly what the users were told: every
 * acknowledged completion, no half of an unacknowledged one, every unit started once, every reminder
 * logged once and e-mailed at most twice (the one duplicate docs/notifications.md accepts).
 *
 * <p>Engine time is frozen by the hook's clock ({@code cascade.test.clock}), as the in-JVM tests do with
 * {@code ClockUtil}: a restart sets it ten minutes later, past the five-minute lock of the jobs that the
 * killed JVM had acquired, so that they run again (in real time the restarted node would wait for that).
 */
abstract class AbstractCrashRecoveryTest {

  private static final String SECTOR_OFFICE = "vanphong.cdyt";
  private static final String CHAIR = "chutich.cdyt";
  private static final String ADMIN = "quantri.ldld";
  private static final int UNITS = 18;
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  private final int smtpPort = FreePort.find();
  private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  private final List<ApplicationProcess> runs = new ArrayList<>();
  private final long testStart = System.nanoTime();
  private String testName;

  /** On a failure, the end of every run's output (the files stay in the test's directory). */
  @RegisterExtension
  final TestWatcher printRunsOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      runs.forEach(run -> System.out.println(run.tail()));
    }
  };

  @BeforeEach
  void startMailServer(TestInfo info) {
    testName = info.getDisplayName();
    smtp.start();
  }

  @AfterEach
  void stopEverything() {
    runs.forEach(ApplicationProcess::close);
    smtp.stop();
    System.out.printf("%s took %d s%n", testName, (System.nanoTime() - testStart) / 1_000_000_000);
  }

  // ---------------------------------------------------------------------------------------------------------
  // one cascade, killed at each of the three moments in turn (four runs of the application, one database)

  @Test
  void aCascadeKilledDuringTheFanOut_aCompletion_andAReminderRun_losesNothing() throws Exception {
    ApplicationProcess run = start("1-fan-out-crash", "2023-05-12T08:00:00+07:00", Point.FAN_OUT, 2);
    String sector = startCascade(run);
    long directive = directiveOf(run, sector);
    run = fanOut(run, sector, directive);
    run = completion(run, directive);
    run = reminderRun(run, directive);
    acknowledgedCompletionSurvivesAnImmediateKill(run, directive);
  }

  /**
   * The fan-out's second batch (five unit processes created, their assignments updated) is killed before
   * it commits. After restart every unit has exactly one process and its first task.
   */
  private ApplicationProcess fanOut(ApplicationProcess first, String sector, long directive) throws Exception {
    String detail = first.awaitCrashPoint(Point.FAN_OUT);
    first.kill();
    try (Connection db = database()) {
      assertThat(count(db, "select count(*) from unit_assignment where directive_id = ?", directive))
          .as("assignments recorded when the plan was issued").isEqualTo(UNITS);
      assertThat(count(db, "select count(*) from unit_assignment where directive_id = ? and process_instance_id is not null",
          directive)).as("units started by the committed first batch (crash: %s)", detail).isEqualTo(5);
      assertThat(unitProcessesInHistory(db, directive)).hasSize(5);
    }

    // ten minutes later: the jobs the killed JVM had locked are free again
    ApplicationProcess second = start("2-after-fan-out-crash", "2023-05-12T08:10:00+07:00", Point.COMPLETION, 5);
    EngineRestClient office = second.rest(SECTOR_OFFICE);
    EngineRestClient admin = second.rest(ADMIN);
    second.await("every unit's first task", PATIENCE, () ->
        office.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == UNITS
            && !admin.list("/execution?processInstanceId={pi}&activityId=Task_AwaitUnits", sector).isEmpty()
            && jobCount(admin, "executable=true") == 0);
    assertThat(admin.list("/incident")).isEmpty();
    List<Map<String, Object>> tasks = office.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan");
    assertThat(tasks).extracting(t -> t.get("processInstanceId")).doesNotHaveDuplicates();
    fanOutState = new ArrayList<>(tasks.stream().map(t -> (String) t.get("processInstanceId")).toList());
    return second;
  }

  /** Unit process ids that carry the 18 first tasks after the fan-out's recovery. */
  private List<String> fanOutState;

  /**
   * Four officers submit their sub-plans (204 each); the fifth officer's submission is killed after the
   * application's listener wrote the sub-plan, before the commit. After restart the four are stored and
   * their processes moved on, nothing of the fifth is, its task is open, and submitting again works.
   */
  private ApplicationProcess completion(ApplicationProcess app, long directive) throws Exception {
    List<String> units = new ArrayList<>(unitOfficers().keySet()).subList(0, 5);
    List<String> acknowledged = new ArrayList<>();
    for (String unit : units.subList(0, 4)) {
      EngineRestClient cdcs = app.rest(unitOfficers().get(unit));
      assertThat(cdcs.submit(cdcs.list("/task?taskDefinitionKey=Task_DraftSubPlan").get(0), subPlan(unit))
          .getStatusCode().value()).as("%s's submission", unit).isEqualTo(204);
      acknowledged.add(unit);
    }
    String lastUnit = units.get(4);
    EngineRestClient last = app.rest(unitOfficers().get(lastUnit));
    Map<String, Object> lastTask = last.list("/task?taskDefinitionKey=Task_DraftSubPlan").get(0);
    CompletableFuture<ResponseEntity<Map<String, Object>>> submitting =
        CompletableFuture.supplyAsync(() -> last.submit(lastTask, subPlan(lastUnit)));
    app.awaitCrashPoint(Point.COMPLETION);
    app.kill();
    Object told;
    try {
      told = submitting.get(60, TimeUnit.SECONDS).getStatusCode().value();
    } catch (ExecutionException failed) {
      told = failed.getCause().getClass().getSimpleName() + ": " + failed.getCause().getMessage();
    }
    System.out.printf("The fifth officer was told: %s%n", told);
    assertThat(told).as("what the fifth officer was told").isNotIn(200, 201, 204);

    try (Connection db = database()) {
      // the fan-out, as recovered: one process per unit, each the one its assignment names
      List<Map<String, Object>> assignments = rows(db,
          "select a.id, u.code, a.process_instance_id from unit_assignment a join org_unit u on u.id = a.unit_id"
              + " where a.directive_id = ?", directive);
      assertThat(assignments).hasSize(UNITS);
      assertThat(assignments).extracting(a -> a.get("CODE")).doesNotHaveDuplicates();
      Map<String, String> processes = unitProcessesInHistory(db, directive);
      assertThat(processes).hasSize(UNITS);
      for (Map<String, Object> assignment : assignments) {
        assertThat(processes.get(directive + "/" + assignment.get("CODE")))
            .as("the process of %s", assignment.get("CODE")).isEqualTo(assignment.get("PROCESS_INSTANCE_ID"));
      }
      assertThat(processes.values()).containsExactlyInAnyOrderElementsOf(fanOutState);
      // the completions: the four acknowledged ones, nothing of the fifth
      assertSubPlans(db, directive, acknowledged);
      assertThat(count(db, "select count(*) from act_ru_task where id_ = ?", lastTask.get("id")))
          .as("the fifth unit's task is still open").isEqualTo(1);
      assertThat(count(db, "select count(*) from act_ru_task t join unit_assignment a on a.process_instance_id = t.proc_inst_id_"
          + " where a.directive_id = ? and t.task_def_key_ = 'Task_ReportActivities'", directive)).isEqualTo(4);
    }

    ApplicationProcess second = start("3-after-completion-crash", "2023-05-12T08:20:00+07:00", Point.REMINDER, 9);
    for (String unit : acknowledged) {
      EngineRestClient cdcs = second.rest(unitOfficers().get(unit));
      assertThat(cdcs.list("/task?taskDefinitionKey=Task_DraftSubPlan")).as("%s's sub-plan task", unit).isEmpty();
      assertThat(cdcs.list("/task?taskDefinitionKey=Task_ReportActivities")).as("%s's next task", unit).hasSize(1);
    }
    EngineRestClient again = second.rest(unitOfficers().get(lastUnit));
    List<Map<String, Object>> open = again.list("/task?taskDefinitionKey=Task_DraftSubPlan");
    assertThat(open).extracting(t -> t.get("id")).containsExactly(lastTask.get("id"));
    assertThat(again.submit(open.get(0), subPlan(lastUnit)).getStatusCode().value()).isEqualTo(204);
    assertThat(again.list("/task?taskDefinitionKey=Task_ReportActivities")).hasSize(1);
    return second;
  }

  /**
   * On the first reminder day eighteen reminders are due at once (the sector's daily timer, then its batches of
   * five); the run is killed in the ninth reminder's transaction, after its e-mail went to the SMTP server. After
   * restart every unit's reminder is logged once; each unit got its e-mail once, except the one being sent at the
   * crash: twice.
   */
  private ApplicationProcess reminderRun(ApplicationProcess app, long directive) throws Exception {
    EngineRestClient admin = app.rest(ADMIN);
    app.await("the sector's reminder timer", PATIENCE,
        () -> jobCount(admin, "timers=true&activityId=BoundaryEvent_ChildReminderDue") == 1);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    setClock(app, "2023-05-23T09:00:00+07:00");
    String detail = app.awaitCrashPoint(Point.REMINDER);
    long crashed = Long.parseLong(detail.replaceFirst("^assignment=(\\d+).*$", "$1"));
    app.kill();

    Map<Long, String> units = new HashMap<>();
    Set<Long> committedBeforeCrash = new HashSet<>();
    try (Connection db = database()) {
      for (Map<String, Object> row : rows(db, "select a.id, u.name from unit_assignment a join org_unit u on u.id = a.unit_id"
          + " where a.directive_id = ?", directive)) {
        units.put(((Number) row.get("ID")).longValue(), (String) row.get("NAME"));
      }
      for (Map<String, Object> row : rows(db, "select subject_id from sent_notification where kind = 'REMINDER'")) {
        committedBeforeCrash.add(((Number) row.get("SUBJECT_ID")).longValue());
      }
    }
    assertThat(units).hasSize(UNITS).containsKey(crashed);
    // The crash point waited until eight reminders were committed as its own connection saw them. H2 shows
    // a commit to other sessions a moment before it has written it to the file (the committing thread is
    // still inside commit, nothing was acknowledged), so a reminder committed at the same instant may be
    // lost with the kill and run again: only "some" is certain on disk.
    assertThat(committedBeforeCrash).as("reminders committed before the crash").isNotEmpty()
        .doesNotContain(crashed);
    Map<String, Integer> atCrash = sendsPerUnit(units);
    assertThat(atCrash).as("the crashed reminder's e-mail had reached the SMTP server").containsEntry(units.get(crashed), 1);
    System.out.printf("Reminder crash: %d of %d reminders committed, %d e-mails accepted by the SMTP server%n",
        committedBeforeCrash.size(), UNITS, atCrash.values().stream().mapToInt(Integer::intValue).sum());

    ApplicationProcess second = start("4-after-reminder-crash", "2023-05-23T09:10:00+07:00", null, 0);
    EngineRestClient adminAgain = second.rest(ADMIN);
    second.await("every unit's reminder", PATIENCE, () -> sendsPerUnit(units).size() == UNITS
        && jobCount(adminAgain, "executable=true") == 0);
    assertThat(adminAgain.list("/incident")).isEmpty();
    reminders = new ReminderFacts(units, committedBeforeCrash, crashed);
    return second;
  }

  private record ReminderFacts(Map<Long, String> units, Set<Long> committedBeforeCrash, long crashed) {}

  private ReminderFacts reminders;

  /**
   * Durability: an officer's completion is acknowledged (204) and the JVM is killed at once. The
   * database must hold it (H2 writes a commit to the file before returning only with WRITE_DELAY=0).
   * Then the reminders' final state is checked in the same database.
   */
  private void acknowledgedCompletionSurvivesAnImmediateKill(ApplicationProcess app, long directive) throws Exception {
    String unit = new ArrayList<>(unitOfficers().keySet()).get(5);
    EngineRestClient cdcs = app.rest(unitOfficers().get(unit));
    assertThat(cdcs.submit(cdcs.list("/task?taskDefinitionKey=Task_DraftSubPlan").get(0), subPlan(unit))
        .getStatusCode().value()).isEqualTo(204);
    app.kill();
    try (Connection db = database()) {
      assertThat(rows(db, "select u.code from sub_plan s join unit_assignment a on a.id = s.assignment_id"
          + " join org_unit u on u.id = a.unit_id where a.directive_id = ?", directive))
          .extracting(r -> r.get("CODE")).as("sub-plans stored").hasSize(6).contains(unit);

      List<Map<String, Object>> logged = rows(db, "select subject_id, point from sent_notification where kind = 'REMINDER'");
      assertThat(logged).extracting(r -> ((Number) r.get("SUBJECT_ID")).longValue())
          .containsExactlyInAnyOrderElementsOf(reminders.units().keySet());
      assertThat(logged).extracting(r -> r.get("POINT").toString()).containsOnly("2023-05-23");
      assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
    }
    Map<String, Integer> sends = sendsPerUnit(reminders.units());
    System.out.printf("Reminder e-mails per unit after restart: %s%n", sends);
    for (Map.Entry<Long, String> each : reminders.units().entrySet()) {
      Integer sent = sends.get(each.getValue());
      if (each.getKey() == reminders.crashed()) {
        // accepted by the SMTP server, rolled back with the crash, sent again by the retried job
        assertThat(sent).as("the reminder of %s, being sent at the crash", each.getValue()).isEqualTo(2);
      } else if (reminders.committedBeforeCrash().contains(each.getKey())) {
        assertThat(sent).as("the reminder of %s, committed before the crash", each.getValue()).isEqualTo(1);
      } else {
        // still to do at the crash, or being sent on another job executor thread at that moment
        assertThat(sent).as("the reminder of %s", each.getValue()).isBetween(1, 2);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // the application

  private ApplicationProcess start(String name, String clock, Point crashPoint, int crashAt) {
    List<String> args = new ArrayList<>(applicationDatabase());
    args.add("--" + CrashHarness.CLOCK + "=" + clock);
    if (crashPoint != null) {
      args.add("--" + CrashPoints.POINT + "=" + crashPoint);
      args.add("--" + CrashPoints.AT + "=" + crashAt);
    }
    ApplicationProcess app = ApplicationProcess.start(dir, name, FreePort.find(), smtpPort, args);
    runs.add(app);
    app.awaitReady();
    System.out.printf("%s: run %s ready after %d ms%n", testName, name, app.readyAfterMillis());
    return app;
  }

  /** The office registers the directive and drafts the plan, the chair approves it (as in Tasklist). */
  private String startCascade(ApplicationProcess app) {
    EngineRestClient office = app.rest(SECTOR_OFFICE);
    var started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "291/KH-LĐLĐ", "directiveIssuedOn", "2023-05-11",
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình",
            "directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            "directiveDeadline", CascadeScenario.DEADLINE.toString()));
    assertThat(started.getStatusCode().value()).as("start: %s", started.getBody()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    assertThat(office.submit(office.task(sector, "Task_DraftImplementingPlan"), variables(
        "planSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh",
        "planPurpose", "Nâng cao nhận thức của cán bộ, đoàn viên về thi đua yêu nước.",
        "planActivities", "Tuyên truyền; thi đua; xây dựng điển hình tiên tiến.",
        "planOrganisation", "Các CĐCS xây dựng kế hoạch và thực hiện trước hạn.")).getStatusCode().value()).isEqualTo(204);
    EngineRestClient chair = app.rest(CHAIR);
    assertThat(chair.submit(chair.task(sector, "Task_ApprovePlan"), variables("planApproved", true))
        .getStatusCode().value()).isEqualTo(204);
    return sector;
  }

  private void awaitFanOut(ApplicationProcess app) {
    EngineRestClient office = app.rest(SECTOR_OFFICE);
    app.await("the fan-out", PATIENCE, () ->
        office.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == UNITS);
  }

  private static long jobCount(EngineRestClient admin, String filter) {
    return ((Number) admin.get("/job/count?" + filter).get("count")).longValue();
  }

  private static void setClock(ApplicationProcess app, String moment) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + CrashHarness.CLOCK_PATH))
        .PUT(HttpRequest.BodyPublishers.ofString(moment)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(204);
  }

  private static Map<String, Object> subPlan(String unit) {
    return variables("subPlanNumber", "01/KH-CĐCS", "subPlanIssuedOn", "2023-05-12",
        "subPlanContent", "Kế hoạch thực hiện của " + unit);
  }

  /** Grassroots unions of the demo organisation (code → the first officer's username), in registry order. */
  private static Map<String, String> unitOfficers() {
    try (InputStream in = AbstractCrashRecoveryTest.class.getResourceAsStream("/organisation/thai-binh-province.yaml")) {
      Map<String, Object> data = new Yaml().load(in);
      Map<String, String> officers = new LinkedHashMap<>();
      for (Object entry : (List<?>) data.get("units")) {
        Map<?, ?> unit = (Map<?, ?>) entry;
        if ("GRASSROOTS".equals(unit.get("level"))) {
          officers.put((String) unit.get("code"), (String) ((Map<?, ?>) ((List<?>) unit.get("officers")).get(0)).get("username"));
        }
      }
      return officers;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // what the SMTP server received

  private static final Pattern ADDRESSEE = Pattern.compile("Kính gửi Ban Chấp hành (.+?),");

  /** Distinct e-mails (by Message-ID; GreenMail keeps one copy per recipient) received per unit name. */
  private Map<String, Integer> sendsPerUnit(Map<Long, String> units) {
    Map<String, Set<String>> ids = new HashMap<>();
    try {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (!message.getSubject().startsWith("[Nhắc hạn]")) {
          continue;
        }
        Matcher matcher = ADDRESSEE.matcher(message.getContent().toString());
        if (!matcher.find()) {
          throw new AssertionError("A reminder without its unit: " + message.getContent());
        }
        ids.computeIfAbsent(matcher.group(1), u -> new HashSet<>()).add(message.getMessageID());
      }
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
    assertThat(units.values()).containsAll(ids.keySet());
    Map<String, Integer> counts = new HashMap<>();
    ids.forEach((unit, messages) -> counts.put(unit, messages.size()));
    return counts;
  }

  // ---------------------------------------------------------------------------------------------------------
  // the database, read while no application runs on it

  /**
   * Spring Boot arguments of every run of the application that choose its database, including the
   * active profiles (at least {@code demo}, the demo organisation; never {@code test}, whose in-memory
   * database would replace it). The application runs in {@link #dir}.
   */
  protected abstract List<String> applicationDatabase();

  /** A connection to the application's database, for the checks between runs. */
  protected abstract Connection database() throws SQLException;

  /** The directive's id, read through the running application's REST API. */
  private static long directiveOf(ApplicationProcess app, String sectorProcess) {
    Map<String, Object> variable = app.rest(ADMIN).get("/process-instance/{id}/variables/directiveId", sectorProcess);
    return ((Number) variable.get("value")).longValue();
  }

  private void assertSubPlans(Connection db, long directive, List<String> units) throws SQLException {
    List<Map<String, Object>> stored = rows(db, "select u.code, a.status from sub_plan s join unit_assignment a on a.id = s.assignment_id"
        + " join org_unit u on u.id = a.unit_id where a.directive_id = ?", directive);
    assertThat(stored).extracting(r -> r.get("CODE")).as("units whose sub-plan is stored")
        .containsExactlyInAnyOrderElementsOf(units);
    assertThat(stored).extracting(r -> r.get("STATUS")).containsOnly("SUB_PLAN_DRAFTED");
    assertThat(count(db, "select count(*) from unit_assignment where directive_id = ? and status = 'ISSUED'", directive))
        .isEqualTo(UNITS - units.size());
  }

  /** Business key → process instance id of every unit process of the directive that history knows. */
  private static Map<String, String> unitProcessesInHistory(Connection db, long directive) throws SQLException {
    Map<String, String> processes = new HashMap<>();
    for (Map<String, Object> row : rows(db, "select business_key_, proc_inst_id_ from act_hi_procinst"
        + " where proc_def_key_ = 'GrassrootsUnionProcess' and business_key_ like ?", directive + "/%")) {
      String previous = processes.put((String) row.get("BUSINESS_KEY_"), (String) row.get("PROC_INST_ID_"));
      assertThat(previous).as("a second process for %s", row.get("BUSINESS_KEY_")).isNull();
    }
    return processes;
  }

  private static long count(Connection db, String sql, Object... params) throws SQLException {
    return ((Number) rows(db, sql, params).get(0).values().iterator().next()).longValue();
  }

  private static List<Map<String, Object>> rows(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
            row.put(result.getMetaData().getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), result.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
