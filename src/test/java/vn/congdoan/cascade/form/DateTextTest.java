package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Dates as officers write them (day first) and as programs send them (ISO), read one way only; the
 * examples of issue 15 included ("11/05/2023" was stored as 5 November, "30/05/2023" became a garbage
 * date, "20122026" the year 22026).
 */
class DateTextTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "11/05/2023            | 2023-05-11",
      "30/05/2023            | 2023-05-30",
      "18/12/2026            | 2026-12-18",
      "05/12/2026            | 2026-12-05",
      "5/12/2026             | 2026-12-05",
      "5/1/2026              | 2026-01-05",
      "05-12-2026            | 2026-12-05",
      "05.12.2026            | 2026-12-05",
      "' 05/12/2026 '        | 2026-12-05",
      "05 / 12 / 2026        | 2026-12-05",
      "29/02/2024            | 2024-02-29",
      "31/12/2026            | 2026-12-31",
      "01/01/2027            | 2027-01-01",
      "０５/１２/２０２６        | 2026-12-05",
      "2026-12-05            | 2026-12-05",
      "2023-05-30T10:15:00   | 2023-05-30",
      "2023-05-30T10:15:00+07:00 | 2023-05-30",
      "2023-05-30T03:15:00.000Z  | 2023-05-30",
      "2023-05-30T00:00:00.000+0700 | 2023-05-30",
  })
  void readsTheDateAsWritten(String text, LocalDate expected) {
    assertThat(DateText.read(text)).isEqualTo(new DateText.Day(expected));
    assertThat(new FormInput(Map.of("d", text)).requiredDate("d", "ngày ban hành")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a date")
  @ValueSource(strings = {
      "20122026",        // digits without separators: the year 22026 in form-js
      "05/12/20261",     // a five-digit year
      "05/12/26",        // a two-digit year
      "5/12/26",
      "2026/12/05",      // year first, but not ISO
      "12/2026",         // no day
      "05/12-2026",      // mixed separators
      "05//12/2026",
      "2026-12-5",       // ISO needs two digits
      "+22026-12-20",    // an extended ISO year
      "05/12/2026 hôm nay",
      "ngày 5 tháng 12 năm 2026",
      "hôm qua",
      "05122026",
      "-05/12/2026",
      "",
      "   ",
  })
  void refusesWhatIsNotWrittenAsADate(String text) {
    assertThat(DateText.read(text)).isEqualTo(new DateText.Malformed());
    FormInput input = new FormInput(Map.of("d", text));
    assertThat(input.requiredDate("d", "ngày ban hành")).isNull();
    assertThat(input.messages()).singleElement().asString()
        .satisfiesAnyOf(m -> assertThat(m).startsWith("Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."),
            m -> assertThat(m).isEqualTo("Vui lòng nhập ngày ban hành."));
  }

  @ParameterizedTest(name = "\"{0}\" is not on the calendar")
  @ValueSource(strings = {"31/02/2026", "29/02/2023", "30/02/2024", "31/04/2026", "32/01/2026", "00/01/2026", "01/13/2026",
      "12/18/2026", "05/30/2023", "2023-02-29", "2023-13-01", "2023-05-30T25:00:00"})
  void refusesADayThatIsNotOnTheCalendar_neverMovingOrSwappingIt(String text) {
    assertThat(DateText.read(text)).isEqualTo(new DateText.Impossible());
    FormInput input = new FormInput(Map.of("d", text));
    assertThat(input.requiredDate("d", "hạn hoàn thành của CĐCS")).isNull();
    assertThat(input.messages()).containsExactly("Hạn hoàn thành của CĐCS " + text
        + " không có trên lịch: vui lòng kiểm tra lại ngày và tháng (theo dạng ngày/tháng/năm, ví dụ 05/12/2026).");
  }

  @Test
  void namesTheFieldAndRepeatsWhatWasTyped() {
    FormInput input = new FormInput(Map.of("d", "20122026"));
    input.requiredDate("d", "hạn mới");
    assertThat(input.messages()).containsExactly("Hạn mới phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026. Đã nhập: 20122026.");
  }

  @Test
  void doesNotRepeatTextThatIsNotDigitsAndSeparators() {
    FormInput input = new FormInput(Map.of("d", "<b>05/12/2026</b>"));
    input.requiredDate("d", "ngày ban hành");
    assertThat(input.messages()).containsExactly("Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026.");
  }

  @Test
  void aDateVariableIsItsDayInVietnam() {
    // 2023-05-10T17:30Z is 11 May, 00:30 in Vietnam
    Date date = Date.from(java.time.Instant.parse("2023-05-10T17:30:00Z"));
    assertThat(new FormInput(Variables.createVariables().putValueTyped("d", Variables.dateValue(date)))
        .requiredDate("d", "ngày ban hành")).isEqualTo(LocalDate.of(2023, 5, 11));
  }
}
