package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.DatabaseSnapshot;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.TasklistSession;

/**
 * The rules hold in the engine whatever the URL looks like (issue 13's bypasses, each reproduced here as
 * it was found): a percent-encoded task id or process key, Tasklist's copy of the API, the Java API with a
 * user logged in. Each attempt is answered with a refusal and changes nothing — neither the officer's unit
 * nor the unit a forged variable points at. The class has an application context of its own (it logs in
 * to the webapps, see FormOnlyVariablesTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500", "cascade.test.context=engine-rules"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRulesTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired OfficerRepository officers;

  private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private String sectorProcess;
  private List<UnitAssignment> units;

  @BeforeAll
  void distributeADirective() {
    CurrentEngine.use(engine);
    EngineRestClient office = new EngineRestClient(port, "vanphong.cdyt", "demo");
    EngineRestClient chair = new EngineRestClient(port, "chutich.cdyt", "demo");
    ResponseOk.of(office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "1395/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(3).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình", "directiveSubject", "Tổ chức Tháng Công nhân",
            "directiveDeadline", today.plusDays(20).toString())).getStatusCode().value(), 200);
    sectorProcess = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DirectiveCascadeProcess")
        .orderByProcessInstanceId().desc().list().stream()
        .filter(pi -> directives.findByProcessInstanceId(pi.getId()).map(d -> d.getNumber().equals("1395/KH-LĐLĐ")).orElse(false))
        .findFirst().orElseThrow().getId();
    ResponseOk.of(office.submit(office.task(sectorProcess, "Task_DraftImplementingPlan"), variables("planSubject", "Kế hoạch",
        "planPurpose", "Mục đích.", "planActivities", "Hoạt động.", "planOrganisation", "Tổ chức.")).getStatusCode().value(), 204);
    ResponseOk.of(chair.submit(chair.task(sectorProcess, "Task_ApprovePlan"), variables("planApproved", true))
        .getStatusCode().value(), 204);
    var directive = directives.findByProcessInstanceId(sectorProcess).orElseThrow();
    await("every unit's sub-plan task", () -> {
      List<UnitAssignment> distributed = assignments.findByDirectiveWithUnit(directive);
      return distributed.size() == 18 && distributed.stream().allMatch(a -> a.getProcessInstanceId() != null
          && engine.getTaskService().createTaskQuery().processInstanceId(a.getProcessInstanceId())
              .taskDefinitionKey("Task_DraftSubPlan").count() == 1);
    });
    units = assignments.findByDirectiveWithUnit(directive).stream().filter(a -> !a.getUnit().getCode().equals("cdcs-cdc")).toList();
  }

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @AfterEach
  void nobodyLoggedIn() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Issue 13, 1 and 4: a percent-encoded task id reaches the same rules as a plain one, on every path. */
  @Test
  void encodedTaskIds_passTheSameRules() throws Exception {
    UnitAssignment own = units.get(0);
    UnitAssignment other = units.get(1);
    String officer = officerOf(own);
    String taskId = taskOf(own);
    var ownBefore = snapshot(own);
    var otherBefore = snapshot(other);
    String forged = json.writeValueAsString(Map.of("variables", Map.of("subPlanNumber", Map.of("value", ""),
        "subPlanIssuedOn", Map.of("value", today.toString()), "subPlanContent", Map.of("value", "Kế hoạch."),
        "assignmentId", Map.of("value", other.getId(), "type", "Long"))));
    for (String path : List.of("/engine-rest/task/" + encodeFirst(taskId, false) + "/submit-form",
        "/engine-rest/task/" + encodeFirst(taskId, true) + "/submit-form",
        "/engine-rest/task/" + encodeAll(taskId) + "/complete",
        "/engine-rest/task/" + taskId + ";x=1/submit-form",
        "/engine-rest/task/" + taskId + "/submit-form;jsessionid=1/",
        "/engine-rest/engine/default/task/" + encodeFirst(taskId, false) + "/resolve")) {
      HttpResponse<String> refused = send("POST", path, officer, forged);
      assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
      assertThat(json.readTree(refused.body()).path("code").asInt()).as(path).isEqualTo(FormValidationException.CODE);
      assertThat(json.readTree(refused.body()).path("message").asText()).as(path).contains("(assignmentId)");
    }
    // an encoded or mixed-case endpoint name is no endpoint (the API matches its paths as written)
    for (String path : List.of("/engine-rest/%74ask/" + taskId + "/submit-form", "/engine-rest/TASK/" + taskId + "/submit-form",
        "/engine-rest/task/" + taskId + "/Submit-Form", "/engine-rest//task//" + encodeFirst(taskId, false) + "//submit-form")) {
      assertThat(send("POST", path, officer, forged).statusCode()).as(path).isIn(403, 404);
    }
    // double-encoded: the API decodes once, so this names no task
    HttpResponse<String> doubled = send("POST", "/engine-rest/task/" + "%25" + Integer.toHexString(taskId.charAt(0)) + taskId.substring(1)
        + "/submit-form", officer, forged);
    assertThat(doubled.statusCode()).as(doubled.body()).isIn(400, 403, 404, 500);
    // encoded slash or dot segments are refused outright
    assertThat(send("POST", "/engine-rest/task%2F" + taskId + "/submit-form", officer, forged).statusCode()).isEqualTo(400);
    assertThat(send("POST", "/engine-rest/task/x/../" + taskId + "/submit-form", officer, forged).statusCode()).isIn(400, 404);

    // Tasklist's copy of the API, with the session and its CSRF token
    TasklistSession tasklist = TasklistSession.login(port, officer, "demo");
    HttpResponse<String> viaTasklist = tasklist.send("POST", "/camunda/api/engine/engine/default/task/"
        + encodeFirst(taskId, false) + "/submit-form", forged);
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(viaTasklist.body()).contains("(assignmentId)");

    // Java, as the officer
    engine.getIdentityService().setAuthentication(officer, List.of(own.getUnit().getCode()));
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, Map.of("subPlanContent", "x",
        "assignmentId", other.getId()))).isInstanceOf(FormValidationException.class).hasMessageContaining("(assignmentId)");
    engine.getIdentityService().clearAuthentication();

    // claiming for another unit's officer with an encoded id (issue 13, 4)
    String stranger = officerOf(other);
    HttpResponse<String> claim = send("POST", "/engine-rest/task/" + encodeFirst(taskId, false) + "/claim", officer,
        json.writeValueAsString(Map.of("userId", stranger)));
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
    assertThat(claim.body()).contains("không giao được cho " + stranger);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    assertThat(snapshot(own)).isEqualTo(ownBefore);
    assertThat(snapshot(other)).isEqualTo(otherBefore);
    HttpResponse<String> valid = send("POST", "/engine-rest/task/" + encodeFirst(taskId, false) + "/submit-form", officer,
        json.writeValueAsString(Map.of("variables", Map.of("subPlanNumber", Map.of("value", ""),
            "subPlanIssuedOn", Map.of("value", today.toString()), "subPlanContent", Map.of("value", "Kế hoạch của đơn vị.")))));
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);
    assertThat(snapshot(other)).isEqualTo(otherBefore);
  }

  /** Issue 13, 2: an encoded process key is the same process with the same start form. */
  @Test
  void anEncodedProcessKey_startsOnlyThroughTheStartForm() throws Exception {
    long before = directives.count();
    String body = json.writeValueAsString(Map.of("variables", Map.of("directiveNumber", Map.of("value", "1396/KH-LĐLĐ"),
        "directiveIssuedOn", Map.of("value", today.minusDays(3).toString()),
        "directiveIssuer", Map.of("value", "Liên đoàn Lao động tỉnh Thái Bình"),
        "directiveSubject", Map.of("value", "Tổ chức Tháng Công nhân"),
        "directiveDeadline", Map.of("value", today.plusDays(20).toString()),
        "initiator", Map.of("value", "chutich.cdyt"))));
    for (String path : List.of("/engine-rest/process-definition/key/%44irectiveCascadeProcess/submit-form",
        "/engine-rest/process-definition/key/%44irectiveCascadeProcess/start",
        "/engine-rest/process-definition/key/DirectiveCascadeProcess;v=2/submit-form/")) {
      HttpResponse<String> refused = send("POST", path, "vanphong.cdyt", body);
      assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
      assertThat(json.readTree(refused.body()).path("message").asText()).as(path).isEqualTo(
          "Yêu cầu có dữ liệu không thuộc biểu mẫu này (initiator); không có gì được lưu.");
    }
    assertThat(directives.count()).isEqualTo(before);
  }

  /** Issue 13, 3: no BPMN error or escalation from a task; the unit's work and the other units' are untouched. */
  @Test
  void aTaskCannotEndByBpmnErrorOrEscalation() throws Exception {
    UnitAssignment own = units.get(2);
    String officer = officerOf(own);
    String taskId = taskOf(own);
    var before = snapshot(own);
    for (String action : List.of("bpmnError", "bpmnEscalation")) {
      HttpResponse<String> refused = send("POST", "/engine-rest/task/" + taskId + "/" + action, officer,
          json.writeValueAsString(Map.of("errorCode", "x", "escalationCode", "x",
              "variables", Map.of("hasNominations", Map.of("value", true)))));
      assertThat(refused.statusCode()).as(action + " " + refused.body()).isEqualTo(403);
    }
    engine.getIdentityService().setAuthentication("quantri.ldld", List.of("camunda-admin"));
    assertThatThrownBy(() -> engine.getTaskService().handleBpmnError(taskId, "x")).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("chỉ được kết thúc qua biểu mẫu");
    engine.getIdentityService().clearAuthentication();
    assertThat(snapshot(own)).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(own.getProcessInstanceId()).count()).isOne();
  }

  /** Issue 13, 5: the office starts the cascade at its start, and restarts or modifies nothing. */
  @Test
  void theOfficeCannotRestartOrModifyProcesses() throws Exception {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("DirectiveCascadeProcess")
        .latestVersion().singleResult().getId();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    HttpResponse<String> restart = send("POST", "/engine-rest/process-definition/" + definitionId + "/restart", "vanphong.cdyt",
        json.writeValueAsString(Map.of("processInstanceIds", List.of(sectorProcess),
            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_IssuePlan")))));
    assertThat(restart.statusCode()).as(restart.body()).isEqualTo(403);
    HttpResponse<String> modify = send("POST", "/engine-rest/process-instance/" + sectorProcess + "/modification", "vanphong.cdyt",
        json.writeValueAsString(Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_IssuePlan")))));
    assertThat(modify.statusCode()).as(modify.body()).isEqualTo(403);
    engine.getIdentityService().setAuthentication("vanphong.cdyt", List.of("cdn-y-te-thai-binh-office"));
    assertThatThrownBy(() -> engine.getRuntimeService().restartProcessInstances(definitionId))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("Chỉ quản trị viên");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(sectorProcess))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceById(definitionId)
        .startBeforeActivity("Task_IssuePlan").execute()).isInstanceOf(FormValidationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /** Issue 13, 6: an officer does not rename their task, nor move its due date; the follow-up date is theirs. */
  @Test
  void anOfficerCannotRewriteTheirTask() throws Exception {
    UnitAssignment own = units.get(3);
    String officer = officerOf(own);
    String taskId = taskOf(own);
    Task before = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    Map<String, Object> rewritten = new HashMap<>(Map.of("name", "Việc khác", "description", "x", "priority", 9999999,
        "due", "2020-01-01T00:00:00.000+0700"));
    HttpResponse<String> refused = send("PUT", "/engine-rest/task/" + encodeFirst(taskId, false), officer, json.writeValueAsString(rewritten));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("do quy trình đặt");
    Task after = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(after.getPriority()).isEqualTo(before.getPriority());
    // what Tasklist sends when the officer sets a follow-up date: the task as it is, with that date
    JsonNode task = json.readTree(send("GET", "/engine-rest/task/" + taskId, officer, null).body());
    Map<String, Object> followUp = new HashMap<>();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "due",
        "parentTaskId", "caseInstanceId", "tenantId")) {
      followUp.put(field, task.path(field).isNull() || task.path(field).isMissingNode() ? null
          : task.path(field).isNumber() ? task.path(field).asInt() : task.path(field).asText());
    }
    followUp.put("followUp", today.plusDays(1) + "T08:00:00.000+0700");
    HttpResponse<String> accepted = send("PUT", "/engine-rest/task/" + taskId, officer, json.writeValueAsString(followUp));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getFollowUpDate()).isNotNull();
  }

  /** Issue 13, 7: wrong passwords hold back the client that types them, never lock the account for its owner. */
  @Test
  void wrongPasswords_slowTheGuesser_withoutLockingTheAccount() throws Exception {
    String victim = officerOf(units.get(4));
    for (int i = 0; i < 12; i++) {
      assertThat(basicFrom("127.0.0.2", victim, "wrong-" + i)).isEqualTo(401);
    }
    assertThat(basicFrom("127.0.0.2", victim, "demo")).as("the guesser's client, right password: held back").isEqualTo(401);
    assertThat(basicFrom("127.0.0.1", victim, "demo")).as("the owner, from elsewhere").isEqualTo(200);
    assertThat(engine.getIdentityService().checkPassword(victim, "demo")).as("the account is not locked").isTrue();
  }

  /** Issue 13, 8: nobody tests another user's password, whatever their role. */
  @Test
  void nobodyVerifiesAnotherUsersPassword() throws Exception {
    String body = json.writeValueAsString(Map.of("username", "chutich.cdyt", "password", "demo"));
    assertThat(send("POST", "/engine-rest/identity/verify", "vanphong.cdyt", body).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = send("POST", "/engine-rest/identity/verify", "quantri.ldld", body);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(403);
    assertThat(admin.body()).doesNotContain("\"authenticated\":true");
    assertThat(admin.body()).contains("Không được kiểm tra mật khẩu của người dùng khác.");
    HttpResponse<String> own = send("POST", "/engine-rest/identity/verify", "quantri.ldld",
        json.writeValueAsString(Map.of("username", "quantri.ldld", "password", "demo")));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    engine.getIdentityService().setAuthentication("vanphong.cdyt", List.of("cdn-y-te-thai-binh-office"));
    assertThatThrownBy(() -> engine.getIdentityService().checkPassword("chutich.cdyt", "demo"))
        .isInstanceOf(AuthorizationException.class);
  }

  /** Issue 13, 9: Cockpit's plugin API is for those who may use Cockpit. */
  @Test
  void cockpitsApi_isForCockpitsUsersOnly() throws Exception {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    // a CĐCS officer, and a sector's administrator: Cockpit's statistics count every sector's instances (docs/security.md)
    for (String user : List.of(officerOf(units.get(5)), "quantri.cdyt")) {
      TasklistSession session = TasklistSession.login(port, user, "demo");
      for (String path : List.of(statistics, "/camunda/api/cockpit/plugin/base/default/process-instance",
          "/camunda/api/%63ockpit/plugin/base/default/process-definition/statistics",
          "/camunda/api/engine/engine/default/process-definition/statistics",
          "/camunda/api/engine/engine/default/process-definition/statistics?incidents=true",
          "/camunda/api/admin/plugin/adminPlugins/default/metrics")) {
        assertThat(session.send("GET", path, null).statusCode()).as(user + " " + path).isEqualTo(403);
      }
    }
    TasklistSession admin = TasklistSession.login(port, "quantri.ldld", "demo");
    assertThat(admin.send("GET", statistics, null).statusCode()).isEqualTo(200);
  }

  /** Issue 13, 10: a running cascade is not deleted from under its units. */
  @Test
  void aRunningCascadeIsNotDeleted() throws Exception {
    HttpResponse<String> sector = send("DELETE", "/engine-rest/process-instance/" + sectorProcess, "quantri.ldld", null);
    assertThat(sector.statusCode()).as(sector.body()).isEqualTo(403);
    assertThat(sector.body()).contains("đang triển khai");
    UnitAssignment unit = units.get(6);
    HttpResponse<String> oneUnit = send("DELETE", "/engine-rest/process-instance/" + unit.getProcessInstanceId(), "quantri.ldld", null);
    assertThat(oneUnit.statusCode()).as(oneUnit.body()).isEqualTo(403);
    HttpResponse<String> batch = send("POST", "/engine-rest/process-instance/delete", "quantri.ldld",
        json.writeValueAsString(Map.of("processInstanceQuery", Map.of("processDefinitionKey", "GrassrootsUnionProcess"))));
    assertThat(batch.statusCode()).as(batch.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sectorProcess).count()).isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("GrassrootsUnionProcess")
        .processInstanceBusinessKeyLike(directives.findByProcessInstanceId(sectorProcess).orElseThrow().getId() + "/%").count())
        .isEqualTo(18);
  }

  /** An officer's request body is at most 2 MB: declared larger, it is refused before it is read. */
  @Test
  void anOfficersBody_isAtMostTwoMegabytes() throws Exception {
    UnitAssignment unit = units.get(7);
    String big = "{\"variables\":{\"subPlanContent\":{\"value\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}}}";
    HttpResponse<String> refused = send("POST", "/engine-rest/task/" + taskOf(unit) + "/submit-form", officerOf(unit), big);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    assertThat(refused.body()).contains("quá lớn");
  }

  private String taskOf(UnitAssignment unit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(unit.getProcessInstanceId())
        .taskDefinitionKey("Task_DraftSubPlan").singleResult().getId();
  }

  private String officerOf(UnitAssignment assignment) {
    return officers.findByUnitAndActiveTrueOrderByUsername(assignment.getUnit()).get(0).getUsername();
  }

  private Map<String, List<Map<String, Object>>> snapshot(UnitAssignment assignment) {
    return DatabaseSnapshot.ofUnit(jdbc, assignment.getId(), assignment.getProcessInstanceId());
  }

  /** The id with its first character percent-encoded (upper- or lower-case hex). */
  private static String encodeFirst(String id, boolean lowerCase) {
    String hex = Integer.toHexString(id.charAt(0));
    return "%" + (lowerCase ? hex.toLowerCase() : hex.toUpperCase()) + id.substring(1);
  }

  private static String encodeAll(String id) {
    StringBuilder encoded = new StringBuilder();
    for (char c : id.toCharArray()) {
      encoded.append('%').append(Integer.toHexString(c).toUpperCase());
    }
    return encoded.toString();
  }

  /** Sends the path exactly as written (no re-encoding), with HTTP Basic. */
  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status of {@code GET /engine-rest/user/{user}/profile} with HTTP Basic, from a given loopback address. */
  private int basicFrom(String localAddress, String user, String password) throws Exception {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /engine-rest/user/" + user + "/profile HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static final class ResponseOk {
    static void of(int actual, int expected) {
      assertThat(actual).isEqualTo(expected);
    }
  }
}
