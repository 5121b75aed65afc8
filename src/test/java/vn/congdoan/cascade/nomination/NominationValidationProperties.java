package vn.congdoan.cascade.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.congdoan.cascade.support.VietnameseText.blank;
import static vn.congdoan.cascade.support.VietnameseText.hostile;
import static vn.congdoan.cascade.support.VietnameseText.nfcTextOfLength;
import static vn.congdoan.cascade.support.VietnameseText.padded;
import static vn.congdoan.cascade.support.VietnameseText.stored;
import static vn.congdoan.cascade.support.VietnameseText.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * Properties of the nomination list a grassroots union submits (NominationListReader): every valid list
 * up to the maximum is read back as typed, trimmed and in NFC; longer lists are refused; every broken
 * row is refused with a Vietnamese message naming that row; whatever arrives, the only exception is
 * the form's refusal, and a refusal never carries technical text or echoes the input.
 */
class NominationValidationProperties implements WithQuickTheories {

  /** A fixed number of shrinking steps: a falsified property reports within seconds, not minutes. */
  @Override
  public QuickTheory qt() {
    return QuickTheory.qt().withShrinkCycles(200);
  }

  private static final Set<String> MOVEMENTS = Set.of("lao-dong-gioi-sang-tao", "sang-kien-cai-tien", "thi-dua-yeu-nuoc");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final NominationListReader reader = new NominationListReader(JSON);

  // ---------------------------------------------------------------- generators

