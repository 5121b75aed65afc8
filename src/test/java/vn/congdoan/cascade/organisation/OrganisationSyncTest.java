package vn.congdoan.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Adding a CĐCS and an officer to the registry file, and retiring another officer, reaches Camunda's
 * users, groups and authorizations when the registry is synchronised again (what an administrator's
 * {@code POST /api/organisation/sync} or a restart does).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class OrganisationSyncTest {

  static final Path REGISTRY = copyOfDemoRegistry();

  @DynamicPropertySource
  static void registry(DynamicPropertyRegistry registry) {
    registry.add("cascade.organisation.data-file", () -> REGISTRY.toUri().toString());
  }

  @Autowired OrganisationSync sync;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @Test
  void newUnitAndOfficerJoin_retiredOfficerLeaves() throws IOException {
    assertThat(identity.createUserQuery().memberOfGroup("cdcs-bvdk-tinh").list()).extracting(User::getId)
        .containsExactlyInAnyOrder("bvdk.chutich", "bvdk.phochutich");

    String yaml = Files.readString(REGISTRY, StandardCharsets.UTF_8)
        .replace("      - username: bvdk.phochutich\n", "      - username: bvdk.phochutich\n        active: false\n")
        + """

          - code: cdcs-tt-kiem-nghiem
            name: Công đoàn Trung tâm Kiểm nghiệm Thái Bình
            headerName: CÔNG ĐOÀN TRUNG TÂM KIỂM NGHIỆM THÁI BÌNH
            place: Thái Bình
            level: GRASSROOTS
            parent: cdn-y-te-thai-binh
            officers:
              - username: kiemnghiem.chutich
                fullName: Lê Thị Phương Thảo
                title: Chủ tịch Công đoàn
                email: kiemnghiem@cdcs-tt-kiem-nghiem.example
                role: GRASSROOTS_OFFICER
        """;
    assertThat(yaml).contains("active: false");
    Files.writeString(REGISTRY, yaml, StandardCharsets.UTF_8);

    OrganisationSynchronised result = sync.run();

    assertThat(result.grassrootsGroups()).contains("cdcs-tt-kiem-nghiem");
    assertThat(identity.createGroupQuery().groupId("cdcs-tt-kiem-nghiem").singleResult().getName())
        .isEqualTo("Công đoàn Trung tâm Kiểm nghiệm Thái Bình");
    User added = identity.createUserQuery().userId("kiemnghiem.chutich").singleResult();
    assertThat(added.getFirstName() + " " + added.getLastName()).isEqualTo("Lê Thị Phương Thảo");
    assertThat(identity.checkPassword("kiemnghiem.chutich", "demo")).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("cdcs-tt-kiem-nghiem").list()).extracting(User::getId)
        .containsExactly("kiemnghiem.chutich");
    assertThat(authorizations.isUserAuthorized("kiemnghiem.chutich", List.of("cdcs-tt-kiem-nghiem"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();

    assertThat(identity.createUserQuery().memberOfGroup("cdcs-bvdk-tinh").list()).extracting(User::getId)
        .containsExactly("bvdk.chutich");

    // running it again changes nothing
    sync.run();
    assertThat(identity.createUserQuery().memberOfGroup("cdcs-bvdk-tinh").count()).isEqualTo(1);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("cdcs-tt-kiem-nghiem").resourceType(Resources.APPLICATION).count())
        .isEqualTo(1);
  }

  private static Path copyOfDemoRegistry() {
    try (InputStream in = OrganisationSyncTest.class.getResourceAsStream("/organisation/thai-binh-province.yaml")) {
      Path file = Files.createTempFile("registry-", ".yaml");
      Files.write(file, in.readAllBytes());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
