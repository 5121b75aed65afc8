package vn.congdoan.cascade.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.DatabaseSnapshot;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * What a REST client (and Tasklist, which uses the same resources) gets for bad requests, against the
 * running application: refusals are 400 with a machine-readable body ({@code type}, Vietnamese
 * {@code message}, {@code code}) and store nothing; malformed JSON and wrongly typed values are 400; a
 * task submitted twice — one after the other or at the same moment — records the work once and tells the
 * second attempt so; anonymous calls are 401; every response carries the security headers and no
 * error shows a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestRefusalTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired OfficerRepository officers;

  private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
  private List<UnitAssignment> units;
  private int nextUnit;

  @BeforeAll
  void distributeADirective() {
    CurrentEngine.use(engine);
    EngineRestClient office = as("vanphong.cdyt");
    EngineRestClient chair = as("chutich.cdyt");
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1291/KH-LĐLĐ"));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    assertThat(office.submit(office.task(sector, "Task_DraftImplementingPlan"), variables("planSubject", "Kế hoạch",
        "planPurpose", "Mục đích.", "planActivities", "Hoạt động.", "planOrganisation", "Tổ chức.")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(chair.submit(chair.task(sector, "Task_ApprovePlan"), variables("planApproved", true)).getStatusCode().value())
        .isEqualTo(204);
    await("every unit's sub-plan task", () -> office.list(
        "/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == 18);
    units = assignments.findByDirectiveWithUnit(directives.findByProcessInstanceId(sector).orElseThrow());
  }

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  private EngineRestClient as(String user) {
    return new EngineRestClient(port, user, "demo");
  }

  private RestClient raw(String user) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    if (user != null) {
      builder.defaultHeaders(h -> h.setBasicAuth(user, "demo"));
    }
    return builder.build();
  }

  private Map<String, Object> directive(String number) {
    return variables("directiveNumber", number, "directiveIssuedOn", today.minusDays(3).toString(),
        "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình", "directiveSubject", "Tổ chức Tháng Công nhân",
        "directiveDeadline", today.plusDays(20).toString());
  }

  /** A grassroots union of the distributed directive not used by another test yet, with its officer. */
  private synchronized Unit nextUnit() {
    UnitAssignment assignment = units.get(nextUnit++);
    Officer officer = officers.findByUnitAndActiveTrueOrderByUsername(assignment.getUnit()).get(0);
    return new Unit(assignment, as(officer.getUsername()));
  }

  record Unit(UnitAssignment assignment, EngineRestClient officer) {
    Map<String, Object> task(String key) {
      return officer.task(assignment.getProcessInstanceId(), key);
    }
  }

  private Map<String, Object> subPlan(String content) {
    return variables("subPlanNumber", "", "subPlanIssuedOn", today.toString(), "subPlanContent", content);
  }

  @Test
  void refusedForm_is400_withCodeAndVietnameseMessage_andStoresNothing() {
    Unit unit = nextUnit();
    Map<String, Object> task = unit.task("Task_DraftSubPlan");
    var before = snapshot(unit);
    ResponseEntity<Map<String, Object>> refused = unit.officer().submit(task, subPlan(" "));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("code", FormValidationException.CODE);
    // the reason alone, without the engine's English "Cannot submit task form <id>: "
    assertThat((String) refused.getBody().get("message")).isEqualTo("Vui lòng nhập nội dung kế hoạch.");
    // claiming is the officer's own act; the refused submission added nothing else
    post(unit.officer(), "/task/{id}/unclaim", task.get("id"));
    assertThat(snapshot(unit)).isEqualTo(before);
  }

  @Test
  void malformedJson_andWronglyTypedValues_are400_andStoreNothing() {
    Unit unit = nextUnit();
    Object taskId = unit.task("Task_DraftSubPlan").get("id");
    var before = snapshot(unit);
    long directives = this.directives.count();
    String username = unit.officer().user();
    ResponseEntity<String> malformed = raw(username).post().uri("/engine-rest/task/{id}/submit-form", taskId)
        .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": {\"subPlanContent\": {\"value\": \"Kế hoạch").retrieve()
        .toEntity(String.class);
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(malformed.getHeaders().getContentType()).hasToString("application/json");
    assertThat(malformed.getBody()).contains("\"type\":\"InvalidRequestException\"", "không phải JSON hợp lệ", "\"code\":22003")
        .doesNotContain("\tat ", "at org.", "CompleteTaskDto");
    ResponseEntity<Map<String, Object>> wrongType = unit.officer().post("/task/{id}/submit-form",
        Map.of("variables", Map.of("subPlanIssuedOn", Map.of("value", "ngày mai", "type", "Date"))), taskId);
    assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
    ResponseEntity<Map<String, Object>> startMalformed = raw("vanphong.cdyt").post()
        .uri("/engine-rest/process-definition/key/DirectiveCascadeProcess/submit-form").contentType(MediaType.APPLICATION_JSON)
        .body("[1, 2").retrieve().toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});
    assertThat(startMalformed.getStatusCode().value()).isEqualTo(400);
    assertThat(startMalformed.getBody()).containsEntry("code", 22003);
    assertThat(snapshot(unit)).isEqualTo(before);
    assertThat(this.directives.count()).isEqualTo(directives);
  }

  @Test
  void theSameTaskSubmittedTwice_recordsTheWorkOnce_andTellsTheSecondAttempt() {
    Unit unit = nextUnit();
    Map<String, Object> task = unit.task("Task_DraftSubPlan");
    assertThat(unit.officer().submit(task, subPlan("Kế hoạch gửi lần đầu.")).getStatusCode().value()).isEqualTo(204);
    // the second tab still shows the form and sends it again, with other text
    ResponseEntity<Map<String, Object>> again = unit.officer().post("/task/{id}/submit-form", subPlan("Gửi lại."), task.get("id"));
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).containsEntry("code", TaskNoLongerOpenException.CODE);
    assertThat((String) again.getBody().get("message")).isEqualTo(TaskNoLongerOpenException.MESSAGE);
    assertThat(jdbc.queryForList("select content from sub_plan where assignment_id = ?", String.class, unit.assignment().getId()))
        .containsExactly("Kế hoạch gửi lần đầu.");
    // the same through "complete" (what a script might call)
    ResponseEntity<Map<String, Object>> complete = unit.officer().post("/task/{id}/complete", subPlan("Lần ba."), task.get("id"));
    assertThat(complete.getStatusCode().value()).isEqualTo(400);
    assertThat(complete.getBody()).containsEntry("code", TaskNoLongerOpenException.CODE);
  }

  /**
   * A double click: the same task sent by two, three and four requests at the same moment, on several
   * units. Exactly one request per task records the work; the others are told the task is done; no
   * request sees an engine error.
   */
  @Test
  void simultaneousSubmissionsOfOneTask_recordTheWorkOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int copies = 2; copies <= 4; copies++) {
        for (int round = 0; round < 3; round++) {
          Unit unit = nextUnit();
          Map<String, Object> task = unit.task("Task_DraftSubPlan");
          post(unit.officer(), "/task/{id}/claim", task.get("id"), Map.of("userId", unit.officer().user()));
          CountDownLatch start = new CountDownLatch(1);
          List<Future<ResponseEntity<Map<String, Object>>>> calls = new ArrayList<>();
          for (int c = 0; c < copies; c++) {
            String content = "Bản gửi thứ " + (c + 1);
            Callable<ResponseEntity<Map<String, Object>>> call = () -> {
              start.await();
              return unit.officer().post("/task/{id}/submit-form", subPlan(content), task.get("id"));
            };
            calls.add(pool.submit(call));
          }
          start.countDown();
          List<ResponseEntity<Map<String, Object>>> responses = new ArrayList<>();
          for (var call : calls) {
            responses.add(call.get());
          }
          assertThat(responses).as("responses of %d simultaneous submissions", copies)
              .filteredOn(r -> r.getStatusCode().value() == 204).hasSize(1);
          assertThat(responses).filteredOn(r -> r.getStatusCode().value() != 204).hasSize(copies - 1).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).isEqualTo(400);
            assertThat(r.getBody()).containsEntry("code", TaskNoLongerOpenException.CODE);
          });
          assertThat(jdbc.queryForObject("select count(*) from sub_plan where assignment_id = ?", Integer.class,
              unit.assignment().getId())).isOne();
          assertThat(unit.officer().list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ReportActivities",
              unit.assignment().getProcessInstanceId())).hasSize(1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A sector form sent three times at once: the office's forms take no unit lock, so the losers collide
   * in the engine (optimistic locking) or on the plan's unique key, are rolled back and retried, and the
   * retry finds the task done.
   */
  @Test
  void simultaneousSubmissionsOfASectorForm_areRetried_andRecordTheWorkOnce() throws Exception {
    EngineRestClient office = as("vanphong.cdyt");
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1292/KH-LĐLĐ"));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    Object taskId = office.task(sector, "Task_DraftImplementingPlan").get("id");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ResponseEntity<Map<String, Object>>>> calls = new ArrayList<>();
      for (int c = 1; c <= 3; c++) {
        Map<String, Object> plan = variables("planSubject", "Kế hoạch bản " + c, "planPurpose", "Mục đích.",
            "planActivities", "Hoạt động.", "planOrganisation", "Tổ chức.");
        calls.add(pool.submit(() -> {
          start.await();
          return office.post("/task/{id}/submit-form", plan, taskId);
        }));
      }
      start.countDown();
      List<ResponseEntity<Map<String, Object>>> responses = new ArrayList<>();
      for (var call : calls) {
        responses.add(call.get());
      }
      assertThat(responses).filteredOn(r -> r.getStatusCode().value() == 204).hasSize(1);
      assertThat(responses).filteredOn(r -> r.getStatusCode().value() != 204).hasSize(2)
          .allSatisfy(r -> assertThat(r.getBody()).containsEntry("code", TaskNoLongerOpenException.CODE));
      long directiveId = directives.findByProcessInstanceId(sector).orElseThrow().getId();
      assertThat(jdbc.queryForList("select subject from implementing_plan where directive_id = ?", String.class, directiveId))
          .singleElement().asString().startsWith("Kế hoạch bản ");
      assertThat(as("chutich.cdyt").list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ApprovePlan", sector)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStartFormSubmittedTwiceAtOnce_registersTheDirectiveOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      EngineRestClient office = as("vanphong.cdyt");
      long cascades = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DirectiveCascadeProcess").count();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ResponseEntity<Map<String, Object>>>> calls = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        calls.add(pool.submit(() -> {
          start.await();
          return office.post("/process-definition/key/DirectiveCascadeProcess/submit-form", directive("500/KH-LĐLĐ"));
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (var call : calls) {
        ResponseEntity<Map<String, Object>> response = call.get();
        statuses.add(response.getStatusCode().value());
        if (response.getStatusCode().value() == 400) {
          assertThat((String) response.getBody().get("message")).contains("500/KH-LĐLĐ", "đã được tiếp nhận");
          assertThat(response.getBody()).containsEntry("code", FormValidationException.CODE);
        }
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 400, 400);
      assertThat(jdbc.queryForObject("select count(*) from directive where number = '500/KH-LĐLĐ'", Integer.class)).isOne();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DirectiveCascadeProcess")
          .count()).isEqualTo(cascades + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anonymousCallsAreRefused() {
    assertThat(raw(null).get().uri("/engine-rest/task").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    assertThat(raw(null).post().uri("/engine-rest/process-definition/key/DirectiveCascadeProcess/submit-form")
        .contentType(MediaType.APPLICATION_JSON).body(directive("600/KH-LĐLĐ")).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(401);
    assertThat(raw(null).get().uri("/api/directives").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    assertThat(raw(null).post().uri("/api/organisation/sync").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    assertThat(jdbc.queryForObject("select count(*) from directive where number = '600/KH-LĐLĐ'", Integer.class)).isZero();
  }

  @Test
  void responsesCarrySecurityHeaders_andErrorsShowNoStackTrace() {
    for (String uri : List.of("/engine-rest/task", "/engine-rest/task/does-not-exist", "/api/directives",
        "/api/documents/abc/content", "/api/documents/1/content?format=odt", "/api/no-such-endpoint")) {
      ResponseEntity<String> response = raw("vanphong.cdyt").get().uri(uri).retrieve().toEntity(String.class);
      HttpHeaders headers = response.getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(uri).isEqualTo("DENY");
      // no-store from this application; the engine's REST API sets its own no-cache on some resources
      assertThat(headers.getFirst("Cache-Control")).as(uri).matches("no-(store|cache)");
      assertThat(headers.getFirst("Content-Security-Policy")).as(uri).contains("default-src 'none'");
      if (response.getStatusCode().isError()) {
        assertThat(response.getBody()).as(uri).isNotNull().doesNotContain("\tat ", "at org.", "at vn.", "Exception:");
      }
    }
    assertThat(raw("vanphong.cdyt").get().uri("/api/documents/abc/content").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(400);
    ResponseEntity<String> page = raw(null).get().uri("/progress/").retrieve().toEntity(String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'self'");
    assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    ResponseEntity<String> anonymous = raw(null).get().uri("/engine-rest/task").retrieve().toEntity(String.class);
    assertThat(anonymous.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    // the webapps keep Camunda's own policy (with its nonce)
    ResponseEntity<String> tasklist = raw(null).get().uri("/camunda/app/tasklist/default/").retrieve().toEntity(String.class);
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy")).contains("nonce-");
  }


  // ---- the attacker's run through HTTP (issue 13): wrong types, Java serialization, deep JSON, huge values ----

  private static final String JAVA_SERIALIZED = "{\"type\":\"Object\",\"value\":\"rO0ABXQABHRlc3Q=\",\"valueInfo\":"
      + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
  private static final String JSON_OBJECT = "{\"type\":\"Object\",\"value\":\"\\\"Kế hoạch\\\"\",\"valueInfo\":"
      + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/json\"}}";
  private static final String BYTES = "{\"type\":\"Bytes\",\"value\":\"AQID\"}";
  private static final String DEEP_JSON = "{\"type\":\"Json\",\"value\":\"" + "[".repeat(5000) + "]".repeat(5000) + "\"}";
  private static final String DEEP_STRING = "{\"value\":\"" + "[".repeat(5000) + "]".repeat(5000) + "\"}";
  private static final String START = "start";

  /** The open task of each form reached through HTTP, by task key (the start form has none). */
  private final Map<String, Unit> restStations = new HashMap<>();

  static String text(String value) {
    return "{\"value\":\"" + value + "\"}";
  }

  static Stream<Arguments> restBadInputs() {
    List<Arguments> cases = new ArrayList<>();
    String notText = "phải là văn bản";
    String bidi = "có ký tự điều khiển chiều viết";
    // the start form (registered in @BeforeAll: 1291/KH-LĐLĐ of the same issuer this year)
    cases.add(rest("start: number sent as a Boolean", START, Map.of("directiveNumber", "{\"value\":true,\"type\":\"Boolean\"}"),
        "Số, ký hiệu văn bản " + notText));
    cases.add(rest("start: subject sent as Bytes", START, Map.of("directiveSubject", BYTES), "Trích yếu " + notText));
    cases.add(rest("start: subject sent as a Java-serialized Object (was 500)", START, Map.of("directiveSubject", JAVA_SERIALIZED),
        "đối tượng Java"));
    cases.add(rest("start: subject sent as a JSON-serialized Object", START, Map.of("directiveSubject", JSON_OBJECT),
        "Trích yếu " + notText));
    cases.add(rest("start: subject sent as Json nested 5,000 deep", START, Map.of("directiveSubject", DEEP_JSON),
        "Trích yếu " + notText));
    cases.add(rest("start: a business key of 10,000 characters (was 500)", START, Map.of("@businessKey", "k".repeat(10_000)),
        "dài quá 255 ký tự"));
    cases.add(rest("start through /start: a business key of 10,000 characters (was 500)", START,
        Map.of("@businessKey", "k".repeat(10_000), "@resource", "start"), "dài quá 255 ký tự"));
    cases.add(rest("start through /start: subject sent as a Java-serialized Object (was 500)", START,
        Map.of("directiveSubject", JAVA_SERIALIZED, "@resource", "start"), "đối tượng Java"));
    cases.add(rest("start through /start: number sent as a Boolean", START,
        Map.of("directiveNumber", "{\"value\":false,\"type\":\"Boolean\"}", "@resource", "start"), "Số, ký hiệu văn bản " + notText));
    cases.add(rest("start: right-to-left override in the number", START, Map.of("directiveNumber", text("1293/KH-\u202eĐLĐL")),
        "Số, ký hiệu văn bản " + bidi));
    cases.add(rest("start: number of zero-width joiners only", START, Map.of("directiveNumber", text("\u200d\u200d")),
        "Vui lòng nhập số, ký hiệu văn bản."));
    cases.add(rest("start: the registered number with a Cyrillic К", START, Map.of("directiveNumber", text("1291/\u041aH-LĐLĐ")),
        "chữ cái Kirin hoặc Hy Lạp"));
    cases.add(rest("start: the registered number with a word joiner", START, Map.of("directiveNumber", text("1291/KH\u2060-LĐLĐ")),
        "đã được tiếp nhận."));
    cases.add(rest("start: the registered number with a soft hyphen", START, Map.of("directiveNumber", text("1291\u00ad/KH-LĐLĐ")),
        "đã được tiếp nhận."));
    cases.add(rest("start: a deadline sent as a Double", START, Map.of("directiveDeadline", "{\"value\":\"2.5\",\"type\":\"Double\"}"),
        "Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    // the sub-plan
    String subPlan = "Task_DraftSubPlan";
    cases.add(rest("sub-plan: number sent as a Boolean", subPlan, Map.of("subPlanNumber", "{\"value\":true,\"type\":\"Boolean\"}"),
        "Số, ký hiệu kế hoạch " + notText));
    cases.add(rest("sub-plan: content sent as Bytes", subPlan, Map.of("subPlanContent", BYTES), "Nội dung kế hoạch " + notText));
    cases.add(rest("sub-plan: content sent as a Java-serialized Object (was 500)", subPlan, Map.of("subPlanContent", JAVA_SERIALIZED),
        "đối tượng Java"));
    cases.add(rest("sub-plan: content sent as Json", subPlan, Map.of("subPlanContent", "{\"type\":\"Json\",\"value\":\"{}\"}"),
        "Nội dung kế hoạch " + notText));
    cases.add(rest("sub-plan: content sent as a JSON-serialized Object", subPlan, Map.of("subPlanContent", JSON_OBJECT),
        "Nội dung kế hoạch " + notText));
    cases.add(rest("sub-plan: right-to-left override in the content", subPlan, Map.of("subPlanContent", text("Kế \u202ehoạch")),
        "Nội dung kế hoạch " + bidi));
    cases.add(rest("sub-plan: 4,001 letters typed decomposed", subPlan,
        Map.of("subPlanContent", text(Normalizer.normalize("Ế", Normalizer.Form.NFD).repeat(4001))), "Nội dung kế hoạch dài quá 4000 ký tự."));
    cases.add(rest("sub-plan: date sent as a Double", subPlan, Map.of("subPlanIssuedOn", "{\"value\":2.5,\"type\":\"Double\"}"),
        "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(rest("sub-plan: date sent as a Boolean", subPlan, Map.of("subPlanIssuedOn", "{\"value\":true}"),
        "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    // the activity report
    String report = "Task_ReportActivities";
    cases.add(rest("report: a count sent as the Double 2.5", report, Map.of("participants", "{\"value\":2.5,\"type\":\"Double\"}"),
        "Số lượt người tham gia phải là số nguyên."));
    cases.add(rest("report: a count sent as the text \"2.5\"", report, Map.of("participants", text("2.5")),
        "Số lượt người tham gia phải là số nguyên."));
    cases.add(rest("report: a count sent as a Boolean", report, Map.of("articles", "{\"value\":true}"),
        "Số tin, bài viết phải là số nguyên."));
    cases.add(rest("report: summary sent as Bytes", report, Map.of("activitySummary", BYTES), "Kết quả thực hiện " + notText));
    cases.add(rest("report: a count sent as a Java-serialized Object", report, Map.of("initiatives", JAVA_SERIALIZED), "đối tượng Java"));
    // the nominations
    String nominations = "Task_NominateExemplars";
    cases.add(rest("nominations: Json nested 5,000 deep (was 500)", nominations, Map.of("nominationsJson", DEEP_JSON),
        "Danh sách đề xuất không đúng định dạng."));
    cases.add(rest("nominations: a String nested 5,000 deep", nominations, Map.of("nominationsJson", DEEP_STRING),
        "Danh sách đề xuất không đúng định dạng."));
    cases.add(rest("nominations: a Java-serialized Object", nominations, Map.of("nominationsJson", JAVA_SERIALIZED), "đối tượng Java"));
    cases.add(rest("nominations: Bytes", nominations, Map.of("nominationsJson", BYTES), "Danh sách đề xuất không đúng định dạng."));
    cases.add(rest("nominations: a name with a right-to-left override", nominations, Map.of("nominationsJson",
        "{\"type\":\"Json\",\"value\":\"[{\\\"kind\\\":\\\"INDIVIDUAL\\\",\\\"name\\\":\\\"An \u202eBình\\\",\\\"workplace\\\":\\\"Khoa Nội\\\","
            + "\\\"achievement\\\":\\\"Tốt.\\\",\\\"movementCode\\\":\\\"lao-dong-gioi-sang-tao\\\",\\\"recognitionCode\\\":\\\"GIAY_KHEN_NGANH\\\"}]\"}"),
        "Đề xuất thứ 1: họ và tên " + bidi));
    return cases.stream();
  }

  private static Arguments rest(String name, String station, Map<String, String> changes, String message) {
    return Arguments.of(name, station, changes, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restBadInputs")
  void badInputThroughRest_is400_withTheVietnameseReason_andStoresNothing(String name, String station, Map<String, String> changes,
      String message) {
    Map<String, String> variables = new LinkedHashMap<>();
    String uri;
    String user;
    Unit unit = null;
    String businessKey = null;
    if (station.equals(START)) {
      variables.putAll(Map.of("directiveNumber", text("1293/KH-LĐLĐ"), "directiveIssuedOn", text(today.minusDays(3).toString()),
          "directiveIssuer", text("Liên đoàn Lao động tỉnh Thái Bình"), "directiveSubject", text("Tổ chức Tháng Công nhân"),
          "directiveDeadline", text(today.plusDays(20).toString())));
      uri = "/engine-rest/process-definition/key/DirectiveCascadeProcess/submit-form";
      user = "vanphong.cdyt";
    } else {
      unit = restStation(station);
      variables.putAll(switch (station) {
        case "Task_DraftSubPlan" -> Map.of("subPlanNumber", text(""), "subPlanIssuedOn", text(today.toString()),
            "subPlanContent", text("Tuyên truyền tại các khoa."));
        case "Task_ReportActivities" -> Map.of("propagandaSessions", "{\"value\":3}", "participants", "{\"value\":120}",
            "articles", "{\"value\":2}", "initiatives", "{\"value\":1}", "activitySummary", text("Đã tổ chức tuyên truyền."));
        default -> Map.of("nominationsJson", "{\"type\":\"Json\",\"value\":\"[]\"}");
      });
      uri = "/engine-rest/task/" + unit.task(station).get("id") + "/submit-form";
      user = unit.officer().user();
    }
    Map<String, String> overrides = new LinkedHashMap<>(changes);
    businessKey = overrides.remove("@businessKey");
    if ("start".equals(overrides.remove("@resource"))) {
      uri = uri.replace("/submit-form", "/start");
    }
    variables.putAll(overrides);
    String body = "{" + (businessKey == null ? "" : "\"businessKey\":\"" + businessKey + "\",") + "\"variables\":{"
        + variables.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",")) + "}}";

    var before = unit == null ? null : snapshot(unit);
    long directiveCount = directives.count();
    long processInstances = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
    ResponseEntity<Map<String, Object>> response = raw(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
        .retrieve().toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode().value()).as("HTTP status (body %s)", response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).containsEntry("code", FormValidationException.CODE);
    // the reason alone, without the engine's "Cannot instantiate process definition …: " or "Cannot submit task form …: "
    assertThat((String) response.getBody().get("message")).contains(message).doesNotContain("Exception", "\tat ", "ENGINE-")
        .doesNotStartWith("Cannot");
    if (unit != null) {
      assertThat(unit.officer().list("/task?processInstanceId={pi}&taskDefinitionKey={key}",
          unit.assignment().getProcessInstanceId(), station)).as("task still open").hasSize(1);
      assertThat(snapshot(unit)).as("nothing stored").isEqualTo(before);
    }
    assertThat(directives.count()).isEqualTo(directiveCount);
    if (station.equals(START)) {
      assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class)).isEqualTo(processInstances);
    }
  }

  /** A valid sub-plan of 4,000 letters typed decomposed (12,000 UTF-16 units) and one padded with invisible characters are stored. */
  @Test
  void longTextsTypedDecomposed_orPaddedWithInvisibleCharacters_areStored_not500() {
    Unit unit = nextUnit();
    Object taskId = unit.task("Task_DraftSubPlan").get("id");
    String nfd = Normalizer.normalize("Ế", Normalizer.Form.NFD).repeat(4000);
    ResponseEntity<Map<String, Object>> stored = unit.officer().post("/task/{id}/submit-form",
        variables("subPlanNumber", "4000/KH-CĐ\u200dCS", "subPlanIssuedOn", today.toString(), "subPlanContent", nfd), taskId);
    assertThat(stored.getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select content from sub_plan where assignment_id = ?", String.class, unit.assignment().getId()))
        .isEqualTo("Ế".repeat(4000));
    assertThat(jdbc.queryForObject("select number from sub_plan where assignment_id = ?", String.class, unit.assignment().getId()))
        .isEqualTo("4000/KH-CĐCS");
    Object reportTask = unit.task("Task_ReportActivities").get("id");
    String padded = "Đã tổ chức tuyên truyền.\u200b\u2060".repeat(150) + "\u200b".repeat(5000);
    ResponseEntity<Map<String, Object>> report = unit.officer().post("/task/{id}/submit-form", variables("propagandaSessions", 3,
        "participants", 120, "articles", 2, "initiatives", 1, "activitySummary", padded), reportTask);
    assertThat(report.getStatusCode().value()).isEqualTo(204);
  }

  /** Reaches, once, a unit at the given form through HTTP (the valid forms before it submitted by its officer). */
  private synchronized Unit restStation(String key) {
    return restStations.computeIfAbsent(key, k -> {
      Unit unit = nextUnit();
      if (!k.equals("Task_DraftSubPlan")) {
        assertThat(unit.officer().post("/task/{id}/submit-form", subPlan("Kế hoạch của CĐCS."),
            unit.task("Task_DraftSubPlan").get("id")).getStatusCode().value()).isEqualTo(204);
      }
      if (k.equals("Task_NominateExemplars")) {
        assertThat(unit.officer().post("/task/{id}/submit-form", variables("propagandaSessions", 3, "participants", 120,
            "articles", 2, "initiatives", 1, "activitySummary", "Đã làm."), unit.task("Task_ReportActivities").get("id"))
            .getStatusCode().value()).isEqualTo(204);
      }
      return unit;
    });
  }

  private Map<String, List<Map<String, Object>>> snapshot(Unit unit) {
    return DatabaseSnapshot.ofUnit(jdbc, unit.assignment().getId(), unit.assignment().getProcessInstanceId());
  }

  private static void post(EngineRestClient client, String uri, Object id) {
    post(client, uri, id, Map.of());
  }

  private static void post(EngineRestClient client, String uri, Object id, Object body) {
    int status = client.post(uri, body, id).getStatusCode().value();
    assertThat(status).as(uri).isEqualTo(204);
  }
}
