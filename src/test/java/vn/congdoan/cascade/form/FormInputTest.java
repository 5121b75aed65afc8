package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormInputTest {

  @Test
  void collectsEveryRefusalBeforeThrowing() {
    Map<String, Object> values = new HashMap<>();
    values.put("count", "-1");
    values.put("day", "30/05/2023");
    FormInput input = new FormInput(values);
    input.requiredText("name", "họ và tên", 10);
    input.requiredCount("count", "số buổi", 100);
    input.requiredDate("day", "ngày ban hành");
    assertThatThrownBy(input::throwIfInvalid)
        .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).hasSize(3))
        .hasMessageContaining("Vui lòng nhập họ và tên.")
        .hasMessageContaining("Số buổi phải từ 0 đến 100.")
        .hasMessageContaining("Ngày ban hành không đúng định dạng ngày");
  }

  @Test
  void readsWhatFormJsSubmits() {
    FormInput input = new FormInput(Map.of("day", "2023-05-30", "n", 3, "yes", true, "no", "false", "text", "  Hà Nội  "));
    assertThat(input.requiredDate("day", "ngày")).isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(input.requiredCount("n", "số", 10)).isEqualTo(3);
    assertThat(input.requiredChoice("yes", "lựa chọn")).isTrue();
    assertThat(input.requiredChoice("no", "lựa chọn")).isFalse();
    assertThat(input.requiredText("text", "địa điểm", 20)).isEqualTo("Hà Nội");
    assertThat(input.hasErrors()).isFalse();
  }

  @Test
  void countsCharactersNotBytesAndComparesNfc() {
    String nfd = "Thi\u0301 đua"; // combining acute
    assertThat(FormInput.normalise(nfd)).isEqualTo("Thí đua");
    FormInput input = new FormInput(Map.of("t", "Đ".repeat(5)));
    assertThat(input.requiredText("t", "tên", 5)).hasSize(5);
    assertThat(input.hasErrors()).isFalse();
  }
}
