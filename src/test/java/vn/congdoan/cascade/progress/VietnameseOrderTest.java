package vn.congdoan.cascade.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

  private static UnitProgress unit(String code, String name) {
    return new UnitProgress(code, name, ProgressState.values()[0], "", false, false, 0, false, false, null, null, java.util.List.of(), null);
  }

  @Test
  void unitsAreInTheVietnameseAlphabetsOrderNotByCodeOrCodePoint() {
    List<String> expected = List.of("An Bài", "Ánh Dương", "Ăn Bình", "Âm Hưng", "Bệnh viện Đa khoa tỉnh", "Da liễu", "Dược",
        "Đa khoa Hưng Hà", "Đông Hưng", "Ê Đê", "Ô Môi", "Ơn Trời", "Ung bướu", "Ưu Đàm", "Y học cổ truyền");
    for (long seed = 0; seed < 20; seed++) {
      List<UnitProgress> rows = new ArrayList<>();
      for (int i = 0; i < expected.size(); i++) {
        // codes in the reverse order of the names: code order must not decide
        rows.add(unit("cdcs-" + (char) ('z' - i), expected.get(i)));
      }
      Collections.shuffle(rows, new Random(seed));
      rows.sort(VietnameseOrder.ofUnits());
      assertThat(rows).extracting(UnitProgress::unitName).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void unitsOfTheSameNameFollowTheirCodes() {
    List<UnitProgress> rows = new ArrayList<>(List.of(unit("cdcs-b", "Trạm y tế"), unit("cdcs-a", "Trạm y tế"),
        unit("cdcs-c", "Bệnh viện")));
    rows.sort(VietnameseOrder.ofUnits());
    assertThat(rows).extracting(UnitProgress::unitCode).containsExactly("cdcs-c", "cdcs-a", "cdcs-b");
  }
}
