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
      all.add(new OrganisationData.Unit(unitCode(i), "Công đoàn cơ sở số " + i, null, null, "Thái Bình", null, UnitLevel.GRASSROOTS,
          SECTOR, null, true, List.of(person(officerOf(i), "Lê Văn Cơ Sở " + i, "cdcs%05d@benchmark.example".formatted(i),
              OfficerRole.GRASSROOTS_OFFICER))));
    }
    YAMLMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build()
        .writeValue(file.toFile(), new OrganisationData(all));
    return file;
  }

  private static OrganisationData.Person person(String username, String name, String email, OfficerRole role) {
    return new OrganisationData.Person(username, name, null, email, null, role, true);
  }
}
