package vn.congdoan.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry as a tree of mixed depths (Confederation → LĐLĐ → upper-level union → nested upper-level union →
 * CĐCS, a CĐCS directly under the LĐLĐ, a second tree whose parent is outside the system): the tree's queries,
 * the groups of every unit with children, who oversees whom, and a unit moved to another parent.
 */
@SpringBootTest(properties = "cascade.test-context=organisation-tree")
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrganisationTreeTest {

  static final Path REGISTRY = copy("/organisation/four-levels.yaml");

  @DynamicPropertySource
  static void registry(DynamicPropertyRegistry registry) {
    registry.add("cascade.organisation.data-file", () -> REGISTRY.toUri().toString());
  }

  @Autowired OrganisationRegistry registry;
  @Autowired OrganisationSync sync;
  @Autowired IdentityService identity;
  @Autowired CurrentOfficer officer;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void noCaller() {
    identity.clearAuthentication();
  }

  private OrganisationUnit unit(String code) {
    return registry.findUnit(code).orElseThrow();
  }

  private static List<String> codes(List<OrganisationUnit> units) {
    return units.stream().map(OrganisationUnit::getCode).toList();
  }

  @Test
  void theTreesQueries_atEveryDepth() {
    transaction.executeWithoutResult(status -> {
      assertThat(unit("cdcs-tct-a1").getPath()).isEqualTo("/tong-ldld/ldld-a/cdn-a/cd-tct-a/cdcs-tct-a1/");
      assertThat(unit("cdcs-tct-a1").depth()).isEqualTo(4);
      assertThat(unit("tong-ldld").depth()).isZero();
      assertThat(codes(registry.ancestorsOf(unit("cdcs-tct-a1")))).containsExactly("tong-ldld", "ldld-a", "cdn-a", "cd-tct-a");
      assertThat(codes(registry.ancestorsOf(unit("tong-ldld")))).isEmpty();
      assertThat(codes(registry.childrenOf(unit("ldld-a")))).containsExactly("cdcs-direct", "cdn-a");
      assertThat(codes(registry.childrenOf(unit("cdn-a")))).containsExactly("cd-tct-a", "cdcs-a1", "cdcs-a2");
      assertThat(codes(registry.grassrootsUnitsOf(unit("cdn-a")))).containsExactly("cdcs-a1", "cdcs-a2");
      assertThat(codes(registry.grassrootsBelow(unit("ldld-a"))))
          .containsExactly("cdcs-a1", "cdcs-a2", "cdcs-direct", "cdcs-tct-a1");
      assertThat(codes(registry.grassrootsBelow(unit("tong-ldld")))).hasSize(4).doesNotContain("cdcs-b1");
      assertThat(codes(registry.subtreeOf(unit("cdn-a")))).containsExactly("cdn-a", "cd-tct-a", "cdcs-tct-a1", "cdcs-a1", "cdcs-a2");
      assertThat(codes(registry.topUnits())).containsExactly("ldld-b", "tong-ldld");
      assertThat(codes(registry.subtreeOf(unit("ldld-b")))).contains("cdcs-b1");
      assertThat(codes(registry.subtreeOf(unit("tong-ldld")))).doesNotContain("cdcs-b1");
    });
  }

  @Test
  void theBodyAbove_isTheParentOrTheExternalParent() {
    transaction.executeWithoutResult(status -> {
      assertThat(unit("cdn-a").superior()).hasValueSatisfying(s -> {
        assertThat(s.inRegistry()).isTrue();
        assertThat(s.name()).isEqualTo("LĐLĐ tỉnh A");
        assertThat(s.email()).isEqualTo("vanthu@ldld-a.example");
      });
      assertThat(unit("ldld-b").superior()).hasValueSatisfying(s -> {
        assertThat(s.inRegistry()).isFalse();
        assertThat(s.name()).isEqualTo("Tổng Liên đoàn Lao động Việt Nam");
        assertThat(s.email()).isEqualTo("vanthu@congdoanvn.example");
      });
      assertThat(unit("tong-ldld").superior()).isEmpty();
    });
  }

  @Test
  void everyUnitWithChildren_hasItsOfficeChairAndAdministratorGroups_aCdcsOneGroup() {
    for (String code : List.of("tong-ldld", "ldld-a", "cdn-a", "cd-tct-a", "ldld-b", "cdn-b")) {
      assertThat(identity.createGroupQuery().groupIdIn(code + "-office", code + "-chair", code + "-admin").list())
          .as(code).extracting(Group::getId).hasSize(3);
    }
    assertThat(identity.createUserQuery().memberOfGroup("ldld-a-chair").list()).extracting(u -> u.getId()).containsExactly("ct.ldld-a");
    assertThat(identity.createUserQuery().memberOfGroup("cdcs-tct-a1").list()).extracting(u -> u.getId()).containsExactly("tct-a1");
  }

  @Test
  void anOfficerOverseesTheirSubtree_neverASiblingsOrTheLevelAbove() {
    transaction.executeWithoutResult(status -> {
      identity.setAuthentication("vp.ldld-a", List.of("ldld-a-office"));
      assertThat(officer.oversees(unit("cdcs-tct-a1"))).isTrue();
      assertThat(officer.oversees(unit("cdn-a"))).isTrue();
      assertThat(officer.oversees(unit("ldld-a"))).isTrue();
      assertThat(officer.isOfficerOf(unit("cdn-a"))).isFalse();
      assertThat(officer.oversees(unit("tong-ldld"))).isFalse();
      assertThat(officer.oversees(unit("cdcs-b1"))).isFalse();
      assertThat(officer.oversees(unit("ldld-b"))).isFalse();

      identity.setAuthentication("vp.tct-a", List.of("cd-tct-a-office"));
      assertThat(officer.oversees(unit("cdcs-tct-a1"))).isTrue();
      assertThat(officer.oversees(unit("cdcs-a1"))).isFalse();
      assertThat(officer.oversees(unit("cdn-a"))).isFalse();

      identity.setAuthentication("ct.tong", List.of("tong-ldld-chair"));
      assertThat(officer.oversees(unit("cdcs-direct"))).isTrue();
      assertThat(officer.oversees(unit("cdcs-b1"))).isFalse();

      identity.setAuthentication("a1", List.of("cdcs-a1"));
      assertThat(officer.oversees(unit("cdcs-a1"))).isFalse();
      assertThat(officer.isOfUnit(unit("cdcs-a1"))).isTrue();
    });
  }

  @Test
  void aUnitMovedToAnotherParent_carriesItsSubtreeAlong_evenUnitsNoLongerInTheFile() throws IOException {
    String original = Files.readString(REGISTRY, StandardCharsets.UTF_8);
    try {
      // the corporation's union moves from the sector to the federation; its CĐCS is left out of the file
      String moved = original.replace("level: UPPER_LEVEL, parent: cdn-a,", "level: UPPER_LEVEL, parent: ldld-a,")
          .lines().filter(line -> !line.contains("code: cdcs-tct-a1")).reduce("", (a, b) -> a + b + "\n");
      Files.writeString(REGISTRY, moved, StandardCharsets.UTF_8);
      sync.run();
      transaction.executeWithoutResult(status -> {
        assertThat(unit("cd-tct-a").getPath()).isEqualTo("/tong-ldld/ldld-a/cd-tct-a/");
        assertThat(unit("cdcs-tct-a1").getPath()).isEqualTo("/tong-ldld/ldld-a/cd-tct-a/cdcs-tct-a1/");
        assertThat(codes(registry.childrenOf(unit("cdn-a")))).containsExactly("cdcs-a1", "cdcs-a2");
      });
    } finally {
      Files.writeString(REGISTRY, original, StandardCharsets.UTF_8);
      sync.run();
    }
    transaction.executeWithoutResult(status ->
        assertThat(unit("cd-tct-a").getPath()).isEqualTo("/tong-ldld/ldld-a/cdn-a/cd-tct-a/"));
  }

  private static Path copy(String resource) {
    try (InputStream in = OrganisationTreeTest.class.getResourceAsStream(resource)) {
      Path file = Files.createTempFile("four-levels", ".yaml");
      Files.write(file, in.readAllBytes());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
