package vn.congdoan.cascade.reopen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.contract.SharedVariables;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Issue 16, reopen through the API: only the sector's office, only with a reason, only while the unit has
 * not finished and the report is not compiled (Vietnamese messages). Returning the sub-plan of a unit
 * whose nominations wait for the review keeps the sub-plan, the report and the nominations as revisions,
 * puts the unit back at its sub-plan with the reason shown in its task; its new sub-plan is stored beside
 * the old version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=reopen")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class ReopenRestTest {

  static final String UNIT = "cdcs-bvdk-tinh";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired SubPlanRepository subPlans;
  @Autowired SubmissionRevisionRepository revisions;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  private ResponseEntity<Map<String, Object>> reopen(String user, long directiveId, String unit, Map<String, Object> body) {
    return new EngineRestClient(port, "/api", user, "demo").post("/directives/{id}/units/{unit}/reopen", body, directiveId, unit);
  }

  @Test
  void theOfficeReturnsASubPlan_bothVersionsAreKept_andTheUnitSeesTheReason() {
    CurrentEngine.use(engine);
    TaskService tasks = engine.getTaskService();
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    long id = scenario.directiveOf(sector).getId();
    UnitAssignment bvdk = units.stream().filter(a -> a.getUnit().getCode().equals(UNIT)).findFirst().orElseThrow();
    UnitAssignment done = units.stream().filter(a -> !a.getUnit().getCode().equals(UNIT)).findFirst().orElseThrow();
    ProcessInstance pi = scenario.unitProcess(bvdk);
    scenario.completeUnit(pi, CascadeScenario.nominations("Nguyễn Thị Hoa"));
    scenario.completeUnit(scenario.unitProcess(done), "[]");
    scenario.runAllJobs(sector);
    String oldNumber = subPlans.findByAssignment(bvdk).orElseThrow().getNumber();

    Map<String, Object> body = Map.of("step", "SUB_PLAN", "reason", "Kế hoạch chưa phân công người phụ trách từng nội dung.");
    assertThat(reopen(null, id, UNIT, body).getStatusCode().value()).isEqualTo(401);
    assertThat(reopen("bvdk.chutich", id, UNIT, body).getStatusCode().value()).isEqualTo(403);
    assertThat(reopen("yhct.chutich", id, UNIT, body).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map<String, Object>> chair = reopen("chutich.cdyt", id, UNIT, body);
    assertThat(chair.getStatusCode().value()).isEqualTo(403);
    assertThat(chair.getBody()).containsEntry("message", "Chỉ văn phòng của đơn vị cấp trên trực tiếp được trả lại phần việc của CĐCS.");
    ResponseEntity<Map<String, Object>> noReason = reopen("vanphong.cdyt", id, UNIT, Map.of("step", "SUB_PLAN", "reason", ""));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).containsEntry("message", "Vui lòng nhập lý do trả lại.");
    assertThat(reopen("vanphong.cdyt", id, UNIT, Map.of("step", "EVERYTHING", "reason", "x")).getStatusCode().value()).isEqualTo(400);
    ResponseEntity<Map<String, Object>> finished = reopen("vanphong.cdyt", id, done.getUnit().getCode(), body);
    assertThat(finished.getStatusCode().value()).isEqualTo(409);
    assertThat(finished.getBody()).containsEntry("message", "CĐCS đã hoàn thành phần việc của mình, không trả lại được.");
    assertThat(revisions.findAll()).isEmpty();

    ResponseEntity<Map<String, Object>> returned = reopen("vanphong.cdyt", id, UNIT, body);
    assertThat(returned.getStatusCode().value()).isEqualTo(200);
    assertThat(returned.getBody()).containsEntry("status", "ISSUED");
    assertThat(revisions.findByAssignmentIdOrderById(bvdk.getId())).extracting(SubmissionRevision::getStep)
        .containsExactly(SubmissionStep.SUB_PLAN, SubmissionStep.ACTIVITY_REPORT, SubmissionStep.NOMINATIONS);
    assertThat(revisions.findByAssignmentIdOrderById(bvdk.getId())).allSatisfy(r -> {
      assertThat(r.getReason()).isEqualTo(body.get("reason"));
      assertThat(r.getSupersededAt()).isNotNull();
    });
    assertThat(revisions.findByAssignmentIdOrderById(bvdk.getId()).get(0).getContent()).contains(oldNumber);
    assertThat(revisions.findByAssignmentIdOrderById(bvdk.getId()).get(2).getContent()).contains("Nguyễn Thị Hoa");
    Task again = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_DraftSubPlan");
    assertThat((String) engine.getFormService().getTaskFormVariables(again.getId()).get(SharedVariables.PLAN_SUMMARY.name()))
        .contains("Cấp trên đã trả lại để sửa. Lý do: " + body.get("reason"));
    assertThat(reopen("vanphong.cdyt", id, UNIT, Map.of("step", "ACTIVITY_REPORT", "reason", "x")).getStatusCode().value())
        .isEqualTo(409); // nothing submitted to return

    // the unit corrects and submits again: the new version stands beside the old one
    scenario.draftSubPlan(pi);
    assertThat(subPlans.findByAssignment(bvdk).orElseThrow().getNumber()).isNotEqualTo(oldNumber);
    assertThat(revisions.findByAssignmentIdOrderById(bvdk.getId()).get(0).getContent()).contains(oldNumber);
    scenario.reportActivities(pi);
    scenario.nominate(pi, "[]");
    assertThat(assignments.findById(bvdk.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);

    // every unit finishes; once the report's figures are compiled nothing can be returned
    for (UnitAssignment a : units) {
      if (scenario.unitProcess(a) != null && a.getId() != bvdk.getId().longValue() && a.getId() != done.getId().longValue()) {
        scenario.completeUnit(scenario.unitProcess(a), "[]");
      }
    }
    scenario.runAllJobs(sector);
    ResponseEntity<Map<String, Object>> compiled = reopen("vanphong.cdyt", id, UNIT, body);
    assertThat(compiled.getStatusCode().value()).isEqualTo(409);
    assertThat(compiled.getBody()).containsEntry("message",
        "Báo cáo kết quả đã được tổng hợp, không trả lại phần việc của CĐCS được nữa.");
  }
}
