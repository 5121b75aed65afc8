package vn.congdoan.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Issue 16, reassign: an officer who leaves (removed from the registry file, or retired with
 * {@code active: false}) hands the tasks they had claimed back to their unit's group when the registry is
 * synchronised; the tasks keep their candidate group and their variables (the draft), a colleague's
 * claimed task stays theirs. An administrator can do the same for one officer through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=officer-leaves")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class OfficerLeavesTest {

  static final Path REGISTRY = copyOfDemoRegistry();

  @DynamicPropertySource
  static void registry(DynamicPropertyRegistry registry) {
    registry.add("cascade.organisation.data-file", () -> REGISTRY.toUri().toString());
  }

  @LocalServerPort int port;
  @Autowired OrganisationSync sync;
  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired OfficerRepository officers;

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  private Task draftTask(UnitAssignment unit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(unit.getProcessInstanceId())
        .taskDefinitionKey("Task_DraftSubPlan").singleResult();
  }

  private static UnitAssignment unit(List<UnitAssignment> units, String code) {
    return units.stream().filter(a -> a.getUnit().getCode().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theTasksOfAnOfficerWhoLeavesGoBackToTheUnitsGroup_withTheirDrafts() throws IOException {
    CurrentEngine.use(engine);
    TaskService tasks = engine.getTaskService();
    List<UnitAssignment> units = scenario.distributedToday();
    Task leaving = draftTask(unit(units, "cdcs-bvdk-tinh"));
    tasks.claim(leaving.getId(), "bvdk.phochutich");
    tasks.setVariableLocal(leaving.getId(), "draftNote", "Bản nháp: tuyên truyền tại 12 khoa.");
    Task staying = draftTask(scenario.distributedToday().stream().filter(a -> a.getUnit().getCode().equals("cdcs-bvdk-tinh"))
        .findFirst().orElseThrow());
    tasks.claim(staying.getId(), "bvdk.chutich");
    Task retiring = draftTask(unit(units, "cdcs-bv-yhct"));
    tasks.claim(retiring.getId(), "yhct.chutich");

    // bvdk.phochutich is removed from the file, yhct.chutich retired
    String yaml = Files.readString(REGISTRY, StandardCharsets.UTF_8);
    String removed = yaml.replaceAll("(?s)      - username: bvdk\\.phochutich\\n.*?role: GRASSROOTS_OFFICER\\n", "")
        .replace("      - username: yhct.chutich\n", "      - username: yhct.chutich\n        active: false\n");
    assertThat(removed).doesNotContain("bvdk.phochutich").contains("active: false");
    Files.writeString(REGISTRY, removed, StandardCharsets.UTF_8);
    sync.run();

    assertThat(officers.findAll()).filteredOn(o -> o.getUsername().equals("bvdk.phochutich")).singleElement()
        .satisfies(o -> assertThat(o.isActive()).isFalse());
    Task returned = tasks.createTaskQuery().taskId(leaving.getId()).singleResult();
    assertThat(returned.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(leaving.getId())).filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .extracting(IdentityLink::getGroupId).containsExactly("cdcs-bvdk-tinh");
    assertThat(tasks.getVariableLocal(leaving.getId(), "draftNote")).isEqualTo("Bản nháp: tuyên truyền tại 12 khoa.");
    assertThat(tasks.getVariablesLocal(leaving.getId())).containsOnlyKeys("draftNote"); // what the form shows is not stored
    assertThat(tasks.createTaskQuery().taskId(retiring.getId()).singleResult().getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(staying.getId()).singleResult().getAssignee()).isEqualTo("bvdk.chutich");
    // a colleague of the unit takes it over and completes it: the cascade carries on
    assertThat(tasks.createTaskQuery().taskId(leaving.getId()).taskCandidateUser("bvdk.chutich").count()).isEqualTo(1);

    // the administrator's action for one officer: every task they hold goes back
    assertThat(api(null).post("/organisation/officers/{u}/return-tasks", Map.of(), "bvdk.chutich").getStatusCode().value())
        .isEqualTo(401);
    ResponseEntity<Map<String, Object>> unitOfficer = api("bvdk.chutich").post("/organisation/officers/{u}/return-tasks", Map.of(),
        "bvdk.chutich");
    assertThat(unitOfficer.getStatusCode().value()).isEqualTo(403);
    assertThat(api("vanphong.cdyt").post("/organisation/officers/{u}/return-tasks", Map.of(), "bvdk.chutich")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(staying.getId()).singleResult().getAssignee()).isEqualTo("bvdk.chutich");
    ResponseEntity<Map<String, Object>> admin = api("quantri.ldld").post("/organisation/officers/{u}/return-tasks", Map.of(),
        "bvdk.chutich");
    assertThat(admin.getStatusCode().value()).isEqualTo(200);
    assertThat(admin.getBody()).containsEntry("returned", 1).containsEntry("username", "bvdk.chutich");
    assertThat(tasks.createTaskQuery().taskId(staying.getId()).singleResult().getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(staying.getId())).extracting(IdentityLink::getGroupId).contains("cdcs-bvdk-tinh");
  }

  private static Path copyOfDemoRegistry() {
    try (InputStream in = OfficerLeavesTest.class.getResourceAsStream("/organisation/thai-binh-province.yaml")) {
      Path copy = Files.createTempFile("registry-", ".yaml");
      Files.write(copy, in.readAllBytes());
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
