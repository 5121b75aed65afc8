package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.EngineStatements;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * What each role may see and do through the REST API once a directive has reached every grassroots
 * union: a CĐCS officer only their unit's work, the sector's office and chair every unit's progress but
 * only their own tasks (the office also its CĐCS' open tasks, read-only), a sibling sector nothing, the
 * LĐLĐ's administrator everything and a sector's administrator only its sector's progress. Refused calls change
 * nothing.
 */
// a context (and engine) of its own: the assertions count every task and instance the engine holds, so no
// other test class's cascade may share it (TasklistBrowserTest has the same configuration otherwise)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=authorization")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationRestTest {

  static final String BVDK = "cdcs-bvdk-tinh";
  static final String YHCT = "cdcs-bv-yhct";

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  ProcessInstance sector;
  Long directiveId;
  EngineStatements statements;

  @BeforeAll
  void directiveReachesEveryUnit() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
    sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    scenario.distribute(sector);
    directiveId = scenario.directiveOf(sector).getId();
    statements = EngineStatements.of(engine);
  }

  @AfterEach
  void backToMayTwelfth() {
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  private EngineRestClient rest(String user) {
    return new EngineRestClient(port, user, "demo");
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  private Task openTaskOf(String unitCode) {
    return taskService.createTaskQuery().taskCandidateGroup(unitCode).singleResult();
  }

  @Test
  void anonymousCallsAndWrongPasswordsAreRefused() {
    assertThat(new EngineRestClient(port, null, null).status("/task")).isEqualTo(401);
    assertThat(new EngineRestClient(port, "/api", null, null).status("/directives")).isEqualTo(401);
    assertThat(new EngineRestClient(port, "/api", "vanphong.cdyt", "sai").status("/directives")).isEqualTo(401);
  }

  @Test
  void grassrootsOfficer_seesAndWorksOnlyTheirUnitsTask() {
    EngineRestClient bvdk = rest("bvdk.chutich");
    List<Map<String, Object>> visible = bvdk.list("/task");
    assertThat(visible).hasSize(1);
    assertThat(visible.get(0).get("id")).isEqualTo(openTaskOf(BVDK).getId());
    assertThat(bvdk.list("/task?processDefinitionKey=GrassrootsUnionProcess")).hasSize(1);

    Task other = openTaskOf(YHCT);
    assertThat(bvdk.status("/task/{id}", other.getId())).isIn(403, 404);
    assertThat(bvdk.status("/task/{id}/form-variables", other.getId())).isIn(403, 404);
    assertThat(bvdk.post("/task/{id}/claim", Map.of("userId", "bvdk.chutich"), other.getId()).getStatusCode().value()).isEqualTo(403);
    assertThat(bvdk.post("/task/{id}/submit-form", EngineRestClient.variables("subPlanContent", "x"), other.getId())
        .getStatusCode().value()).isEqualTo(403);
    Task unchanged = taskService.createTaskQuery().taskId(other.getId()).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();

    // no other unit's process, variables or history
    assertThat(bvdk.list("/process-instance")).isEmpty();
    assertThat(bvdk.list("/history/process-instance")).isEmpty();
    assertThat(bvdk.status("/variable-instance")).as("not an endpoint for officers").isEqualTo(403);
    // and no directive of its own making (the sector's model is not even visible to it)
    assertThat(bvdk.post("/process-definition/key/DirectiveCascadeProcess/start", Map.of()).getStatusCode().value()).isIn(403, 404);
    assertThat(scenario.directiveOf(sector)).isNotNull();

    // its own task: claim works
    Task own = openTaskOf(BVDK);
    assertThat(bvdk.post("/task/{id}/claim", Map.of("userId", "bvdk.chutich"), own.getId()).getStatusCode().value()).isEqualTo(204);
    assertThat(bvdk.post("/task/{id}/unclaim", Map.of(), own.getId()).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void sectorOffice_readsItsUnitsOpenTasksButWorksOnlyItsOwn() {
    EngineRestClient office = rest("vanphong.cdyt");
    assertThat(office.list("/task?processDefinitionKey=GrassrootsUnionProcess")).hasSize(18);
    // the units' instances themselves it follows on the progress page (readable only by installation administrators)
    assertThat(office.list("/process-instance?processDefinitionKey=GrassrootsUnionProcess")).isEmpty();
    Task unitTask = openTaskOf(YHCT);
    assertThat(office.status("/task/{id}", unitTask.getId())).isEqualTo(200);
    assertThat(office.post("/task/{id}/claim", Map.of("userId", "vanphong.cdyt"), unitTask.getId()).getStatusCode().value())
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(unitTask.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void theOfficeOfEveryUnitWithChildren_registersDirectives_aGrassrootsOfficerIsNotOfferedAStart() {
    // the LĐLĐ types in the Confederation's directives, an upper-level union those of bodies outside the system
    for (String user : List.of("vanphong.ldld", "vanphong.cdgd", "vanphong.cdyt")) {
      assertThat(rest(user).list("/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true"))
          .as(user).extracting(d -> d.get("key")).containsExactly("DirectiveCascadeProcess");
    }
    assertThat(rest("bvdk.chutich").list("/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true"))
        .isEmpty();
    // the CĐCS' officer cannot even read the model: not found
    assertThat(rest("bvdk.chutich").post("/process-definition/key/DirectiveCascadeProcess/start", Map.of())
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void sectorChair_mayNotRegisterDirectives() {
    assertThat(rest("chutich.cdyt").post("/process-definition/key/DirectiveCascadeProcess/start", Map.of())
        .getStatusCode().value()).isEqualTo(403);
    // the chair follows the units on the progress page, not through the engine's instances
    assertThat(rest("chutich.cdyt").list("/process-instance?processDefinitionKey=GrassrootsUnionProcess")).isEmpty();
  }

  @Test
  void aSiblingSector_readsNoneOfTheHealthSectorsInstancesTasksOrHistory() {
    // the Health sector's own officers read their sector's instance (and its history), not its units'
    for (String user : List.of("vanphong.cdyt", "chutich.cdyt", "quantri.cdyt")) {
      assertThat(rest(user).list("/process-instance")).as(user).extracting(p -> p.get("id")).containsExactly(sector.getId());
      assertThat(rest(user).list("/history/process-instance")).as(user).extracting(p -> p.get("id")).containsExactly(sector.getId());
    }
    for (String user : List.of("vanphong.cdgd", "chutich.cdgd", "vanphong.cdkcn", "chutich.ldldvt")) {
      EngineRestClient client = rest(user);
      assertThat(client.list("/process-instance")).as(user).isEmpty();
      assertThat(client.list("/task")).as(user).isEmpty();
      assertThat(client.list("/history/process-instance")).as(user).isEmpty();
      assertThat(client.status("/variable-instance")).as(user).isEqualTo(403);
    }
    assertThat(filterList(rest("vanphong.cdgd"), TasklistFilters.ALL_UNITS)).as("the Education office's own CĐCS: none busy").isEmpty();
    assertThat(filterList(rest("vanphong.cdyt"), TasklistFilters.ALL_UNITS)).hasSize(18);
    // the LĐLĐ's office follows its sectors on the progress page; the Health sector's CĐCS tasks are not its own
    assertThat(rest("vanphong.ldld").list("/task")).isEmpty();
  }

  @Test
  void applications_tasklistForOfficers_cockpitAndAdminOnlyForAdministrators() {
    for (String user : List.of("bvdk.chutich", "vanphong.cdyt", "chutich.cdyt", "quantri.ldld")) {
      assertThat(mayUse(user, "tasklist")).as(user + " uses Tasklist").isTrue();
    }
    for (String user : List.of("bvdk.chutich", "vanphong.cdyt", "chutich.cdyt")) {
      assertThat(mayUse(user, "cockpit")).as(user + " uses Cockpit").isFalse();
      assertThat(mayUse(user, "admin")).as(user + " uses Admin").isFalse();
    }
    // a sector's administrator follows its sector on the progress page; Cockpit would show it every sector's work
    assertThat(mayUse("quantri.cdyt", "tasklist")).isTrue();
    assertThat(mayUse("quantri.cdyt", "cockpit")).isFalse();
    assertThat(mayUse("quantri.cdyt", "admin")).isFalse();
    assertThat(mayUse("quantri.ldld", "cockpit")).isTrue();
    assertThat(mayUse("quantri.ldld", "admin")).isTrue();
    assertThat(rest("quantri.ldld").list("/process-instance")).hasSizeGreaterThanOrEqualTo(19);
  }

  private boolean mayUse(String user, String application) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }

  @Test
  void filters_everyoneHasTheirUnitsViews_onlyTheSectorSeesAllUnits() {
    List<String> unitFilters = names(rest("bvdk.chutich").list("/filter?resourceType=Task"));
    assertThat(unitFilters).contains(TasklistFilters.MY_UNIT, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE,
        TasklistFilters.CLAIMED).doesNotContain(TasklistFilters.ALL_UNITS);
    assertThat(names(rest("vanphong.cdyt").list("/filter?resourceType=Task"))).contains(TasklistFilters.ALL_UNITS);
    assertThat(names(rest("chutich.cdyt").list("/filter?resourceType=Task"))).doesNotContain(TasklistFilters.ALL_UNITS);

    EngineRestClient bvdk = rest("bvdk.chutich");
    assertThat(filterList(bvdk, TasklistFilters.MY_UNIT)).hasSize(1);
    assertThat(filterList(bvdk, TasklistFilters.DUE_SOON)).isEmpty();
    assertThat(filterList(bvdk, TasklistFilters.OVERDUE)).isEmpty();
    CascadeScenario.setVietnamTime(5, 28, 9);
    assertThat(filterList(bvdk, TasklistFilters.DUE_SOON)).hasSize(1);
    CascadeScenario.setVietnamTime(6, 2, 9);
    assertThat(filterList(bvdk, TasklistFilters.OVERDUE)).hasSize(1);
    assertThat(filterList(rest("vanphong.cdyt"), TasklistFilters.ALL_UNITS)).hasSize(18);
  }

  private List<Map<String, Object>> filterList(EngineRestClient client, String name) {
    String id = client.list("/filter?resourceType=Task&name={name}", name).get(0).get("id").toString();
    return client.list("/filter/{id}/list", id);
  }

  private static List<String> names(List<Map<String, Object>> filters) {
    return filters.stream().map(f -> (String) f.get("name")).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void progress_sectorSeesEveryUnit_aUnitOnlyItself() {
    Map<String, Object> all = api("chutich.cdyt").get("/directives/{id}/progress", directiveId);
    assertThat((List<Object>) all.get("rows")).hasSize(18);
    assertThat(all.get("complete")).isEqualTo(true);
    assertThat(((Map<String, Object>) all.get("counts")).get("NOT_STARTED")).isEqualTo(18);

    Map<String, Object> own = api("bvdk.chutich").get("/directives/{id}/progress", directiveId);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) own.get("rows");
    assertThat(rows).extracting(r -> r.get("unitCode")).containsExactly(BVDK);
    assertThat(own.get("complete")).isEqualTo(false);

    assertThat(api("bvdk.chutich").list("/directives")).extracting(d -> d.get("directiveId")).contains(directiveId.intValue());
    assertThat(api("bvdk.chutich").status("/directives/{id}/progress", 999999)).isEqualTo(404);
  }

  @Test
  void registrySync_onlyForAdministrators() {
    assertThat(api("vanphong.cdyt").post("/organisation/sync", Map.of()).getStatusCode().value()).isEqualTo(403);
    assertThat(api("quantri.ldld").post("/organisation/sync", Map.of()).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void passwordsAreStoredHashed() {
    String stored = identityService.createUserQuery().userId("bvdk.chutich").singleResult().getPassword();
    assertThat(stored).isNotEqualTo("demo").startsWith("{SHA-512}");
    assertThat(identityService.checkPassword("bvdk.chutich", "demo")).isTrue();
  }

  @Test
  void aUnitsOfficerReadsNoOtherUnit_orTheSectorsOwnProcess() {
    UnitAssignment other = scenario.assignmentsOf(sector).stream().filter(a -> a.getUnit().getCode().equals(YHCT)).findFirst().orElseThrow();
    assertThat(rest("bvdk.chutich").status("/process-instance/{id}", other.getProcessInstanceId())).isIn(403, 404);
    assertThat(rest("bvdk.chutich").status("/process-instance/{id}", sector.getId())).isIn(403, 404);
    assertThat(rest("bvdk.chutich").status("/process-instance/{id}/variables", other.getProcessInstanceId())).isIn(403, 404);
  }

  /**
   * Issue 17: the engine checks an officer's calls without reading every authorized group of the registry
   * and without revoke checks (engine.EngineInternals.FewGroupsAuthorizations); a unit's officer is as
   * strictly held to its unit as before: no other unit's task seen, claimed, completed or saved, no
   * variable of it read — through REST and through the engine's Java API with the officer logged in.
   */
  @Test
  void aUnitsOfficer_stillCannotTouchAnotherUnitsTask_andItsChecksReadNeitherEveryGroupNorRevokes() {
    EngineRestClient bvdk = rest("bvdk.chutich");
    Task other = openTaskOf(YHCT);
    Task own = openTaskOf(BVDK);
    statements.start();

    assertThat(bvdk.list("/task")).extracting(t -> t.get("id")).containsExactly(own.getId());
    assertThat(bvdk.list("/task?candidateGroup={g}", YHCT)).isEmpty();
    assertThat(bvdk.status("/task/{id}", other.getId())).isIn(403, 404);
    assertThat(bvdk.status("/task/{id}/variables", other.getId())).isIn(403, 404);
    assertThat(bvdk.status("/task/{id}/form-variables", other.getId())).isIn(403, 404);
    assertThat(bvdk.status("/process-instance/{id}/variables", other.getProcessInstanceId())).isIn(403, 404);
    assertThat(bvdk.post("/task/{id}/claim", Map.of("userId", "bvdk.chutich"), other.getId()).getStatusCode().value()).isEqualTo(403);
    assertThat(bvdk.post("/task/{id}/complete", Map.of(), other.getId()).getStatusCode().value()).isEqualTo(403);
    assertThat(bvdk.post("/task/{id}/submit-form", EngineRestClient.variables("subPlanContent", "x"), other.getId())
        .getStatusCode().value()).isEqualTo(403);
    assertThat(bvdk.post("/task/{id}/claim", Map.of("userId", "bvdk.chutich"), own.getId()).getStatusCode().value()).isEqualTo(204);
    assertThat(bvdk.post("/task/{id}/unclaim", Map.of(), own.getId()).getStatusCode().value()).isEqualTo(204);

    Map<String, Long> counts = statements.stop();
    assertThat(counts).as("the officer's calls were checked by the engine").containsKey("isUserAuthorizedForResource");
    assertThat(counts).as("no read of every authorized group, no revoke check")
        .doesNotContainKeys("selectAuthorizedGroupIds", "selectRevokeAuthorization");

    // the same through the engine's Java API, with the officer logged in
    List<String> groups = identityService.createGroupQuery().groupMember("bvdk.chutich").list().stream().map(Group::getId).toList();
    identityService.setAuthentication("bvdk.chutich", groups);
    try {
      assertThat(taskService.createTaskQuery().taskId(other.getId()).count()).isZero();
      assertThatThrownBy(() -> taskService.getVariables(other.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.claim(other.getId(), "bvdk.chutich")).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.complete(other.getId())).isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    Task unchanged = taskService.createTaskQuery().taskId(other.getId()).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();
  }

  /**
   * Revoke checks are off because no REVOKE authorization exists, and none can be made: the application
   * only grants, and the engine refuses to store a REVOKE, through REST as the administrator and through
   * the Java API alike.
   */
  @Test
  void noRevokeAuthorizationExists_noneCanBeCreated_soRevokeChecksStayOff() {
    assertThat(EngineInternals.revokeChecks(engine)).isEqualTo("never");
    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();
    long before = authorizationService.createAuthorizationQuery().count();

    var refused = rest("quantri.ldld").post("/authorization/create", Map.of("type", Authorization.AUTH_TYPE_REVOKE,
        "permissions", List.of("READ"), "groupId", BVDK, "resourceType", Resources.TASK.resourceType(), "resourceId", "*"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);

    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(BVDK);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId("*");
    revoke.addPermission(Permissions.READ);
    assertThatThrownBy(() -> authorizationService.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("REVOKE");

    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    assertThat(EngineInternals.revokeChecks(engine)).isEqualTo("never");
  }

  @Test
  void anInstallationOfTheOneSectorVersion_losesTheWideGrantsOnSync_andItsOfficeKeepsItsUnitsOpenTasks() {
    // what the one-sector version granted the sector's groups, and the open tasks before they were granted one by one
    for (String group : List.of("cdn-y-te-thai-binh-office", "cdn-y-te-thai-binh-chair", "cdn-giao-duc-thai-binh-office")) {
      Authorization everyTask = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      everyTask.setGroupId(group);
      everyTask.setResource(Resources.TASK);
      everyTask.setResourceId("*");
      everyTask.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyTask);
      Authorization definition = authorizationService.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId("GrassrootsUnionProcess").singleResult();
      definition.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE);
      definition.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK);
      authorizationService.saveAuthorization(definition);
    }
    for (Task task : taskService.createTaskQuery().processDefinitionKey("GrassrootsUnionProcess").list()) {
      authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
          .groupIdIn("cdn-y-te-thai-binh-office").list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
    assertThat(rest("vanphong.cdgd").list("/task")).as("the old grants show a sibling every task").hasSize(18);

    assertThat(api("quantri.ldld").post("/organisation/sync", Map.of()).getStatusCode().value()).isEqualTo(200);

    for (String user : List.of("vanphong.cdgd", "chutich.cdyt")) {
      assertThat(rest(user).list("/task")).as(user).isEmpty();
      assertThat(rest(user).list("/process-instance?processDefinitionKey=GrassrootsUnionProcess")).as(user).isEmpty();
    }
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
        .groupIdIn("cdn-y-te-thai-binh-office", "cdn-y-te-thai-binh-chair", "cdn-giao-duc-thai-binh-office").count()).isZero();
    assertThat(filterList(rest("vanphong.cdyt"), TasklistFilters.ALL_UNITS)).hasSize(18);
  }
}
