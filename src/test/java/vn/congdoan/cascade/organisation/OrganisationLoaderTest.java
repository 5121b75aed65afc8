package vn.congdoan.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The registry file is checked before anything is loaded, and the demo file passes. */
class OrganisationLoaderTest {

  private final OrganisationLoader loader = new OrganisationLoader(null, null);

  private static ByteArrayResource yaml(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test registry");
  }

  @Test
  void demoRegistryHasTheSeedOrganisation() {
    OrganisationData data = loader.read(new ClassPathResource("organisation/thai-binh-province.yaml"));
    assertThat(data.units()).filteredOn(u -> u.level() == UnitLevel.GRASSROOTS).hasSizeGreaterThanOrEqualTo(12)
        .allSatisfy(u -> assertThat(u.officers()).isNotEmpty());
    assertThat(data.units()).extracting(OrganisationData.Unit::name)
        .contains("Liên đoàn Lao động tỉnh Thái Bình", "Công đoàn ngành Y tế Thái Bình",
            "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình");
  }

  @Test
  void refusesParentListedLaterOrMissing() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: cdcs-a, name: A, level: GRASSROOTS, parent: sector}
          - {code: sector, name: S, level: SECTOR, parent: fed}
        """))).hasMessageContaining("names parent 'sector'");
  }

  @Test
  void refusesDuplicateUsernamesAndRolesThatDoNotFitTheUnit() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - code: sector
            name: S
            level: SECTOR
            parent: fed
            officers:
              - {username: an, fullName: An, role: GRASSROOTS_OFFICER}
        """))).hasMessageContaining("does not fit a unit of level UPPER_LEVEL");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - code: sector
            name: S
            level: SECTOR
            parent: fed
            officers:
              - {username: an, fullName: An, role: SECTOR_OFFICE}
              - {username: an, fullName: An Khác, role: SECTOR_CHAIR}
        """))).hasMessageContaining("'an' appears twice");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "e-mail without @          | email: an.cdyt.example                    | invalid e-mail address 'an.cdyt.example'",
      "e-mail with a space       | email: an @cdyt.example                   | invalid e-mail address",
      "e-mail with markup        | email: '<script>@cdyt.example'            | invalid e-mail address",
      "e-mail without domain dot | email: an@localhost                       | invalid e-mail address",
      "phone with letters        | phone: 'gọi số 0912'                      | invalid phone number",
      "full name too long        | fullName: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' | full name is longer than 128 characters"})
  void refusesOfficersWithMalformedContacts(String name, String field, String problem) {
    String officer = "{username: an, fullName: An, role: SECTOR_OFFICE, " + field + "}";
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - code: sector
            name: S
            level: SECTOR
            parent: fed
            officers:
              - %s
        """.formatted(officer)))).isInstanceOf(InvalidRegistryException.class).hasMessageContaining(problem);
  }

  @Test
  void refusesAUnitWithAMalformedOfficialAddress_acceptsAWellFormedOne() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION, email: "ldld@thaibinh"}
        """))).isInstanceOf(InvalidRegistryException.class).hasMessageContaining("unit 'fed' has an invalid e-mail address");
    assertThat(loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION, email: "van.thu+ldld@congdoan-thaibinh.org.vn"}
        """)).units()).hasSize(1);
  }

  @Test
  void readsARegistryOfTenThousandGrassrootsUnions_largerThanTheParsersDefaultLimit() {
    StringBuilder text = new StringBuilder("""
        units:
          - {code: fed, name: Liên đoàn Lao động tỉnh, level: FEDERATION}
          - {code: sector, name: Công đoàn ngành Y tế, level: SECTOR, parent: fed}
        """);
    for (int i = 1; i <= 10_000; i++) {
      text.append("""
            - code: cdcs-%05d
              name: Công đoàn cơ sở Bệnh viện, Trung tâm Y tế, Trạm Y tế xã số %d của ngành Y tế tỉnh
              level: GRASSROOTS
              parent: sector
              officers:
                - {username: cdcs%05d.chutich, fullName: Nguyễn Thị Hồng Nhung, title: Chủ tịch Công đoàn cơ sở, email: cdcs%05d@cdyt.example, phone: "0912 345 678", role: GRASSROOTS_OFFICER}
          """.formatted(i, i, i, i));
    }
    assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 * 1024 * 1024);
    assertThat(loader.read(yaml(text.toString())).units()).hasSize(10_002);
  }

  @Test
  void readsAFileOfTheOneSectorVersion_sectorLevelAndRolesAsTheTreesNames() {
    OrganisationData data = loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - code: sector
            name: S
            level: SECTOR
            parent: fed
            officers:
              - {username: an, fullName: An, role: SECTOR_OFFICE}
              - {username: binh, fullName: Bình, role: SECTOR_CHAIR}
              - {username: cuong, fullName: Cường, role: SECTOR_ADMIN}
        """));
    assertThat(data.units().get(1).level()).isEqualTo(UnitLevel.UPPER_LEVEL);
    assertThat(data.units().get(1).officers()).extracting(OrganisationData.Person::role)
        .containsExactly(OfficerRole.OFFICE, OfficerRole.CHAIR, OfficerRole.ADMIN);
  }

  @Test
  void acceptsMixedDepths_andAnUpperLevelUnionUnderAnother() {
    OrganisationData data = loader.read(new ClassPathResource("organisation/four-levels.yaml"));
    assertThat(data.units()).extracting(OrganisationData.Unit::level).contains(UnitLevel.CONFEDERATION, UnitLevel.FEDERATION,
        UnitLevel.UPPER_LEVEL, UnitLevel.GRASSROOTS);
  }

  @Test
  void refusesAParentThatDoesNotStandHigher() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: sector, name: S, level: UPPER_LEVEL}
          - {code: fed, name: F, level: FEDERATION, parent: sector}
        """))).hasMessageContaining("unit 'fed' (FEDERATION) cannot sit under 'sector' (UPPER_LEVEL)");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - {code: cdcs-a, name: A, level: GRASSROOTS, parent: fed}
          - {code: cdcs-b, name: B, level: GRASSROOTS, parent: cdcs-a}
        """))).hasMessageContaining("unit 'cdcs-b' (GRASSROOTS) cannot sit under 'cdcs-a' (GRASSROOTS)");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - {code: fed-2, name: F2, level: FEDERATION, parent: fed}
        """))).hasMessageContaining("unit 'fed-2' (FEDERATION) cannot sit under 'fed' (FEDERATION)");
  }

  @Test
  void refusesAGrassrootsUnionWithoutParent_andAnExternalParentBelowTheTop() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: cdcs-a, name: A, level: GRASSROOTS}
        """))).hasMessageContaining("unit 'cdcs-a' is a GRASSROOTS unit and needs a parent");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - {code: sector, name: S, level: UPPER_LEVEL, parent: fed, externalParent: {name: X, email: x@x.example}}
        """))).hasMessageContaining("only a top unit may name one");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION, externalParent: {name: X, email: not-an-address}}
        """))).hasMessageContaining("the external parent has an invalid e-mail address 'not-an-address'");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION, externalParent: {email: x@x.example}}
        """))).hasMessageContaining("the external parent has no name");
  }

  @Test
  void refusesATreeDeeperThanThePathColumnHolds() {
    StringBuilder file = new StringBuilder("units:\n  - {code: fed, name: F, level: FEDERATION}\n");
    String parent = "fed";
    for (int i = 0; i < 60; i++) {
      String code = "upper-level-union-with-a-long-code-number-" + i;
      file.append("  - {code: ").append(code).append(", name: U").append(i).append(", level: UPPER_LEVEL, parent: ")
          .append(parent).append("}\n");
      parent = code;
    }
    assertThatThrownBy(() -> loader.read(yaml(file.toString()))).hasMessageContaining("lies too deep in the tree");
  }

  @Test
  void refusesACodeThatWouldShareAnotherUnitsGroup() {
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: sector, name: S, level: UPPER_LEVEL}
          - {code: sector-office, name: CĐCS mang tên nhóm, level: GRASSROOTS, parent: sector}
        """))).hasMessageContaining("unit 'sector-office' and unit 'sector' would share the Camunda group 'sector-office'");
    assertThatThrownBy(() -> loader.read(yaml("""
        units:
          - {code: fed, name: F, level: FEDERATION}
          - {code: fed-chair, name: CĐCS, level: GRASSROOTS, parent: fed}
        """))).hasMessageContaining("would share the Camunda group 'fed-chair'");
  }
}