  /** A valid row as the form submits it: text as typed (padded, NFC or not), codes from the lists. */
  private Gen<Map<String, Object>> validRow() {
    Gen<String> kind = Generate.pick(List.of("INDIVIDUAL", "COLLECTIVE"));
    Gen<String> position = Generate.oneOf(Generate.constant((String) null), blank(), padded(text(1, 40)));
    Gen<String> movement = Generate.pick(List.copyOf(new TreeSet<>(MOVEMENTS)));
    Gen<String> recognition = Generate.enumValues(RecognitionForm.class).map(Enum::name);
    Gen<Map<String, Object>> people = kind.zip(padded(text(1, 45)), position, padded(text(1, 45)), (k, name, pos, workplace) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", k);
      row.put("name", name);
      row.put("position", pos);
      row.put("workplace", workplace);
      return row;
    });
    return people.zip(padded(text(1, 300)), movement, recognition, (row, achievement, m, r) -> {
      Map<String, Object> complete = new LinkedHashMap<>(row);
      complete.put("achievement", achievement);
      complete.put("movementCode", m);
      complete.put("recognitionCode", r);
      return complete;
    });
  }

  private Gen<List<Map<String, Object>>> validList(int min, int max) {
    return lists().of(validRow()).ofSizeBetween(min, max);
  }

  /** What can be wrong with one row, and the message (after "Đề xuất thứ N: ") that must say so. */
  enum Breakage {
    MISSING_NAME, BLANK_NAME, LONG_NAME, LONG_POSITION, MISSING_WORKPLACE, BLANK_ACHIEVEMENT, LONG_ACHIEVEMENT,
    UNKNOWN_MOVEMENT, MISSING_MOVEMENT, UNKNOWN_RECOGNITION, UNKNOWN_KIND, NOT_AN_OBJECT_BUT_NULL;

    /** Breaks the row in place; {@code filler} is text used where the breakage needs some. */
    void apply(Map<String, Object> row, String filler) {
      switch (this) {
        case MISSING_NAME -> row.remove("name");
        case BLANK_NAME -> row.put("name", " \t ");
        // each repetition of the (NFC) filler is at least one code point: over the limit whatever the filler
        case LONG_NAME -> row.put("name", stored(filler).repeat(201));
        case LONG_POSITION -> row.put("position", stored(filler).repeat(201));
        case MISSING_WORKPLACE -> row.remove("workplace");
        case BLANK_ACHIEVEMENT -> row.put("achievement", "\n\u3000");
        case LONG_ACHIEVEMENT -> row.put("achievement", stored(filler).repeat(4001));
        case UNKNOWN_MOVEMENT -> row.put("movementCode", "khong-co-" + filler);
        case MISSING_MOVEMENT -> row.remove("movementCode");
        case UNKNOWN_RECOGNITION -> row.put("recognitionCode", "BANG_KHEN_" + filler);
        case UNKNOWN_KIND -> row.put("kind", filler.isEmpty() ? "individual" : filler);
        case NOT_AN_OBJECT_BUT_NULL -> row.clear();
      }
    }

    String expectedMessage(Map<String, Object> row) {
      String nameLabel = "COLLECTIVE".equals(row.get("kind")) ? "tên tập thể" : "họ và tên";
      return switch (this) {
        case MISSING_NAME, BLANK_NAME -> "vui lòng nhập " + nameLabel + ".";
        case LONG_NAME -> nameLabel + " dài quá 200 ký tự.";
        case LONG_POSITION -> "chức vụ dài quá 200 ký tự.";
        case MISSING_WORKPLACE -> "vui lòng nhập đơn vị công tác.";
        case BLANK_ACHIEVEMENT -> "vui lòng nhập thành tích.";
        case LONG_ACHIEVEMENT -> "thành tích dài quá 4000 ký tự.";
        case UNKNOWN_MOVEMENT, MISSING_MOVEMENT -> "vui lòng chọn phong trào thi đua trong danh mục.";
        case UNKNOWN_RECOGNITION -> "vui lòng chọn hình thức khen thưởng đề nghị.";
        case UNKNOWN_KIND, NOT_AN_OBJECT_BUT_NULL -> "vui lòng chọn cá nhân hay tập thể.";
      };
    }
  }

  // ---------------------------------------------------------------- properties

  @Test
  void everyValidListUpToTheMaximum_isAccepted_andReadBackTrimmedInNfc() {
    qt().withExamples(60).forAll(validList(0, NominationListReader.MAX_NOMINATIONS)).checkAssert(rows -> {
      List<NominationListReader.ProposedExemplar> read = reader.read(json(rows), MOVEMENTS);
      assertThat(read).hasSameSizeAs(rows);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        NominationListReader.ProposedExemplar exemplar = read.get(i);
        assertThat(exemplar.kind()).isEqualTo(NominationKind.valueOf((String) row.get("kind")));
        assertThat(exemplar.name()).isEqualTo(stored((String) row.get("name")));
        String position = (String) row.get("position");
        assertThat(exemplar.position()).isEqualTo(position == null || position.isBlank() ? null : stored(position));
        assertThat(exemplar.workplace()).isEqualTo(stored((String) row.get("workplace")));
        assertThat(exemplar.achievement()).isEqualTo(stored((String) row.get("achievement")));
        assertThat(exemplar.movementCode()).isEqualTo(row.get("movementCode"));
        assertThat(exemplar.recognition()).isEqualTo(RecognitionForm.valueOf((String) row.get("recognitionCode")));
      }
    });
  }

  @Test
  void textExactlyAtTheLimit_isAccepted_whateverItsSpelling_andOneMoreIsRefused() {
    qt().withExamples(40).forAll(validRow(), nfcTextOfLength(200), nfcTextOfLength(4000), booleans().all())
        .checkAssert((row, name, achievement, decomposed) -> {
          // the limit counts code points in NFC: the same text typed decomposed is longer but still accepted
          Normalizer.Form form = decomposed ? Normalizer.Form.NFD : Normalizer.Form.NFC;
          row.put("name", Normalizer.normalize(name, form));
          row.put("achievement", Normalizer.normalize(achievement, form));
          List<NominationListReader.ProposedExemplar> read = reader.read(json(List.of(row)), MOVEMENTS);
          assertThat(read.get(0).name()).isEqualTo(name);
          assertThat(read.get(0).achievement()).isEqualTo(achievement);

          row.put("name", name + "a");
          FormValidationException refused = refusal(List.of(row));
          String nameLabel = "COLLECTIVE".equals(row.get("kind")) ? "tên tập thể" : "họ và tên";
          assertThat(refused.errors()).extracting(FormValidationException.FieldError::message)
              .containsExactly("Đề xuất thứ 1: " + nameLabel + " dài quá 200 ký tự.");
        });
  }

  @Test
  void listsLongerThanTheMaximum_areRefused_asAWhole() {
    qt().withExamples(15).forAll(validList(NominationListReader.MAX_NOMINATIONS + 1, NominationListReader.MAX_NOMINATIONS + 20))
        .checkAssert(rows -> {
          FormValidationException refused = refusal(rows);
          assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(NominationListReader.VARIABLE);
            assertThat(e.message()).isEqualTo("Mỗi CĐCS đề xuất tối đa " + NominationListReader.MAX_NOMINATIONS + " điển hình.");
          });
        });
  }

  @Test
  void brokenRows_areRefused_eachNamedByItsNumber_andTheValidRowsAreNot() {
    Gen<List<Breakage>> breakages = lists().of(Generate.enumValues(Breakage.class)).ofSizeBetween(1, 4);
    Gen<List<Integer>> positions = lists().of(integers().between(0, 11)).ofSizeBetween(1, 4);
    qt().withExamples(150).forAll(validList(1, 12), breakages, positions, text(1, 8)).checkAssert((rows, broken, where, filler) -> {
      Map<Integer, List<Breakage>> brokenRows = new LinkedHashMap<>();
      for (int i = 0; i < broken.size(); i++) {
        int index = where.get(i % where.size()) % rows.size();
        Breakage breakage = broken.get(i);
        breakage.apply(rows.get(index), filler.replace(" ", ""));
        brokenRows.computeIfAbsent(index, k -> new ArrayList<>()).add(breakage);
      }
      List<Map<String, Object>> submitted = new ArrayList<>(rows);
      // a row cleared completely is sent as JSON null
      brokenRows.forEach((index, list) -> {
        if (list.get(list.size() - 1) == Breakage.NOT_AN_OBJECT_BUT_NULL) {
          submitted.set(index, null);
        }
      });
      FormValidationException refused = refusal(submitted);
      // every message names a broken row, and every broken row is named
      Set<Integer> named = new TreeSet<>();
      for (FormValidationException.FieldError error : refused.errors()) {
        assertThat(error.message()).matches("Đề xuất thứ \\d+: .+");
        int number = Integer.parseInt(error.message().replaceFirst("^Đề xuất thứ (\\d+): .*$", "$1"));
        assertThat(error.field()).startsWith(NominationListReader.VARIABLE + "[" + (number - 1) + "].");
        named.add(number - 1);
      }
      assertThat(named).isEqualTo(new TreeSet<>(brokenRows.keySet()));
      // the last breakage of a row is always among its row's messages (earlier ones may have been undone)
      brokenRows.forEach((index, list) -> {
        Breakage last = list.get(list.size() - 1);
        assertThat(refused.errors()).extracting(FormValidationException.FieldError::message)
            .contains("Đề xuất thứ " + (index + 1) + ": " + last.expectedMessage(rows.get(index)));
      });
      assertThat(refused.getMessage()).contains("Đề xuất thứ " + (brokenRows.keySet().iterator().next() + 1) + ": ");
    });
  }

  @Test
  void nfdAndNfcSpellingsOfTheSameText_readBackIdentical_inNfc() {
    qt().withExamples(80).forAll(validList(1, 10)).checkAssert(rows -> {
      List<Map<String, Object>> nfc = respell(rows, Normalizer.Form.NFC);
      List<Map<String, Object>> nfd = respell(rows, Normalizer.Form.NFD);
      List<NominationListReader.ProposedExemplar> fromNfc = reader.read(json(nfc), MOVEMENTS);
      List<NominationListReader.ProposedExemplar> fromNfd = reader.read(json(nfd), MOVEMENTS);
      assertThat(fromNfd).isEqualTo(fromNfc);
      for (NominationListReader.ProposedExemplar exemplar : fromNfd) {
        for (String text : new String[] {exemplar.name(), exemplar.workplace(), exemplar.achievement()}) {
          assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
        }
      }
    });
  }

  @Test
  void anySubmission_isReadOrRefused_neverAnotherException_andRefusalsCarryNoTechnicalText() {
    Gen<String> rowsWithHostileFields = lists().of(validRow().zip(Generate.pick(List.of("kind", "name", "position", "workplace",
        "achievement", "movementCode", "recognitionCode")), hostile(), (row, field, value) -> {
          row.put(field, value);
          return row;
        })).ofSizeBetween(0, 5).map(NominationValidationProperties::json);
    Gen<String> oddJson = Generate.pick(List.of("", " ", "null", "[]", "{}", "[null]", "[1, 2]", "\"text\"", "[[]]", "[{}]",
        "[{\"kind\": {}}]", "[{\"kind\": [\"INDIVIDUAL\"]}]", "[{\"name\": 1e999999}]", "[{\"name\": 12345678901234567890123}]",
        "[{\"name\": true, \"workplace\": {\"a\": [1, {\"b\": null}]}}]", "{\"name\": \"<script>\"}", "[", "[{", "]",
        "[{\"name\": \"\\u0000\"}]", "[{\"name\": \"\\ud800\"}]", "[{\"name\":\"a\"} garbage", "\u0000",
        "[".repeat(5000) + "]".repeat(5000), "[{\"name\": " + "9".repeat(5000) + "}]",
        "[{\"kind\":\"INDIVIDUAL\",\"name\":\"" + "Ữ".repeat(1_000_000) + "\"}]"));
    Gen<String> submissions = hostile().mix(rowsWithHostileFields, 50).mix(oddJson, 30);
    qt().withExamples(300).forAll(submissions).checkAssert(submitted -> {
      Throwable thrown = catchThrowable(() -> {
        for (NominationListReader.ProposedExemplar read : reader.read(submitted, MOVEMENTS)) {
          for (String text : new String[] {read.name(), read.position(), read.workplace(), read.achievement()}) {
            if (text != null) {
              assertThat(text).isEqualTo(stored(text)).isNotBlank();
            }
          }
        }
      });
      if (thrown instanceof AssertionError assertion) {
        throw assertion;
      }
      if (thrown != null) {
        assertThat(thrown).as("what %s caused", abbreviate(submitted)).isInstanceOf(FormValidationException.class);
        assertPlainVietnameseRefusal((FormValidationException) thrown);
      }
    });
  }

  @Test
  void nothingSubmitted_isRefusedWithAMessage() {
    assertThatThrownBy(() -> reader.read(null, MOVEMENTS)).isInstanceOf(FormValidationException.class)
        .hasMessage("Chưa nhận được danh sách đề xuất (nếu không có đề xuất, hãy gửi danh sách trống).");
  }

  // ---------------------------------------------------------------- helpers

  /** A refusal is one of the reader's own Vietnamese sentences: no class names, stack frames or echoed input. */
  static void assertPlainVietnameseRefusal(FormValidationException refused) {
    assertThat(refused.errors()).isNotEmpty();
    for (String message : refused.errors().stream().map(FormValidationException.FieldError::message).toList()) {
      assertThat(message).matches("(?s)(Đề xuất thứ \\d+: .+|Mỗi CĐCS đề xuất tối đa \\d+ điển hình\\.|"
          + "Danh sách đề xuất không đúng định dạng\\.|Chưa nhận được danh sách đề xuất .+)");
      assertThat(message).doesNotContain("Exception", "\tat ", "java.", "jackson", "<script", "\u0000", "Source:", "line:")
          .hasSizeLessThan(200);
    }
    assertThat(refused.getMessage()).doesNotContain("Exception", "\tat ", "java.", "jackson");
  }

  private FormValidationException refusal(List<Map<String, Object>> rows) {
    Throwable thrown = catchThrowable(() -> reader.read(json(rows), MOVEMENTS));
    assertThat(thrown).isInstanceOf(FormValidationException.class);
    assertPlainVietnameseRefusal((FormValidationException) thrown);
    return (FormValidationException) thrown;
  }

  private static List<Map<String, Object>> respell(List<Map<String, Object>> rows, Normalizer.Form form) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new LinkedHashMap<>();
      row.forEach((key, value) -> copy.put(key, value instanceof String s ? Normalizer.normalize(s, form) : value));
      result.add(copy);
    }
    return result;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " characters)" : text;
  }
}
