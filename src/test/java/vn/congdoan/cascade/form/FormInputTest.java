package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class FormInputTest {

  @Test
  void collectsEveryRefusalBeforeThrowing() {
    Map<String, Object> values = new HashMap<>();
    values.put("count", "-1");
    values.put("day", "30/05/23");
    FormInput input = new FormInput(values);
    input.requiredText("name", "họ và tên", 10);
    input.requiredCount("count", "số buổi", 100);
    input.requiredDate("day", "ngày ban hành");
    assertThatThrownBy(input::throwIfInvalid)
        .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).hasSize(3))
        .hasMessageContaining("Vui lòng nhập họ và tên.")
        .hasMessageContaining("Số buổi phải từ 0 đến 100.")
        .hasMessageContaining("Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026.");
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

  @Test
  void identifiersAreComparedWithoutInvisibleCharactersAndCompatibilityForms() {
    for (String disguised : new String[] {"291/KH-LĐLĐ", "2\u200d91/KH-LĐLĐ", "291/K\u200cH-LĐLĐ", "291\u2060/KH-LĐLĐ",
        "291/KH\u00ad-LĐLĐ", "\ufeff291/KH-LĐLĐ", "\uff12\uff19\uff11/KH-LĐLĐ", "291/KH\u2013LĐLĐ", " 291/KH-L\u0110L\u0110\u00a0"}) {
      FormInput input = new FormInput(Map.of("n", disguised));
      String number = input.requiredIdentifier("n", "số, ký hiệu văn bản", 50);
      assertThat(number).as(disguised).isEqualTo("291/KH-LĐLĐ");
      assertThat(input.hasErrors()).as(disguised).isFalse();
    }
    FormInput input = new FormInput(Map.of("a", "220/KH-CĐYT", "b", "Số 05-KH/TU (bổ sung)", "c", "12/2023/NĐ-CP"));
    assertThat(input.requiredIdentifier("a", "số", 50)).isEqualTo("220/KH-CĐYT");
    assertThat(input.requiredIdentifier("b", "số", 50)).isEqualTo("Số 05-KH/TU (bổ sung)");
    assertThat(input.requiredIdentifier("c", "số", 50)).isEqualTo("12/2023/NĐ-CP");
    assertThat(input.hasErrors()).isFalse();
  }

  @Test
  void refusesIdentifiersOfInvisibleCharacters_otherScripts_andMarkup() {
    Map<String, Object> values = new HashMap<>();
    values.put("zwj", "\u200d\u200d\u200d");
    values.put("cyrillic", "291/\u041aH-LĐLĐ");
    values.put("greek", "291/\u039aH-LĐLĐ");
    values.put("markup", "<b>291</b>");
    values.put("optional", "\u2060\u00ad");
    FormInput input = new FormInput(values);
    assertThat(input.requiredIdentifier("zwj", "số, ký hiệu văn bản", 50)).isNull();
    input.requiredIdentifier("cyrillic", "số, ký hiệu văn bản", 50);
    input.requiredIdentifier("greek", "số, ký hiệu văn bản", 50);
    input.requiredIdentifier("markup", "số, ký hiệu văn bản", 50);
    input.optionalIdentifier("optional", "số, ký hiệu kế hoạch", 50);
    assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
        .extracting(FormValidationException.FieldError::field).containsExactly("zwj", "cyrillic", "greek", "markup", "optional"))
        .hasMessageContaining("Vui lòng nhập số, ký hiệu văn bản.")
        .hasMessageContaining("chữ cái Kirin hoặc Hy Lạp")
        .hasMessageContaining("chỉ được gồm chữ cái")
        .hasMessageContaining("Số, ký hiệu kế hoạch chỉ có ký tự vô hình");
  }

  @Test
  void refusesBidiControlsInEveryTextField_namingTheField() {
    for (char c : new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
        '\u200e', '\u200f', '\u061c'}) {
      FormInput input = new FormInput(Map.of("t", "Kế hoạch " + c + "số 1", "n", "12/KH" + c));
      input.requiredText("t", "trích yếu", 500);
      input.optionalIdentifier("n", "số, ký hiệu kế hoạch", 50);
      assertThatThrownBy(input::throwIfInvalid).as("U+%04X", (int) c)
          .hasMessageContaining("Trích yếu có ký tự điều khiển chiều viết")
          .hasMessageContaining("Số, ký hiệu kế hoạch có ký tự điều khiển chiều viết");
    }
  }

  @Test
  void refusesValuesOfAnotherType_namingTheField() {
    VariableMap values = Variables.createVariables()
        .putValueTyped("number", Variables.booleanValue(true))
        .putValueTyped("subject", Variables.byteArrayValue(new byte[] {1}))
        .putValueTyped("object", Variables.serializedObjectValue("\"x\"").serializationDataFormat("application/json")
            .objectTypeName("java.lang.String").create())
        .putValueTyped("count", Variables.doubleValue(2.5))
        .putValueTyped("countText", Variables.stringValue("2.5"))
        .putValueTyped("whole", Variables.doubleValue(3.0))
        .putValueTyped("date", Variables.longValue(20230530L))
        .putValueTyped("choice", Variables.integerValue(1));
    FormInput input = new FormInput(values);
    input.optionalIdentifier("number", "số, ký hiệu kế hoạch", 50);
    input.requiredText("subject", "trích yếu", 500);
    input.requiredText("object", "nội dung", 500);
    input.requiredCount("count", "số buổi", 100);
    input.requiredCount("countText", "số bài", 100);
    assertThat(input.requiredCount("whole", "số người", 100)).isEqualTo(3);
    input.requiredDate("date", "ngày ban hành");
    input.requiredChoice("choice", "duyệt hoặc trả lại");
    assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
        .hasSize(7))
        .hasMessageContaining("Số, ký hiệu kế hoạch phải là văn bản")
        .hasMessageContaining("Trích yếu phải là văn bản")
        .hasMessageContaining("Nội dung phải là văn bản")
        .hasMessageContaining("Số buổi phải là số nguyên.")
        .hasMessageContaining("Số bài phải là số nguyên.")
        .hasMessageContaining("Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026.")
        .hasMessageContaining("Vui lòng chọn duyệt hoặc trả lại.");
  }

  @Test
  void measuresLengthInNfcUtf16Units_whatTheEngineColumnHolds() {
    String nfd = java.text.Normalizer.normalize("Ế", java.text.Normalizer.Form.NFD);
    FormInput input = new FormInput(Map.of("ok", nfd.repeat(4000), "long", nfd.repeat(4001), "emoji", "\ud83d\ude00".repeat(2001)));
    assertThat(input.requiredText("ok", "nội dung", FormInput.MAX_TEXT)).isEqualTo("Ế".repeat(4000));
    assertThat(input.hasErrors()).isFalse();
    input.requiredText("long", "nội dung", FormInput.MAX_TEXT);
    input.requiredText("emoji", "kết quả", FormInput.MAX_TEXT);
    assertThatThrownBy(input::throwIfInvalid).hasMessageContaining("Nội dung dài quá 4000 ký tự.")
        .hasMessageContaining("Kết quả dài quá 4000 ký tự.");
  }

  @Test
  void readsOnlyRealDates() {
    FormInput input = new FormInput(Map.of("a", "2023-02-29", "b", "2023-05-30garbage", "c", "2023-05-30T25:00:00",
        "d", "2023-05-30T10:15:00", "e", "2023-05-30T10:15:00+07:00", "f", "2023-05-30T03:15:00.000Z", "g", "2023-05-30T00:00:00.000+0700"));
    assertThat(input.requiredDate("d", "ngày")).isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(input.requiredDate("e", "ngày")).isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(input.requiredDate("f", "ngày")).isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(input.requiredDate("g", "ngày")).as("as Camunda writes dates").isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(input.hasErrors()).isFalse();
    input.requiredDate("a", "ngày a");
    input.requiredDate("b", "ngày b");
    input.requiredDate("c", "ngày c");
    assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(FormValidationException.class,
        e -> assertThat(e.errors()).hasSize(3));
  }

  @Test
  void freeTextOfInvisibleCharactersOnlyIsMissing_butEmojiSequencesAreKept() {
    FormInput input = new FormInput(Map.of("t", "\u200d\u2060\u00ad \u200b", "e", "Đoàn kết \ud83d\udc68\u200d\ud83d\udc69"));
    assertThat(input.requiredText("e", "khẩu hiệu", 100)).isEqualTo("Đoàn kết \ud83d\udc68\u200d\ud83d\udc69");
    input.requiredText("t", "mục đích", 100);
    assertThatThrownBy(input::throwIfInvalid).hasMessage("Vui lòng nhập mục đích.");
  }
}
