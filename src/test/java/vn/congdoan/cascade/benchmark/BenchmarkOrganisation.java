package vn.congdoan.cascade.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationData;
import vn.congdoan.cascade.organisation.UnitLevel;

/**
 * A generated registry: a federation, one sector union with its office, chair and administrator, and
 * N grassroots unions with one officer each, written as the readable YAML file the application loads.
 * Also used by the concurrency test ({@code reliability.ConcurrentCompletionTest}).
 */
public final class BenchmarkOrganisation {

  public static final String SECTOR = "cdn-benchmark";
  public static final String OFFICE = "vanphong.benchmark";
  public static final String CHAIR = "chutich.benchmark";

  private BenchmarkOrganisation() {}

  public static String unitCode(int i) {
    return "cdcs-%05d".formatted(i);
  }

  public static String officerOf(int i) {
    return "cdcs%05d.chutich".formatted(i);
  }

  public static Path write(int units, Path file) throws IOException {
    List<OrganisationData.Unit> all = new ArrayList<>();
    all.add(new OrganisationData.Unit("ldld-benchmark", "Liên đoàn Lao động tỉnh (đo hiệu năng)", "LĐLĐ TỈNH", "LĐLĐ",
        "Thái Bình", null, UnitLevel.FEDERATION, null, null, true, List.of()));
    all.add(new OrganisationData.Unit(SECTOR, "Công đoàn ngành (đo hiệu năng)", "CÔNG ĐOÀN NGÀNH", "CĐN", "Thái Bình", null,
        UnitLevel.UPPER_LEVEL, "ldld-benchmark", null, true, List.of(
            person(OFFICE, "Nguyễn Thị Văn Phòng", "vanphong@benchmark.example", OfficerRole.OFFICE),
            person(CHAIR, "Trần Văn Chủ Tịch", "chutich@benchmark.example", OfficerRole.CHAIR))));
    for (int i = 1; i <= units; i++) {
      all.add(grassroots(i, SECTOR));
    }
    YAMLMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build()
        .writeValue(file.toFile(), new OrganisationData(all));
    return file;
  }

  public static final String FEDERATION = "ldld-benchmark";
  public static final String FEDERATION_OFFICE = "vanphong.ldldbm";
  public static final String FEDERATION_CHAIR = "chutich.ldldbm";

  public static String unionCode(int u) {
    return "cdn-%03d".formatted(u);
  }

  public static String unionOffice(int u) {
    return "vanphong.cdn%03d".formatted(u);
  }

  public static String unionChair(int u) {
    return "chutich.cdn%03d".formatted(u);
  }

  /**
   * A province-shaped registry: an LĐLĐ whose parent (the Confederation) is outside the system, {@code unions}
   * upper-level unions with an office and a chair each and {@code perUnion} CĐCS each, and {@code direct} CĐCS
   * directly under the LĐLĐ; CĐCS are numbered across the province ({@link #unitCode}, {@link #officerOf}).
   */
  public static Path writeProvince(int unions, int perUnion, int direct, Path file) throws IOException {
    List<OrganisationData.Unit> all = new ArrayList<>();
    all.add(new OrganisationData.Unit(FEDERATION, "Liên đoàn Lao động tỉnh (đo hiệu năng)", "LĐLĐ TỈNH", "LĐLĐ",
        "Thái Bình", "vanthu@ldld.benchmark.example", UnitLevel.FEDERATION, null,
        new OrganisationData.ExternalParent("Tổng Liên đoàn Lao động Việt Nam", "vanthu@tld.benchmark.example"), true, List.of(
            person(FEDERATION_OFFICE, "Phạm Thị Văn Phòng", "vanphong@ldld.benchmark.example", OfficerRole.OFFICE),
            person(FEDERATION_CHAIR, "Vũ Văn Chủ Tịch", "chutich@ldld.benchmark.example", OfficerRole.CHAIR))));
    int unit = 0;
    for (int u = 1; u <= unions; u++) {
      all.add(new OrganisationData.Unit(unionCode(u), "Công đoàn cấp trên cơ sở số " + u, "CÔNG ĐOÀN SỐ " + u, "CĐ" + u,
          "Thái Bình", null, UnitLevel.UPPER_LEVEL, FEDERATION, null, true, List.of(
              person(unionOffice(u), "Nguyễn Thị Văn Phòng " + u, "vanphong@cdn%03d.benchmark.example".formatted(u), OfficerRole.OFFICE),
              person(unionChair(u), "Trần Văn Chủ Tịch " + u, "chutich@cdn%03d.benchmark.example".formatted(u), OfficerRole.CHAIR))));
      for (int i = 0; i < perUnion; i++) {
        all.add(grassroots(++unit, unionCode(u)));
      }
    }
    for (int i = 0; i < direct; i++) {
      all.add(grassroots(++unit, FEDERATION));
    }
    YAMLMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build()
        .writeValue(file.toFile(), new OrganisationData(all));
    return file;
  }

  private static OrganisationData.Unit grassroots(int i, String parent) {
    return new OrganisationData.Unit(unitCode(i), "Công đoàn cơ sở số " + i, null, null, "Thái Bình", null, UnitLevel.GRASSROOTS,
        parent, null, true, List.of(person(officerOf(i), "Lê Văn Cơ Sở " + i, "cdcs%05d@benchmark.example".formatted(i),
            OfficerRole.GRASSROOTS_OFFICER)));
  }

  private static OrganisationData.Person person(String username, String name, String email, OfficerRole role) {
    return new OrganisationData.Person(username, name, null, email, null, role, true);
  }
}
