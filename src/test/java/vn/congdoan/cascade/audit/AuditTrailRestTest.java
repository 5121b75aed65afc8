package vn.congdoan.cascade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * A cascade through all its steps, each taken by a named officer at its own time: the plan returned once
 * and approved, a unit's three submissions and the review of its nominations, reminders, the escalation at
 * the deadline, an extension for one unit and the closing for the others, the report returned once, signed,
 * issued and sent. The trail read through {@code GET /api/directives/{id}/audit} has every step, in time
 * order, with the officer's name, the unit's name and both return reasons; a grassroots union's officer sees
 * only their own unit's entries, anonymous callers are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"cascade.test-context=audit", "spring.mail.host=localhost"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailRestTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT).withPerMethodLifecycle(false);

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired NominationRepository nominations;

  Long directiveId;
  UnitAssignment bvdk;
  UnitAssignment extended;

  @BeforeAll
  void aWholeCascade() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = as("vanphong.cdyt", () -> scenario.startDirective());
    directiveId = scenario.directiveOf(sector).getId();
    at(5, 12, 9);
    as("vanphong.cdyt", () -> scenario.draftPlan(sector));
    at(5, 12, 10);
    as("chutich.cdyt", () -> scenario.decidePlan(sector, false, "Bổ sung dự toán kinh phí."));
    at(5, 12, 11);
    as("phochutich.cdyt", () -> scenario.draftPlan(sector));
    at(5, 12, 14);
    // the chair claims this time: the assignee is the actor
    as("chutich.cdyt", () -> {
      String task = tasks.createTaskQuery().processInstanceId(sector.getId()).taskDefinitionKey("Task_ApprovePlan").singleResult().getId();
      tasks.claim(task, "chutich.cdyt");
      scenario.decidePlan(sector, true, null);
    });
    at(5, 12, 15);
    List<UnitAssignment> units = scenario.distribute(sector);
    bvdk = units.stream().filter(a -> a.getUnit().getCode().equals("cdcs-bvdk-tinh")).findFirst().orElseThrow();
    extended = units.stream().filter(a -> a.getUnit().getCode().equals("cdcs-bv-nhi")).findFirst().orElseThrow();
    ProcessInstance unit = scenario.unitProcess(bvdk);
    at(5, 15, 9);
    as("bvdk.chutich", () -> scenario.draftSubPlan(unit));
    at(5, 15, 10);
    as("bvdk.chutich", () -> scenario.reportActivities(unit));
    at(5, 15, 11);
    as("bvdk.phochutich", () -> scenario.nominate(unit, CascadeScenario.nominations("Nguyễn Thị Hoa", "Khoa Hồi sức tích cực")));
    at(5, 16, 9);
    List<Nomination> own = nominations.findByAssignment(bvdk);
    as("vanphong.cdyt", () -> tasks.complete(task(unit, "Task_ReviewNominations"), Map.of("reviewDecisionsJson", """
        [{"id":%d,"accepted":true},{"id":%d,"accepted":false,"reason":"Chưa đủ tiêu chuẩn khen thưởng cấp ngành."}]"""
        .formatted(own.get(0).getId(), own.get(1).getId()))));
    scenario.runJobs(List.of(unit.getId()));

    // reminders 7 days before, then the deadline passes: escalation, an extension, the closing
    at(5, 23, 9);
    scenario.runAllJobs(sector);
    at(5, 31, 8);
    scenario.runAllJobs(sector);
    at(5, 31, 9);
    as("vanphong.cdyt", () -> tasks.complete(task(sector, "Task_HandleLateUnits"), Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-06-05\",\"units\":[\"" + extended.getUnit().getCode() + "\"]}")));
    scenario.runAllJobs(sector);
    at(5, 31, 10);
    as("vanphong.cdyt", () -> tasks.complete(task(sector, "Task_HandleLateUnits"), Map.of("lateDecision", "CLOSE")));
    scenario.runAllJobs(sector);
    at(6, 2, 9);
    ProcessInstance extendedUnit = scenario.unitProcess(extended);
    as("nhi.chutich", () -> scenario.completeUnit(extendedUnit, "[]"));
    scenario.runAllJobs(sector);

    // the report: returned once, then signed, issued and sent
    at(6, 5, 9);
    scenario.runAllJobs(sector);
    Map<String, Object> narrative = Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Không có.");
    as("vanphong.cdyt", () -> tasks.complete(task(sector, "Task_CompileReport"), narrative));
    at(6, 5, 10);
    as("chutich.cdyt", () -> tasks.complete(task(sector, "Task_SignReport"),
        Map.of("reportApproved", false, "reportReturnReason", "Nêu rõ tồn tại của các CĐCS không báo cáo.")));
    scenario.runJobs(List.of(sector.getId()));
    at(6, 5, 11);
    as("vanphong.cdyt", () -> tasks.complete(task(sector, "Task_CompileReport"), narrative));
    at(6, 5, 14);
    as("chutich.cdyt", () -> tasks.complete(task(sector, "Task_SignReport"), Map.of("reportApproved", true)));
    at(6, 5, 15);
    scenario.runJobs(List.of(sector.getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sector.getId()).count()).isZero();
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  private static void at(int month, int day, int hour) {
    CascadeScenario.setVietnamTime(month, day, hour);
  }

  private String task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult().getId();
  }

  private <T> T as(String user, java.util.function.Supplier<T> step) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return step.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void as(String user, Runnable step) {
    as(user, () -> {
      step.run();
      return null;
    });
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> trail(String user) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> body = api(user).get("/directives/{id}/audit?page={p}&size=25", directiveId, page);
      List<Map<String, Object>> entries = (List<Map<String, Object>>) body.get("entries");
      all.addAll(entries);
      if (entries.isEmpty() || all.size() >= ((Number) body.get("total")).intValue()) {
        return all;
      }
    }
  }

  private static List<Map<String, Object>> steps(List<Map<String, Object>> trail, String step) {
    return trail.stream().filter(e -> step.equals(e.get("step"))).toList();
  }

  @Test
  void theSectorSeesEveryStep_inTimeOrder_withTheOfficerAndTheReason() {
    List<Map<String, Object>> trail = trail("chutich.cdyt");

    List<Instant> times = trail.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
    assertThat(times).isSorted();
    List<String> order = trail.stream().map(e -> (String) e.get("step")).distinct().toList();
    assertThat(order).containsSubsequence("DIRECTIVE_REGISTERED", "PLAN_DRAFTED", "PLAN_RETURNED", "PLAN_APPROVED", "PLAN_ISSUED",
        "PLAN_DISTRIBUTED", "SUB_PLAN_SUBMITTED", "ACTIVITIES_REPORTED", "NOMINATIONS_SUBMITTED", "NOMINATIONS_REVIEWED",
        "REMINDER_SENT", "ESCALATION_SENT", "LATE_UNITS_EXTENDED", "UNIT_DEADLINE_EXTENDED", "DEADLINES_EXTENDED",
        "LATE_UNITS_CLOSED", "UNIT_CLOSED", "FIGURES_COMPILED", "REPORT_DRAFTED", "REPORT_RETURNED", "REPORT_SIGNED",
        "REPORT_ISSUED", "REPORT_SENT");

    assertThat(steps(trail, "DIRECTIVE_REGISTERED")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("actorName", "Nguyễn Thị Thu Hằng").containsEntry("time", "12/05/2023 08:00"));
    assertThat(steps(trail, "PLAN_DRAFTED")).extracting(e -> e.get("actorName"), e -> e.get("time"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Thu Hằng", "12/05/2023 09:00"),
            org.assertj.core.groups.Tuple.tuple("Trần Quang Minh", "12/05/2023 11:00"));
    assertThat(steps(trail, "PLAN_RETURNED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("actorName", "Đào Văn Truyền").containsEntry("detail", "Bổ sung dự toán kinh phí.")
        .containsEntry("action", "Trả lại kế hoạch để sửa"));
    assertThat(steps(trail, "PLAN_APPROVED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("actor", "chutich.cdyt").containsEntry("time", "12/05/2023 14:00"));
    assertThat(steps(trail, "PLAN_ISSUED")).singleElement().satisfies(e -> assertThat((String) e.get("detail")).startsWith("Số "));
    assertThat(steps(trail, "SUB_PLAN_SUBMITTED")).filteredOn(e -> "cdcs-bvdk-tinh".equals(e.get("unitCode"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("actorName", "Nguyễn Thị Hồng Hạnh")
            .containsEntry("unitName", "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình").containsEntry("time", "15/05/2023 09:00"));
    assertThat(steps(trail, "NOMINATIONS_SUBMITTED")).filteredOn(e -> "cdcs-bvdk-tinh".equals(e.get("unitCode"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("actorName", "Trần Văn Khánh").containsEntry("detail", "Đề xuất 2 điển hình"));
    assertThat(steps(trail, "NOMINATIONS_REVIEWED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("actorName", "Nguyễn Thị Thu Hằng").containsEntry("unitCode", "cdcs-bvdk-tinh")
        .extracting(x -> (String) x.get("detail")).asString().contains("Chấp nhận 1, không chấp nhận 1",
            "Chưa đủ tiêu chuẩn khen thưởng cấp ngành."));
    assertThat(steps(trail, "REMINDER_SENT")).allSatisfy(e -> assertThat(e).containsEntry("actorName", "Hệ thống"))
        .filteredOn(e -> "23/05/2023 09:00".equals(e.get("time"))).hasSize(17);
    assertThat(steps(trail, "REMINDER_SENT")).noneMatch(e -> "cdcs-bvdk-tinh".equals(e.get("unitCode")));
    assertThat(steps(trail, "LATE_UNITS_EXTENDED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("detail", "Gia hạn cho 1 CĐCS đến 05/06/2023").containsEntry("actorName", "Nguyễn Thị Thu Hằng"));
    assertThat(steps(trail, "UNIT_DEADLINE_EXTENDED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("unitCode", "cdcs-bv-nhi").containsEntry("detail", "Hạn mới: 05/06/2023"));
    assertThat(steps(trail, "UNIT_CLOSED")).hasSize(16);
    assertThat(steps(trail, "REPORT_RETURNED")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("actorName", "Đào Văn Truyền").containsEntry("detail", "Nêu rõ tồn tại của các CĐCS không báo cáo.")
        .containsEntry("time", "05/06/2023 10:00"));
    assertThat(steps(trail, "REPORT_DRAFTED")).hasSize(2);
    assertThat(steps(trail, "REPORT_SIGNED")).singleElement().satisfies(e -> assertThat(e).containsEntry("actorName", "Đào Văn Truyền"));
    assertThat(steps(trail, "REPORT_SENT")).singleElement().satisfies(e -> assertThat((String) e.get("detail")).contains("Báo cáo số"));
  }

  @Test
  void aGrassrootsOfficerSeesOnlyTheirOwnUnitsEntries() {
    List<Map<String, Object>> trail = trail("bvdk.chutich");
    assertThat(trail).isNotEmpty().allSatisfy(e -> assertThat(e.get("unitCode")).isIn("cdcs-bvdk-tinh", null));
    assertThat(trail).extracting(e -> e.get("step")).contains("PLAN_RECEIVED", "SUB_PLAN_SUBMITTED", "NOMINATIONS_REVIEWED")
        .doesNotContain("PLAN_RETURNED", "REPORT_RETURNED", "ESCALATION_SENT", "UNIT_CLOSED", "DIRECTIVE_REGISTERED");
    assertThat(api("bvdk.chutich").get("/directives/{id}/audit", directiveId)).containsEntry("complete", false);
    assertThat(trail("nhi.chutich")).extracting(e -> e.get("step")).contains("UNIT_DEADLINE_EXTENDED", "SUB_PLAN_SUBMITTED")
        .doesNotContain("NOMINATIONS_REVIEWED");
  }

  @Test
  void anonymousCallersAreRefused_andUnknownDirectivesAreNotFound() {
    assertThat(new EngineRestClient(port, "/api", null, null).status("/directives/{id}/audit", directiveId)).isEqualTo(401);
    assertThat(api("vanphong.cdyt").status("/directives/{id}/audit", 999_999)).isEqualTo(404);
  }

  @Test
  void theTrailCannotBeWrittenThroughTheApi() {
    var client = org.springframework.web.client.RestClient.builder().baseUrl("http://localhost:" + port + "/api")
        .defaultStatusHandler(s -> true, (request, response) -> { })
        .defaultHeaders(h -> h.setBasicAuth("quantri.ldld", "demo")).build();
    for (var method : List.of(org.springframework.http.HttpMethod.POST, org.springframework.http.HttpMethod.PUT,
        org.springframework.http.HttpMethod.PATCH, org.springframework.http.HttpMethod.DELETE)) {
      int status = client.method(method).uri("/directives/{id}/audit", directiveId).retrieve().toBodilessEntity()
          .getStatusCode().value();
      assertThat(status).as(method.name()).isEqualTo(405);
    }
  }
}
