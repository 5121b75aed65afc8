package vn.congdoan.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.benchmark.BenchmarkOrganisation;
import vn.congdoan.cascade.support.EngineStatements;

/**
 * Issue 17: the registry sync reads Camunda's groups, users, memberships and the per-unit grants in bulk and
 * compares in memory. With a generated registry of 2,000 grassroots unions, a sync of the unchanged registry
 * (what a restart does) runs a fixed, small number of engine statements and writes nothing; a registry with
 * three changes writes exactly those three changes. Engine statements are counted by name
 * ({@link EngineStatements}).
 */
@SpringBootTest(properties = "cascade.test-context=registry-bulk")
@ActiveProfiles({"demo", "test"})
class RegistrySyncBulkTest {

  static final int UNITS = 2_000;
  static final Path REGISTRY = generated(UNITS);

  @DynamicPropertySource
  static void registry(DynamicPropertyRegistry registry) {
    registry.add("cascade.organisation.data-file", () -> REGISTRY.toUri().toString());
  }

  @Autowired OrganisationSync sync;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anUnchangedRegistry_readsAFewTimesAndWritesNothing_aChangedOneWritesOnlyTheChanges() throws IOException {
    assertThat(identity.createGroupQuery().groupType(CamundaIdentitySync.GRASSROOTS_TYPE).count()).isEqualTo(UNITS);
    EngineStatements statements = EngineStatements.of(engine);

    statements.start();
    sync.run();
    Map<String, Long> unchanged = statements.stop();
    System.out.println("Engine statements of an unchanged sync of " + UNITS + " units: " + unchanged);
    assertThat(writes(unchanged)).as("an unchanged registry writes nothing: %s", unchanged).isEmpty();
    // the bulk reads (groups, users, memberships, four kinds of grants) and the few per sector group and
    // filter: a bound that 2,000 units would break many times over if anything were read per unit
    assertThat(statements.total()).as("engine statements of an unchanged sync: %s", unchanged).isLessThanOrEqualTo(60);

    // three changes: a new unit with its officer, a unit renamed, an officer's e-mail changed
    String yaml = Files.readString(generated(UNITS + 1), StandardCharsets.UTF_8)
        .replaceAll("Công đoàn cơ sở số 7(?![0-9])", "Công đoàn cơ sở Bệnh viện số bảy")
        .replace("cdcs00009@benchmark.example", "cdcs00009@moi.example");
    assertThat(yaml).contains("số bảy", "cdcs00009@moi.example");
    Files.writeString(REGISTRY, yaml, StandardCharsets.UTF_8);

    statements.start();
    sync.run();
    Map<String, Long> changed = statements.stop();
    assertThat(writes(changed)).as("exactly the three changes are written").isEqualTo(Map.of(
        "insertGroup", 1L, "insertUser", 1L, "insertMembership", 1L, "insertAuthorization", 4L,
        "updateGroup", 1L, "updateUser", 1L));
    assertThat(statements.total() - writes(changed).values().stream().mapToLong(Long::longValue).sum())
        .as("reads stay as few as for the unchanged registry").isLessThanOrEqualTo(60);

    String added = BenchmarkOrganisation.unitCode(UNITS + 1);
    String officer = BenchmarkOrganisation.officerOf(UNITS + 1);
    assertThat(identity.createUserQuery().memberOfGroup(added).list()).extracting(User::getId).containsExactly(officer);
    assertThat(authorizations.isUserAuthorized(officer, List.of(added), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(identity.createGroupQuery().groupId(BenchmarkOrganisation.unitCode(7)).singleResult().getName())
        .isEqualTo("Công đoàn cơ sở Bệnh viện số bảy");
    assertThat(identity.createUserQuery().userId(BenchmarkOrganisation.officerOf(9)).singleResult().getEmail())
        .isEqualTo("cdcs00009@moi.example");
    // the application's own rows too, committed: the loader leaves the stored (managed) units and officers to the flush
    assertThat(jdbc.queryForObject("select name from org_unit where code = ?", String.class, BenchmarkOrganisation.unitCode(7)))
        .isEqualTo("Công đoàn cơ sở Bệnh viện số bảy");
    assertThat(jdbc.queryForObject("select email from org_officer where username = ?", String.class,
        BenchmarkOrganisation.officerOf(9))).isEqualTo("cdcs00009@moi.example");

    statements.start();
    sync.run();
    assertThat(writes(statements.stop())).as("and again: nothing to write").isEmpty();
  }

  private static Map<String, Long> writes(Map<String, Long> counts) {
    Map<String, Long> writes = new TreeMap<>();
    counts.forEach((name, count) -> {
      if (name.startsWith("insert") || name.startsWith("update") || name.startsWith("delete")) {
        writes.put(name, count);
      }
    });
    return writes;
  }

  private static Path generated(int units) {
    try {
      Path file = Files.createTempFile("registry-" + units + "-", ".yaml");
      file.toFile().deleteOnExit();
      return BenchmarkOrganisation.write(units, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
