package vn.congdoan.cascade.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.form.SubmittableVariables;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.DatabaseSnapshot;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.TasklistSession;

/**
 * An officer who holds a task cannot use it to set other variables of the process: a completion carrying
 * a variable its form does not have is refused (400, code 22000) through every path of the REST API and
 * through Tasklist's copy of it, and a task's variables cannot be written directly (403); nothing is
 * stored, neither for the officer's unit nor for the unit the forged variable points at. Every form's
 * fields, as the form files declare them, are accepted.
 *
 * <p>The class has an application context of its own (the last property), started when it runs: it logs
 * in to the webapps, whose static state (Cockpit's runtime delegate) is cleared whenever another test's
 * web server stops, so a context cached from earlier in the suite may no longer serve them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500", "cascade.test.context=form-only-variables"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormOnlyVariablesTest {

  /** Variables the cascade relies on that no form may set. */
  private static final Set<String> CONTROL_VARIABLES = Set.of("assignmentId", "directiveId", "unitCode", "unitGroup",
      "sectorCode", "sectorOfficeGroup", "sectorChairGroup", "deadline", "escalationAt", "initiator", "reportId");

  private static final Pattern EMBEDDED_FORM_VARIABLE = Pattern.compile("var \\w+_VARIABLE = '(\\w+)'");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired OfficerRepository officers;
  @Autowired SubmittableVariables submittable;

  private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
  private final ObjectMapper json = new ObjectMapper();
  private List<UnitAssignment> units;
  /** Trung tâm Kiểm soát bệnh tật: two officers, cdc.chutich and cdc.uyvien. */
  private UnitAssignment twoOfficerUnit;

  @BeforeAll
  void distributeADirective() {
    CurrentEngine.use(engine);
    EngineRestClient office = new EngineRestClient(port, "vanphong.cdyt", "demo");
    EngineRestClient chair = new EngineRestClient(port, "chutich.cdyt", "demo");
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "1293/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(3).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình", "directiveSubject", "Tổ chức Tháng Công nhân",
            "directiveDeadline", today.plusDays(20).toString()));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    assertThat(office.submit(office.task(sector, "Task_DraftImplementingPlan"), variables("planSubject", "Kế hoạch",
        "planPurpose", "Mục đích.", "planActivities", "Hoạt động.", "planOrganisation", "Tổ chức.")).getStatusCode().value())
        .isEqualTo(204);
    // the chair's decision is a form field; a forged candidate group with it is not
    Map<String, Object> approval = chair.task(sector, "Task_ApprovePlan");
    ResponseEntity<Map<String, Object>> forged = chair.submit(approval, variables("planApproved", true,
        "sectorOfficeGroup", "cdcs-bvdk"));
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody()).containsEntry("code", FormValidationException.CODE);
    assertThat(chair.post("/task/{id}/submit-form", variables("planApproved", true), approval.get("id")).getStatusCode().value())
        .isEqualTo(204);
    var directive = directives.findByProcessInstanceId(sector).orElseThrow();
    await("every unit's sub-plan task", () -> {
      List<UnitAssignment> distributed = assignments.findByDirectiveWithUnit(directive);
      return distributed.size() == 18 && distributed.stream().allMatch(a -> a.getProcessInstanceId() != null
          && engine.getTaskService().createTaskQuery().processInstanceId(a.getProcessInstanceId())
              .taskDefinitionKey("Task_DraftSubPlan").count() == 1);
    });
    List<UnitAssignment> distributed = assignments.findByDirectiveWithUnit(directive);
    twoOfficerUnit = distributed.stream().filter(a -> a.getUnit().getCode().equals("cdcs-cdc")).findFirst().orElseThrow();
    units = distributed.stream().filter(a -> a != twoOfficerUnit).toList();
  }

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void aCompletionWithVariablesNotOnItsForm_isRefusedOnEveryPath_andStoresNothing() {
    UnitAssignment own = units.get(0);
    UnitAssignment other = units.get(1);
    EngineRestClient officer = officerOf(own);
    Map<String, Object> task = officer.task(own.getProcessInstanceId(), "Task_DraftSubPlan");
    Object taskId = task.get("id");
    assertThat(officer.post("/task/{id}/claim", Map.of("userId", officer.user()), taskId).getStatusCode().value()).isEqualTo(204);
    var ownBefore = snapshot(own);
    var otherBefore = snapshot(other);
    Map<String, Object> forgedAssignment = Map.of("value", other.getId(), "type", "Long");
    record Attempt(String path, String variable, Object value) {}
    List<Attempt> attempts = List.of(
        new Attempt("/engine-rest/task/{id}/submit-form", "assignmentId", forgedAssignment),
        new Attempt("/engine-rest/task/{id}/complete", "assignmentId", forgedAssignment),
        new Attempt("/engine-rest/task/{id}/submit-form", "unitGroup", Map.of("value", "cdcs-cdc")),
        new Attempt("/engine-rest/task/{id}/complete", "deadline", Map.of("value", "2099-01-01T00:00:00.000+0700", "type", "Date")),
        new Attempt("/engine-rest/engine/default/task/{id}/submit-form", "directiveId", Map.of("value", 1, "type", "Long")),
        new Attempt("/engine-rest/task/{id}/submit-form/", "assignmentId", forgedAssignment),
        new Attempt("/engine-rest/task/{id}/resolve", "assignmentId", forgedAssignment));
    for (Attempt attempt : attempts) {
      Map<String, Object> body = new HashMap<>(subPlanFields());
      body.put(attempt.variable(), attempt.value());
      ResponseEntity<Map<String, Object>> refused = basic(officer.user()).post().uri(attempt.path(), taskId)
          .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", body)).retrieve()
          .toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});
      assertThat(refused.getStatusCode().value()).as(attempt.toString()).isEqualTo(400);
      assertThat(refused.getBody()).as(attempt.toString()).containsEntry("code", FormValidationException.CODE)
          .containsEntry("message", "Yêu cầu có dữ liệu không thuộc biểu mẫu này (" + attempt.variable()
              + "); không có gì được lưu.");
    }
    assertThat(snapshot(own)).isEqualTo(ownBefore);
    assertThat(snapshot(other)).isEqualTo(otherBefore);

    // the form's own fields, the one it only shows included, are accepted
    Map<String, Object> valid = new HashMap<>(subPlanFields());
    valid.put("planSummary", Map.of("value", "Tóm tắt kế hoạch của cấp trên (chỉ hiển thị)."));
    assertThat(officer.post("/task/{id}/submit-form", Map.of("variables", valid), taskId).getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForList("select content from sub_plan where assignment_id = ?", String.class, own.getId()))
        .containsExactly("Kế hoạch của đơn vị.");
    assertThat(snapshot(other)).isEqualTo(otherBefore);
  }

  @Test
  void aTasksVariablesCannotBeWrittenDirectly_butCanBeRead() {
    UnitAssignment own = units.get(2);
    UnitAssignment other = units.get(3);
    EngineRestClient officer = officerOf(own);
    Object taskId = officer.task(own.getProcessInstanceId(), "Task_DraftSubPlan").get("id");
    var before = snapshot(own);
    Map<String, Object> forged = Map.of("value", other.getId(), "type", "Long");
    RestClient client = basic(officer.user());
    List<ResponseEntity<String>> writes = new ArrayList<>();
    writes.add(client.put().uri("/engine-rest/task/{id}/variables/assignmentId", taskId).contentType(MediaType.APPLICATION_JSON)
        .body(forged).retrieve().toEntity(String.class));
    writes.add(client.put().uri("/engine-rest/task/{id}/localVariables/assignmentId", taskId).contentType(MediaType.APPLICATION_JSON)
        .body(forged).retrieve().toEntity(String.class));
    writes.add(client.post().uri("/engine-rest/task/{id}/variables", taskId).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("modifications", Map.of("assignmentId", forged))).retrieve().toEntity(String.class));
    writes.add(client.post().uri("/engine-rest/task/{id}/localVariables", taskId).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("modifications", Map.of("assignmentId", forged))).retrieve().toEntity(String.class));
    writes.add(client.method(HttpMethod.DELETE).uri("/engine-rest/task/{id}/variables/assignmentId", taskId).retrieve()
        .toEntity(String.class));
    assertThat(writes).allSatisfy(response -> {
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      // refused at the API's edge for an officer (not an endpoint of theirs), and by the engine's rule for anyone
      assertThat(response.getBody()).containsAnyOf("chỉ được thay đổi qua biểu mẫu", "không được dùng chức năng này");
    });
    engine.getIdentityService().setAuthentication("quantri.ldld", List.of("camunda-admin"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().setVariable((String) taskId,
          "assignmentId", other.getId())).hasMessage("Dữ liệu của công việc chỉ được thay đổi qua biểu mẫu của công việc.");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(snapshot(own)).isEqualTo(before);
    assertThat(client.get().uri("/engine-rest/task/{id}/variables/assignmentId", taskId).retrieve().toEntity(String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  /**
   * The office may start the cascade, with its start form only: not as another officer ({@code initiator},
   * which the engine sets to the caller), not with another variable, not past the chair's approval
   * ({@code startInstructions}) nor without the model's listeners.
   */
  @Test
  void aStartWithMoreThanItsForm_orElsewhereThanAtTheStart_isRefused_andStoresNothing() {
    EngineRestClient office = new EngineRestClient(port, "vanphong.cdyt", "demo");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("DirectiveCascadeProcess")
        .latestVersion().singleResult().getId();
    long directivesBefore = directives.count();
    long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    record Attempt(String path, Map<String, Object> body, String message) {}
    List<Attempt> attempts = List.of(
        new Attempt("/engine-rest/process-definition/key/DirectiveCascadeProcess/submit-form",
            startForm("1294/KH-LĐLĐ", Map.of("initiator", Map.of("value", "chutich.cdyt"))), "(initiator)"),
        new Attempt("/engine-rest/process-definition/" + definitionId + "/submit-form",
            startForm("1294/KH-LĐLĐ", Map.of("sectorOfficeGroup", Map.of("value", "cdcs-bvdk-tinh"))), "(sectorOfficeGroup)"),
        new Attempt("/engine-rest/process-definition/key/DirectiveCascadeProcess/start",
            withField(startForm("1294/KH-LĐLĐ", Map.of()), "startInstructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_IssuePlan"))), "chỉ được bắt đầu từ đầu"),
        new Attempt("/engine-rest/process-definition/key/DirectiveCascadeProcess/start",
            withField(startForm("1294/KH-LĐLĐ", Map.of()), "skipCustomListeners", true), "chỉ được bắt đầu từ đầu"));
    for (Attempt attempt : attempts) {
      ResponseEntity<Map<String, Object>> refused = office.post(attempt.path().substring("/engine-rest".length()), attempt.body());
      assertThat(refused.getStatusCode().value()).as(attempt.path()).isEqualTo(400);
      assertThat(refused.getBody()).as(attempt.path()).containsEntry("code", FormValidationException.CODE);
      assertThat((String) refused.getBody().get("message")).as(attempt.path()).contains(attempt.message());
    }
    assertThat(directives.count()).isEqualTo(directivesBefore);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);

    // the form's fields and the officer's own sector are accepted
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        startForm("1294/KH-LĐLĐ", Map.of("sectorCode", Map.of("value", "cdn-y-te-thai-binh"))));
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    assertThat(directives.findByProcessInstanceId((String) started.getBody().get("id")).orElseThrow().getRegisteredBy())
        .isEqualTo("vanphong.cdyt");
  }

  private Map<String, Object> startForm(String number, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(Map.of("directiveNumber", Map.of("value", number),
        "directiveIssuedOn", Map.of("value", today.minusDays(3).toString()),
        "directiveIssuer", Map.of("value", "Liên đoàn Lao động tỉnh Thái Bình"),
        "directiveSubject", Map.of("value", "Tổ chức Tháng Công nhân"),
        "directiveDeadline", Map.of("value", today.plusDays(20).toString())));
    variables.putAll(extra);
    return Map.of("variables", variables);
  }

  private static Map<String, Object> withField(Map<String, Object> body, String name, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(name, value);
    return changed;
  }

  /**
   * A unit's task is held only by the unit's officers or an administrator: not claimed for, assigned or
   * delegated to an officer of another unit, who would then be authorized on it.
   */
  @Test
  void aTaskIsHeldOnlyByItsUnitsOfficers_orAnAdministrator() {
    EngineRestClient chair = new EngineRestClient(port, "cdc.chutich", "demo");
    Object taskId = chair.task(twoOfficerUnit.getProcessInstanceId(), "Task_DraftSubPlan").get("id");
    List<ResponseEntity<?>> refused = new ArrayList<>();
    refused.add(chair.post("/task/{id}/claim", Map.of("userId", "bvdk.chutich"), taskId));
    refused.add(chair.post("/task/{id}/assignee", Map.of("userId", "bvdk.chutich"), taskId));
    assertThat(chair.post("/task/{id}/assignee", Map.of("userId", "cdc.uyvien"), taskId).getStatusCode().value())
        .as("a colleague of the unit").isEqualTo(204);
    assertThat(chair.post("/task/{id}/assignee", Map.of("userId", "cdc.chutich"), taskId).getStatusCode().value()).isEqualTo(204);
    refused.add(chair.post("/task/{id}/delegate", Map.of("userId", "bvdk.chutich"), taskId));
    refused.add(chair.post("/task/{id}/identity-links", Map.of("userId", "bvdk.chutich", "type", "candidate"), taskId));
    refused.add(chair.post("/task/{id}/identity-links", Map.of("groupId", "cdcs-bvdk-tinh", "type", "candidate"), taskId));
    refused.add(basic("cdc.chutich").put().uri("/engine-rest/task/{id}", taskId).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("name", "Xây dựng kế hoạch của CĐCS", "assignee", "bvdk.chutich")).retrieve().toEntity(String.class));
    assertThat(refused).allSatisfy(response -> {
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(String.valueOf(response.getBody())).containsAnyOf("không giao được cho bvdk.chutich",
          "không giao được cho nhóm cdcs-bvdk-tinh");
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId((String) taskId).singleResult().getAssignee()).isEqualTo("cdc.chutich");
    assertThat(engine.getTaskService().getIdentityLinksForTask((String) taskId)).as("no link to the other unit")
        .noneMatch(link -> "bvdk.chutich".equals(link.getUserId()) || "cdcs-bvdk-tinh".equals(link.getGroupId()));
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId((String) taskId).list())
        .as("no authorization for the other unit or its officer")
        .noneMatch(a -> "bvdk.chutich".equals(a.getUserId()) || "cdcs-bvdk-tinh".equals(a.getGroupId()));
    assertThat(chair.post("/task/{id}/assignee", Map.of("userId", "quantri.ldld"), taskId).getStatusCode().value())
        .as("an administrator").isEqualTo(204);
  }

  /** Tasklist's way: the webapps' copy of the REST API, the officer's session and its CSRF token. */
  @Test
  void tasklistsSubmission_isCheckedTheSameWay() throws Exception {
    UnitAssignment own = units.get(4);
    EngineRestClient officer = officerOf(own);
    Object taskId = officer.task(own.getProcessInstanceId(), "Task_DraftSubPlan").get("id");
    assertThat(officer.post("/task/{id}/claim", Map.of("userId", officer.user()), taskId).getStatusCode().value()).isEqualTo(204);
    var before = snapshot(own);
    TasklistSession tasklist = TasklistSession.login(port, officer.user(), "demo");
    Map<String, Object> forged = new HashMap<>(subPlanFields());
    forged.put("assignmentId", Map.of("value", units.get(5).getId(), "type", "Long"));
    HttpResponse<String> refused = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        json.writeValueAsString(Map.of("variables", forged)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).path("code").asInt()).isEqualTo(FormValidationException.CODE);
    assertThat(json.readTree(refused.body()).path("message").asText()).contains("(assignmentId)");
    assertThat(snapshot(own)).isEqualTo(before);
    HttpResponse<String> written = tasklist.put("/camunda/api/engine/engine/default/task/" + taskId + "/variables/assignmentId",
        json.writeValueAsString(Map.of("value", units.get(5).getId(), "type", "Long")));
    assertThat(written.statusCode()).isEqualTo(403);
    HttpResponse<String> accepted = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        json.writeValueAsString(Map.of("variables", subPlanFields())));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select count(*) from sub_plan where assignment_id = ?", Integer.class, own.getId())).isOne();
  }

  /**
   * Every field of every form, as the form files declare them (Camunda Forms' keys, the embedded forms'
   * {@code var …_VARIABLE = '…'}), may be submitted; no form may carry a variable the cascade relies on.
   */
  @Test
  void everyFormsFields_areSubmittable_andNoControlVariableIs() throws IOException {
    int checked = 0;
    for (String key : List.of("DirectiveCascadeProcess", "GrassrootsUnionProcess")) {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      // both processes share one file (a collaboration): each definition's own user tasks
      for (UserTask task : engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
          .stream().filter(task -> ownProcess(task).equals(key)).toList()) {
        Set<String> accepted = submittable.ofUserTask(definition.getId(), task.getId());
        List<String> fields = task.getCamundaFormRef() != null
            ? formKeys("bpmn/forms/" + task.getCamundaFormRef() + ".form")
            : embeddedFormVariables("bpmn/" + task.getCamundaFormKey().substring("embedded:deployment:".length()));
        assertThat(fields).as(task.getId()).isNotEmpty();
        assertThat(accepted).as(task.getId()).containsAll(fields).doesNotContainAnyElementsOf(CONTROL_VARIABLES);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(11);
  }

  private static String ownProcess(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
      parent = parent.getParentElement();
    }
    return ((org.camunda.bpm.model.bpmn.instance.Process) parent).getId();
  }

  private List<String> formKeys(String resource) throws IOException {
    List<String> keys = new ArrayList<>();
    collectKeys(json.readTree(read(resource)), keys);
    return keys;
  }

  private static void collectKeys(JsonNode node, List<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  private static List<String> embeddedFormVariables(String resource) throws IOException {
    List<String> names = new ArrayList<>();
    Matcher matcher = EMBEDDED_FORM_VARIABLE.matcher(read(resource));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = FormOnlyVariablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Map<String, Object> subPlanFields() {
    return Map.of("subPlanNumber", Map.of("value", ""), "subPlanIssuedOn", Map.of("value", today.toString()),
        "subPlanContent", Map.of("value", "Kế hoạch của đơn vị."));
  }

  private EngineRestClient officerOf(UnitAssignment assignment) {
    return new EngineRestClient(port, officers.findByUnitAndActiveTrueOrderByUsername(assignment.getUnit()).get(0).getUsername(), "demo");
  }

  private RestClient basic(String user) {
    return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(h -> h.setBasicAuth(user, "demo"))
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
  }

  private Map<String, List<Map<String, Object>>> snapshot(UnitAssignment assignment) {
    return DatabaseSnapshot.ofUnit(jdbc, assignment.getId(), assignment.getProcessInstanceId());
  }
}
