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
import java.sql.DriverManager;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
 * on an H2 file database, with its job executor and an SMTP server (GreenMail, in this JVM). A test-only
 * hook ({@link CrashPoints}) stops it inside the transaction of a fan-out batch, of an officer's
 * completion or of a reminder, after the work was done and before the commit; the test then kills the
 * JVM with SIGKILL, looks at the database file, starts the application again on it and checks that the
 * cascade carries on and that the database holds exactly what the users were told: every
 * acknowledged completion, no half of an unacknowledged one, every unit started once, every reminder
 * logged once and e-mailed at most twice (the one duplicate docs/notifications.md accepts).
 *
 * <p>Engine time is frozen by the hook's clock ({@code cascade.test.clock}), as the in-JVM tests do with
 * {@code ClockUtil}: a restart sets it ten minutes later, past the five-minute lock of the jobs that the
 * killed JVM had acquired, so that they run again (in real time the restarted node would wait for that).
 */
class CrashRecoveryTest {

  private static final String SECTOR_OFFICE = "vanphong.cdyt";
  private static final String CHAIR = "chutich.cdyt";
  private static final String ADMIN = "quantri.cdyt";
  private static final String BEFORE_CRASH = "2023-05-12T08:00:00+07:00";
  /** Past the engine's default job lock (five minutes) after {@link #BEFORE_CRASH}. */
  private static final String AFTER_RESTART = "2023-05-12T08:10:00+07:00";
  private static final String REMINDER_DAY = "2023-05-23T09:00:00+07:00";
  private static final String REMINDER_DAY_AFTER_RESTART = "2023-05-23T09:10:00+07:00";
  private static final int UNITS = 18;
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  private final int smtpPort = FreePort.find();
  private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  private final List<ApplicationProcess> runs = new ArrayList<>();
  private final long testStart = System.nanoTime();
  private String testName;

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
  // the three moments

  @Test
  void crashDuringTheFanOut_everyUnitIsStartedExactlyOnceAfterRestart() throws Exception {
    ApplicationProcess first = start("1-fan-out", BEFORE_CRASH, Point.FAN_OUT, 2);
    String sector = startCascade(first);
    long directive = directiveOf(first, sector);
    String detail = first.awaitCrashPoint(Point.FAN_OUT);
    first.kill();

    // at the crash: the first batch of five was committed, the second (in its transaction) is gone
    try (Connection db = database()) {
      assertThat(count(db, "select count(*) from unit_assignment where directive_id = ?", directive))
          .as("assignments recorded when the plan was issued").isEqualTo(UNITS);
      assertThat(count(db, "select count(*) from unit_assignment where directive_id = ? and process_instance_id is not null",
          directive)).as("units started before the crash (%s)", detail).isEqualTo(5);
      assertThat(unitProcessesInHistory(db, directive)).hasSize(5);
    }

    ApplicationProcess second = start("2-after-fan-out-crash", AFTER_RESTART, null, 0);
    EngineRestClient office = second.rest(SECTOR_OFFICE);
    EngineRestClient admin = second.rest(ADMIN);
    second.await("every unit's first task", PATIENCE, () ->
        office.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == UNITS
            && !admin.list("/execution?processInstanceId={pi}&activityId=Task_AwaitUnits", sector).isEmpty()
            && jobCount(admin, "executable=true") == 0);
    assertThat(admin.list("/incident")).isEmpty();
    second.stop();

    try (Connection db = database()) {
      List<Map<String, Object>> assignments = rows(db,
          "select a.id, u.code, a.process_instance_id from unit_assignment a join org_unit u on u.id = a.unit_id"
              + " where a.directive_id = ?", directive);
      assertThat(assignments).hasSize(UNITS);
      assertThat(assignments).extracting(a -> a.get("CODE")).doesNotHaveDuplicates();
      assertThat(assignments).allSatisfy(a -> assertThat(a.get("PROCESS_INSTANCE_ID")).isNotNull());
      // exactly one unit process per unit, ever: none left over from the rolled-back batch, none twice
      Map<String, String> processes = unitProcessesInHistory(db, directive);
      assertThat(processes).hasSize(UNITS);
      for (Map<String, Object> assignment : assignments) {
        assertThat(processes.get(directive + "/" + assignment.get("CODE")))
            .as("the process of %s", assignment.get("CODE")).isEqualTo(assignment.get("PROCESS_INSTANCE_ID"));
        assertThat(count(db, "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'Task_DraftSubPlan'",
            assignment.get("PROCESS_INSTANCE_ID"))).isEqualTo(1);
      }
      assertThat(count(db, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
          + " where d.key_ = 'DirectiveCascadeProcess' and e.act_id_ = 'Task_AwaitUnits' and e.proc_inst_id_ = ?", sector))
          .as("the sector's process waits at its monitoring step").isEqualTo(1);
      assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
    }
  }

