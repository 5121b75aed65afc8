package vn.congdoan.cascade.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congdoan.cascade.form.FormValidationException;

class NominationListReaderTest {

  private final NominationListReader reader = new NominationListReader(new ObjectMapper());
  private final Set<String> movements = Set.of("lao-dong-gioi-sang-tao");

  private static String row(String kind, String name) {
    return """
        {"kind":"%s","name":"%s","position":"","workplace":"Khoa Nội","achievement":"Hoàn thành xuất sắc nhiệm vụ","movementCode":"lao-dong-gioi-sang-tao","recognitionCode":"GIAY_KHEN_NGANH"}
        """.formatted(kind, name);
  }

  @Test
  void emptyListIsAValidAnswer() {
    assertThat(reader.read("[]", movements)).isEmpty();
  }

  @Test
  void readsRowsAndNormalisesVietnameseToNfc() {
    String decomposed = "Nguye\u0302\u0303n Va\u0306n An"; // "Nguyễn Văn An" typed with combining marks
    var rows = reader.read("[" + row("INDIVIDUAL", decomposed) + "," + row("COLLECTIVE", "Khoa Hồi sức") + "]", movements);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).name()).isEqualTo("Nguyễn Văn An");
    assertThat(rows.get(0).position()).isNull();
    assertThat(rows.get(1).kind()).isEqualTo(NominationKind.COLLECTIVE);
  }

  @Test
  void reportsEveryBadRowWithItsNumber() {
    String bad = "[" + row("INDIVIDUAL", "An") + ",{\"kind\":\"ROBOT\",\"name\":\"\",\"movementCode\":\"unknown\"}]";
    assertThatThrownBy(() -> reader.read(bad, movements))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Đề xuất thứ 2: vui lòng chọn cá nhân hay tập thể.")
        .hasMessageContaining("Đề xuất thứ 2: vui lòng nhập")
        .hasMessageContaining("phong trào thi đua")
        .hasMessageNotContaining("Đề xuất thứ 1");
  }

  @Test
  void refusesMalformedJsonMissingListAndTooManyRows() {
    assertThatThrownBy(() -> reader.read("[{", movements)).hasMessage("Danh sách đề xuất không đúng định dạng.");
    assertThatThrownBy(() -> reader.read(null, movements)).hasMessageContaining("Chưa nhận được danh sách đề xuất");
    String many = "[" + String.join(",", java.util.Collections.nCopies(51, row("INDIVIDUAL", "An"))) + "]";
    assertThatThrownBy(() -> reader.read(many, movements)).hasMessageContaining("tối đa 50");
  }

  @Test
  void refusesTooLongText() {
    String longName = "A".repeat(201);
    assertThatThrownBy(() -> reader.read("[" + row("INDIVIDUAL", longName) + "]", movements))
        .hasMessageContaining("dài quá 200 ký tự");
  }
}
