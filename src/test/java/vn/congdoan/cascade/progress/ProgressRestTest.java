package vn.congdoan.cascade.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Issue 13: the list of directives gave every directive 0 units, all counts 0 and no status, and the
 * progress showed a unit that reported but has not nominated like a finished one. Three directives
 * through REST: one running with units at every step, one cancelled, one finished.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=progress")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressRestTest {

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;

  Long running;
  Long cancelled;
  Long finished;
  List<UnitAssignment> runningUnits;

  @BeforeAll
  void threeDirectives() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);

    ProcessInstance first = scenario.startDirective();
    scenario.draftPlan(first);
    scenario.decidePlan(first, true, null);
    runningUnits = scenario.distribute(first);
    ProcessInstance reportedOnly = scenario.unitProcess(runningUnits.get(0));
    scenario.draftSubPlan(reportedOnly);
    scenario.reportActivities(reportedOnly);
    scenario.completeUnit(scenario.unitProcess(runningUnits.get(1)), "[]");
    scenario.completeUnit(scenario.unitProcess(runningUnits.get(2)), CascadeScenario.nominations("Nguyễn Thị Hoa"));
    running = scenario.directiveOf(first).getId();

    ProcessInstance second = scenario.startDirective();
    cancelled = scenario.directiveOf(second).getId();
    engine.getRuntimeService().deleteProcessInstance(second.getId(), "registered by mistake");

    ProcessInstance third = scenario.startDirective();
    scenario.draftPlan(third);
    scenario.decidePlan(third, true, null);
    for (UnitAssignment a : scenario.distribute(third)) {
      scenario.completeUnit(scenario.unitProcess(a), "[]");
    }
    scenario.runAllJobs(third);
    complete(third, "Task_CompileReport", Map.of("reportAssessment", "Hoàn thành kế hoạch.", "reportShortcomings", "Không có."));
    complete(third, "Task_SignReport", Map.of("reportApproved", true));
    scenario.runJobs(List.of(third.getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(third.getId()).count()).isZero();
    finished = scenario.directiveOf(third).getId();
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  private void complete(ProcessInstance sector, String key, Map<String, Object> form) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(sector.getId()).taskDefinitionKey(key).singleResult().getId(), form);
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  private static Map<String, Object> entry(List<Map<String, Object>> list, Long id) {
    return list.stream().filter(d -> ((Number) d.get("directiveId")).longValue() == id).findFirst().orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void listOfDirectives_givesEachItsStatusAndRealCounts() {
    List<Map<String, Object>> list = api("chutich.cdyt").list("/directives");

    Map<String, Object> first = entry(list, running);
    assertThat(first).containsEntry("status", "RUNNING").containsEntry("statusLabel", "Đang thực hiện")
        .containsEntry("units", 18).containsEntry("finished", 2).containsEntry("onTime", 2).containsEntry("late", 0)
        .containsEntry("notReported", 0);
    assertThat((Map<String, Object>) first.get("counts")).containsEntry("NOT_STARTED", 15).containsEntry("REPORTED", 1)
        .containsEntry("FINISHED", 1).containsEntry("AWAITING_REVIEW", 1).containsEntry("NOMINATED", 0);

    assertThat(entry(list, cancelled)).containsEntry("status", "CANCELLED").containsEntry("statusLabel", "Đã hủy")
        .containsEntry("units", 0);
    assertThat(entry(list, finished)).containsEntry("status", "FINISHED").containsEntry("statusLabel", "Đã hoàn thành")
        .containsEntry("units", 18).containsEntry("finished", 18).containsEntry("onTime", 18);
  }

  @Test
  void aGrassrootsOfficerSeesTheCountsOfTheirOwnUnit_andTheStatus() {
    List<Map<String, Object>> list = api("bvdk.chutich").list("/directives");
    assertThat(list).extracting(d -> ((Number) d.get("directiveId")).longValue()).contains(running, finished)
        .doesNotContain(cancelled);
    assertThat(entry(list, finished)).containsEntry("status", "FINISHED").containsEntry("units", 1).containsEntry("finished", 1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void progress_tellsReportedButNotNominatedFromFinished() {
    Map<String, Object> progress = api("vanphong.cdyt").get("/directives/{id}/progress", running);
    assertThat(progress).containsEntry("status", "RUNNING").containsEntry("finished", 2);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) progress.get("rows");
    Map<String, String> labelOf = new java.util.HashMap<>();
    rows.forEach(r -> labelOf.put((String) r.get("unitCode"), (String) r.get("stateLabel")));
    assertThat(labelOf).containsEntry(runningUnits.get(0).getUnit().getCode(), "Đã báo cáo, chưa đề xuất điển hình")
        .containsEntry(runningUnits.get(1).getUnit().getCode(), "Đã hoàn thành")
        .containsEntry(runningUnits.get(2).getUnit().getCode(), "Đã nộp đủ, chờ cấp trên xét duyệt đề xuất điển hình");
  }

  @Test
  void theLdldDrillsDownToItsSectorsDirectives_whileASiblingSectorAndItsUnitsSeeNothing() {
    for (String ldldOfficer : List.of("vanphong.ldld", "chutich.ldld")) {
      List<Map<String, Object>> list = api(ldldOfficer).list("/directives");
      assertThat(entry(list, running)).as(ldldOfficer).containsEntry("units", 18).containsEntry("finished", 2)
          .containsEntry("unitName", "Công đoàn ngành Y tế Thái Bình");
      Map<String, Object> progress = api(ldldOfficer).get("/directives/{id}/progress", running);
      assertThat((List<?>) progress.get("rows")).as(ldldOfficer).hasSize(18);
      assertThat(api(ldldOfficer).status("/directives/{id}/documents", running)).isEqualTo(200);
      assertThat(api(ldldOfficer).status("/directives/{id}/audit", running)).isEqualTo(200);
    }
    // the Education sector is the Health sector's sibling; its CĐCS and a CĐCS directly under the LĐLĐ see nothing
    for (String outsider : List.of("vanphong.cdgd", "chutich.cdgd", "thptchuyen.chutich", "dienluc.chutich")) {
      assertThat(api(outsider).list("/directives")).as(outsider).isEmpty();
      assertThat(api(outsider).status("/directives/{id}/progress", running)).as(outsider).isEqualTo(403);
      assertThat(api(outsider).status("/directives/{id}/documents", running)).as(outsider).isEqualTo(403);
      assertThat(api(outsider).status("/directives/{id}/audit", running)).as(outsider).isEqualTo(403);
    }
  }

  @Test
  void overseeingIsReadingOnly_theLdldCannotRecallOrReturnTheSectorsWork() {
    ResponseEntity<Map<String, Object>> recall = api("chutich.ldld").post("/directives/{id}/recall",
        Map.of("reason", "Thử thu hồi từ cấp trên"), running);
    assertThat(recall.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map<String, Object>> reopen = api("vanphong.ldld").post("/directives/{id}/units/{unit}/reopen",
        Map.of("step", "SUB_PLAN", "reason", "Thử trả lại từ cấp trên"), running, runningUnits.get(0).getUnit().getCode());
    assertThat(reopen.getStatusCode().value()).isEqualTo(403);
  }
}