  @Test
  void crashDuringACompletion_keepsEveryAcknowledgedCompletion_andNothingOfTheUnacknowledgedOne() throws Exception {
    ApplicationProcess first = start("1-completion", BEFORE_CRASH, Point.COMPLETION, 5);
    String sector = startCascade(first);
    awaitFanOut(first);
    long directive = directiveOf(first, sector);
    List<String> officers = new ArrayList<>(unitOfficers().keySet()).subList(0, 5);

    // four officers submit their sub-plans and are told it worked
    List<String> acknowledged = new ArrayList<>();
    for (String unit : officers.subList(0, 4)) {
      EngineRestClient cdcs = first.rest(unitOfficers().get(unit));
      assertThat(cdcs.submit(cdcs.list("/task?taskDefinitionKey=Task_DraftSubPlan").get(0), subPlan(unit))
          .getStatusCode().value()).as("%s's submission", unit).isEqualTo(204);
      acknowledged.add(unit);
    }
    // the fifth officer's submission reaches the crash point, after the sub-plan was written
    String lastUnit = officers.get(4);
    EngineRestClient last = first.rest(unitOfficers().get(lastUnit));
    Map<String, Object> lastTask = last.list("/task?taskDefinitionKey=Task_DraftSubPlan").get(0);
    CompletableFuture<ResponseEntity<Map<String, Object>>> submitting =
        CompletableFuture.supplyAsync(() -> last.submit(lastTask, subPlan(lastUnit)));
    first.awaitCrashPoint(Point.COMPLETION);
    first.kill();
    Object outcome;
    try {
      outcome = submitting.get(60, TimeUnit.SECONDS).getStatusCode().value();
    } catch (java.util.concurrent.ExecutionException failed) {
      outcome = failed.getCause().getClass().getSimpleName();
    }
    assertThat(outcome).as("what the fifth officer was told").isNotIn(200, 201, 204);

    try (Connection db = database()) {
      assertSubPlans(db, directive, acknowledged);
      assertThat(count(db, "select count(*) from act_ru_task where id_ = ?", lastTask.get("id")))
          .as("the fifth unit's task is still open").isEqualTo(1);
    }

    ApplicationProcess second = start("2-after-completion-crash", AFTER_RESTART, null, 0);
    for (String unit : acknowledged) {
      EngineRestClient cdcs = second.rest(unitOfficers().get(unit));
      assertThat(cdcs.list("/task?taskDefinitionKey=Task_DraftSubPlan")).as("%s's sub-plan task", unit).isEmpty();
      assertThat(cdcs.list("/task?taskDefinitionKey=Task_ReportActivities")).as("%s's next task", unit).hasSize(1);
    }
    EngineRestClient again = second.rest(unitOfficers().get(lastUnit));
    List<Map<String, Object>> open = again.list("/task?taskDefinitionKey=Task_DraftSubPlan");
    assertThat(open).extracting(t -> t.get("id")).containsExactly(lastTask.get("id"));
    // the officer submits again; acknowledged, and the JVM is killed at once: the acknowledgement must hold
    assertThat(again.submit(open.get(0), subPlan(lastUnit)).getStatusCode().value()).isEqualTo(204);
    second.kill();
    acknowledged.add(lastUnit);
    try (Connection db = database()) {
      assertSubPlans(db, directive, acknowledged);
      assertThat(count(db, "select count(*) from act_ru_task where id_ = ?", lastTask.get("id"))).isZero();
      assertThat(count(db, "select count(*) from act_ru_task t join unit_assignment a on a.process_instance_id = t.proc_inst_id_"
          + " where a.directive_id = ? and t.task_def_key_ = 'Task_ReportActivities'", directive)).isEqualTo(5);
      assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
    }
  }

