package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.report.ReportStatus;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * The whole application on a random port, job executor running: a cascade of the seed campaign driven
 * through the engine's REST API by the demo officers, as Tasklist would, from the directive to the
 * report sent to the federation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500"})
@ActiveProfiles({"demo", "test"})
class CascadeRestApiTest {

  @LocalServerPort int port;
  @Autowired OfficerRepository officers;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired ResultsReportRepository reports;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  private EngineRestClient as(String user) {
    return new EngineRestClient(port, user, "demo");
  }

  /** The application's own API (/api), as the user (HTTP Basic, password "demo"), or anonymous. */
  private RestClient api(String user) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port + "/api")
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    if (user != null) {
      builder.defaultHeaders(h -> h.setBasicAuth(user, "demo"));
    }
    return builder.build();
  }

  private ResponseEntity<byte[]> download(String user, String uri) {
    return api(user).get().uri(uri).retrieve().toEntity(byte[].class);
  }

  /** A user Camunda knows who is no officer of the registry. */
  private User stranger() {
    User user = identity.newUser("khach");
    user.setFirstName("Khách");
    user.setLastName("Lạ");
    user.setPassword("demo");
    return user;
  }

  @Test
  void restRefusesAnonymousCalls() {
    assertThat(new EngineRestClient(port, null, null).status("/task")).isEqualTo(401);
    assertThat(api(null).get().uri("/directives/1/documents").retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(401);
    assertThat(api("chutich.cdyt").get().uri("/directives/999999/documents").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(404);
    assertThat(new EngineRestClient(port, "chutich.cdyt", "wrong").status("/task")).isEqualTo(401);
  }

  @Test
  void seedCampaign_fromDirectiveToReportSent_throughRest() throws Exception {
    EngineRestClient office = as("vanphong.cdyt");
    EngineRestClient chair = as("chutich.cdyt");
    LocalDate today = LocalDate.now(VietnamTime.ZONE);

    // the office registers the federation's directive with the start form
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "291/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(4).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình",
            "directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            "directiveDeadline", today.plusDays(15).toString()));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");

    // a second registration of the same number is refused with a Vietnamese message, nothing is stored
    ResponseEntity<Map<String, Object>> duplicate = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "291/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(4).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình", "directiveSubject", "Trùng số",
            "directiveDeadline", today.plusDays(15).toString()));
    assertThat(duplicate.getStatusCode().value()).isEqualTo(400);
    assertThat((String) duplicate.getBody().get("message")).contains("đã được tiếp nhận");
    assertThat(directives.count()).isEqualTo(1);

    Map<String, Object> draft = office.task(sector, "Task_DraftImplementingPlan");
    Map<String, Object> shown = office.get("/task/{id}/form-variables", draft.get("id"));
    assertThat(shown).containsKey("directiveSummary");
    assertThat(office.submit(draft, variables(
        "planSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
        "planPurpose", "Nâng cao nhận thức của cán bộ, đoàn viên về thi đua yêu nước.",
        "planActivities", "Tuyên truyền; thi đua; xây dựng điển hình tiên tiến.",
        "planOrganisation", "Các CĐCS xây dựng kế hoạch và thực hiện trước hạn.")).getStatusCode().value()).isEqualTo(204);

    // the chair first forgets the reason (refused, 400), then approves
    Map<String, Object> approve = chair.task(sector, "Task_ApprovePlan");
    ResponseEntity<Map<String, Object>> refused = chair.submit(approve, variables("planApproved", false));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((String) refused.getBody().get("message")).contains("Vui lòng nhập lý do trả lại kế hoạch.");
    assertThat(chair.submit(approve, variables("planApproved", true)).getStatusCode().value()).isEqualTo(204);

    // the job executor distributes the plan to all 18 grassroots unions
    await("every unit's sub-plan task", () -> office.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == 18);

    List<UnitAssignment> units = assignments.findByDirectiveWithUnit(directives.findAll().get(0));
    assertThat(units).hasSize(18);
    Object unitFilter = office.list("/filter?resourceType=Task&name={name}", "Việc của đơn vị").get(0).get("id");
    for (int i = 0; i < units.size(); i++) {
      UnitAssignment unit = units.get(i);
      String pi = unit.getProcessInstanceId();
      Officer officer = officers.findByUnitAndActiveTrueOrderByUsername(unit.getUnit()).get(0);
      EngineRestClient cdcs = as(officer.getUsername());
      // the officer's "Việc của đơn vị" filter in Tasklist lists exactly their unit's open task
      assertThat(cdcs.list("/filter/{id}/list", unitFilter))
          .extracting(t -> t.get("taskDefinitionKey"), t -> t.get("processInstanceId"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_DraftSubPlan", pi));
      assertThat(cdcs.submit(cdcs.task(pi, "Task_DraftSubPlan"), variables("subPlanNumber", "", "subPlanIssuedOn",
          today.toString(), "subPlanContent", "Kế hoạch của " + unit.getUnit().getName())).getStatusCode().value()).isEqualTo(204);
      assertThat(cdcs.submit(cdcs.task(pi, "Task_ReportActivities"), variables("propagandaSessions", 2, "participants", 120,
          "articles", 1, "initiatives", i % 2, "activitySummary", "Đã tổ chức tuyên truyền.")).getStatusCode().value()).isEqualTo(204);
      String nominations = i == 0 ? """
          [{"kind":"INDIVIDUAL","name":"Nguyễn Văn An","position":"Bác sĩ","workplace":"Khoa Cấp cứu","achievement":"02 sáng kiến cấp tỉnh","movementCode":"sang-kien-cai-tien","recognitionCode":"BANG_KHEN_LDLD"},
           {"kind":"COLLECTIVE","name":"Khoa Hồi sức tích cực","position":null,"workplace":"Bệnh viện","achievement":"Tập thể lao động xuất sắc","movementCode":"lao-dong-gioi-sang-tao","recognitionCode":"GIAY_KHEN_NGANH"}]
          """ : "[]";
      assertThat(cdcs.submit(cdcs.task(pi, "Task_NominateExemplars"), variables("nominationsJson", nominations))
          .getStatusCode().value()).isEqualTo(204);
    }

    // the office reviews the first unit's two nominations: one accepted, one rejected with a reason
    String firstUnit = units.get(0).getProcessInstanceId();
    await("the review task", () -> !office.list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ReviewNominations", firstUnit).isEmpty());
    Map<String, Object> review = office.task(firstUnit, "Task_ReviewNominations");
    @SuppressWarnings("unchecked")
    // as Tasklist's embedded forms read it: the JSON variable serialized
    String forReview = (String) ((Map<String, Object>) office.get("/task/{id}/form-variables?deserializeValues=false",
        review.get("id")).get("nominationsForReview")).get("value");
    assertThat(forReview).contains("Nguyễn Văn An", "Khoa Hồi sức tích cực");
    // a REST client reading that one value: a Json value, its JSON text whether it asks for values deserialized or not
    // (the form's values are worked out as it is opened, never stored as Spin objects)
    @SuppressWarnings("unchecked")
    Map<String, Object> asText = (Map<String, Object>) office.get(
        "/task/{id}/form-variables?variableNames=nominationsForReview&deserializeValues=false", review.get("id")).get("nominationsForReview");
    assertThat(asText).containsEntry("type", "Json");
    assertThat(asText.get("value")).isInstanceOf(String.class);
    JsonNode read = new ObjectMapper().readTree((String) asText.get("value"));
    assertThat(read.isArray()).isTrue();
    assertThat(read).hasSize(2);
    assertThat(read.findValuesAsText("name")).containsExactlyInAnyOrder("Nguyễn Văn An", "Khoa Hồi sức tích cực");
    @SuppressWarnings("unchecked")
    Map<String, Object> deserialized = (Map<String, Object>) office.get(
        "/task/{id}/form-variables?variableNames=nominationsForReview", review.get("id")).get("nominationsForReview");
    assertThat(deserialized).containsEntry("value", asText.get("value"));
    assertThat(office.get("/task/{id}/form-variables", review.get("id"))).containsKeys("nominationsForReview", "unitName");
    List<Long> ids = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(forReview).results()
        .map(m -> Long.valueOf(m.group(1))).toList();
    assertThat(office.submit(review, variables("reviewDecisionsJson",
        "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":false,\"reason\":\"Chưa đủ thời gian công tác\"}]"
            .formatted(ids.get(0), ids.get(1)))).getStatusCode().value()).isEqualTo(204);

    // when the last unit has finished, the report is compiled from the data
    await("the compile task", () -> !office.list("/task?processInstanceId={pi}&taskDefinitionKey=Task_CompileReport", sector).isEmpty());
    Map<String, Object> compile = office.task(sector, "Task_CompileReport");
    @SuppressWarnings("unchecked")
    String compiled = (String) ((Map<String, Object>) office.get("/task/{id}/form-variables", compile.get("id"))
        .get("reportDraft")).get("value");
    assertThat(compiled).contains("18/18 CĐCS (100%)", "36 buổi tuyên truyền", "chấp nhận 1, không chấp nhận 1",
        "18 CĐCS báo cáo đúng hạn");

    // the form links to the draft report: the sector's officers may read it, a grassroots union may not
    Long directiveId = directives.findAll().get(0).getId();
    String draftUrl = "/directives/" + directiveId + "/drafts/report?format=pdf";
    ResponseEntity<byte[]> draftPdf = download("vanphong.cdyt", draftUrl);
    assertThat(draftPdf.getStatusCode().value()).isEqualTo(200);
    assertThat(draftPdf.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(new String(draftPdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(download("bvdk.chutich", draftUrl).getStatusCode().value()).isEqualTo(403);
    assertThat(office.submit(compile, variables("reportAssessment", "Các CĐCS thực hiện nghiêm túc.",
        "reportShortcomings", "Một số báo cáo còn chậm.", "reportProposals", "")).getStatusCode().value()).isEqualTo(204);
    assertThat(chair.submit(chair.task(sector, "Task_SignReport"), variables("reportApproved", true))
        .getStatusCode().value()).isEqualTo(204);

    await("the cascade's end", () -> "COMPLETED".equals(office.get("/history/process-instance/{id}", sector).get("state")));
    assertThat(reports.findAll()).singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(ReportStatus.SENT));

    // the issued plan and report, listed and downloaded through the API
    ResponseEntity<List<Map<String, Object>>> listed = api("vanphong.cdyt").get().uri("/directives/{id}/documents", directiveId)
        .retrieve().toEntity(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    assertThat(listed.getStatusCode().value()).isEqualTo(200);
    assertThat(listed.getBody()).extracting(d -> d.get("kind"), d -> ((String) d.get("number")).replaceAll("^\\d+", "n"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN", "n/KH-CĐYT"), org.assertj.core.groups.Tuple.tuple("REPORT", "n/BC-CĐYT"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> planFiles = (List<Map<String, Object>>) listed.getBody().get(0).get("files");
    assertThat(planFiles).extracting(f -> f.get("format")).containsExactly("PDF", "DOCX");
    String planPdfUrl = ((String) planFiles.get(0).get("url")).replaceFirst("^/api", "");
    ResponseEntity<byte[]> plan = download("bvdk.chutich", planPdfUrl);
    assertThat(plan.getStatusCode().value()).isEqualTo(200);
    assertThat(plan.getHeaders().getFirst("Content-Disposition")).startsWith("attachment; filename=\"Ke hoach so ")
        .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%20");
    assertThat(plan.getBody()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    Object reportId = listed.getBody().get(1).get("id");
    ResponseEntity<byte[]> reportDocx = download("chutich.cdyt", "/documents/" + reportId + "/content?format=docx");
    assertThat(reportDocx.getHeaders().getContentType()).hasToString(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(reportDocx.getBody()).startsWith(new byte[] {'P', 'K'});

    // refusals: wrong format (400), unknown document (404), no login (401), a user who is no officer here (403)
    assertThat(download("vanphong.cdyt", "/documents/" + reportId + "/content?format=odt").getStatusCode().value()).isEqualTo(400);
    assertThat(download("vanphong.cdyt", "/documents/999999/content").getStatusCode().value()).isEqualTo(404);
    assertThat(download(null, "/documents/" + reportId + "/content").getStatusCode().value()).isEqualTo(401);
    identity.saveUser(stranger());
    assertThat(download("khach", "/documents/" + reportId + "/content").getStatusCode().value()).isEqualTo(403);
    assertThat(api("khach").get().uri("/directives/{id}/documents", directiveId).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
  }
}