  @Test
  void crashDuringAReminderRun_everyUnitIsRemindedOnce_withAtMostTheAcceptedDuplicate() throws Exception {
    ApplicationProcess first = start("1-reminders", BEFORE_CRASH, Point.REMINDER, 9);
    String sector = startCascade(first);
    awaitFanOut(first);
    long directive = directiveOf(first, sector);
    EngineRestClient admin = first.rest(ADMIN);
    first.await("every unit's reminder timer", PATIENCE,
        () -> jobCount(admin, "timers=true&processDefinitionKey=GrassrootsUnionProcess") == UNITS);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // the first reminder day: eighteen timers are due at once
    setClock(first, REMINDER_DAY);
    String detail = first.awaitCrashPoint(Point.REMINDER);
    long crashed = Long.parseLong(detail.replaceFirst("^assignment=(\\d+).*$", "$1"));
    first.kill();

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
    assertThat(committedBeforeCrash).as("reminders committed before the crash").isNotEmpty().doesNotContain(crashed);
    assertThat(sendsPerUnit(units)).as("the crashed reminder's e-mail had reached the SMTP server")
        .containsEntry(units.get(crashed), 1);
    System.out.printf("Reminder crash: %d of %d reminders committed, %d e-mails accepted by the SMTP server%n",
        committedBeforeCrash.size(), UNITS, sendsPerUnit(units).values().stream().mapToInt(Integer::intValue).sum());

    ApplicationProcess second = start("2-after-reminder-crash", REMINDER_DAY_AFTER_RESTART, null, 0);
    EngineRestClient adminAgain = second.rest(ADMIN);
    second.await("every unit's reminder", PATIENCE, () -> sendsPerUnit(units).size() == UNITS
        && jobCount(adminAgain, "executable=true") == 0);
    assertThat(adminAgain.list("/incident")).isEmpty();
    second.stop();

    try (Connection db = database()) {
      List<Map<String, Object>> logged = rows(db, "select subject_id, point from sent_notification where kind = 'REMINDER'");
      assertThat(logged).extracting(r -> ((Number) r.get("SUBJECT_ID")).longValue())
          .containsExactlyInAnyOrderElementsOf(units.keySet());
      assertThat(logged).extracting(r -> r.get("POINT").toString()).containsOnly("2023-05-23");
    }
    Map<String, Integer> sends = sendsPerUnit(units);
    System.out.printf("Reminder e-mails per unit after restart: %s%n", sends);
    for (Map.Entry<Long, String> unit : units.entrySet()) {
      if (unit.getKey() == crashed) {
        // accepted by the SMTP server, rolled back with the crash, sent again by the retried job
        assertThat(sends.get(unit.getValue())).as("the reminder of %s", unit.getValue()).isEqualTo(2);
      } else if (committedBeforeCrash.contains(unit.getKey())) {
        assertThat(sends.get(unit.getValue())).as("the reminder of %s", unit.getValue()).isEqualTo(1);
      } else {
        // still to do at the crash, or being sent on another job executor thread at that moment
        assertThat(sends.get(unit.getValue())).as("the reminder of %s", unit.getValue()).isBetween(1, 2);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // the application

  private ApplicationProcess start(String name, String clock, Point crashPoint, int crashAt) {
    List<String> args = new ArrayList<>(List.of("--" + CrashHarness.CLOCK + "=" + clock));
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
    try (InputStream in = CrashRecoveryTest.class.getResourceAsStream("/organisation/thai-binh-health-sector.yaml")) {
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
  // the database file, read while no application runs on it

  private Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/cascade-db").toAbsolutePath(), "sa", "");
  }

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
