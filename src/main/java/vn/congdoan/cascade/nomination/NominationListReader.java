package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * Reads and checks the list of nominations the embedded form submits as a JSON string. Every problem
 * is reported with the row it belongs to ("Đề xuất thứ 2: …"); nothing is stored unless all rows pass.
 */
public final class NominationListReader {

  public static final int MAX_NOMINATIONS = 50;
  public static final String VARIABLE = NominationForm.NOMINATIONS_JSON.name();
  public static final String MALFORMED = "Danh sách đề xuất không đúng định dạng.";

  private final ObjectMapper json;

  public NominationListReader(ObjectMapper json) {
    this.json = FormTaskListener.limited(json);
  }

  /** A checked row, ready to be stored. */
  public record ProposedExemplar(NominationKind kind, String name, String position, String workplace,
      String achievement, String movementCode, RecognitionForm recognition) {}

  public List<ProposedExemplar> read(Object submitted, Set<String> movementCodes) {
    if (submitted == null) {
      throw new FormValidationException(VARIABLE, "Chưa nhận được danh sách đề xuất (nếu không có đề xuất, hãy gửi danh sách trống).");
    }
    List<Map<String, Object>> rows;
    try {
      rows = json.readValue(submitted.toString(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new FormValidationException(VARIABLE, MALFORMED);
    }
    if (rows == null) {
      rows = List.of();
    }
    if (rows.size() > MAX_NOMINATIONS) {
      throw new FormValidationException(VARIABLE, "Mỗi CĐCS đề xuất tối đa " + MAX_NOMINATIONS + " điển hình.");
    }
    List<ProposedExemplar> result = new ArrayList<>();
    List<FormValidationException.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
      FormInput input = new FormInput(row);
      NominationKind kind = enumValue(NominationKind.class, row.get("kind"));
      if (kind == null) {
        input.reject("kind", "vui lòng chọn cá nhân hay tập thể.");
      }
      String name = input.requiredText("name", kind == NominationKind.COLLECTIVE ? "tên tập thể" : "họ và tên", 200);
      String position = input.optionalText("position", "chức vụ", 200);
      String workplace = input.requiredText("workplace", "đơn vị công tác", 200);
      String achievement = input.requiredText("achievement", "thành tích", 4000);
      Object movement = row.get("movementCode");
      if (movement == null || !movementCodes.contains(movement.toString())) {
        input.reject("movementCode", "vui lòng chọn phong trào thi đua trong danh mục.");
      }
      RecognitionForm recognition = enumValue(RecognitionForm.class, row.get("recognitionCode"));
      if (recognition == null) {
        input.reject("recognitionCode", "vui lòng chọn hình thức khen thưởng đề nghị.");
      }
      try {
        input.throwIfInvalid();
        result.add(new ProposedExemplar(kind, name, position, workplace, achievement, movement.toString(), recognition));
      } catch (FormValidationException e) {
        for (FormValidationException.FieldError err : e.errors()) {
          errors.add(new FormValidationException.FieldError(
              VARIABLE + "[" + i + "]." + err.field(), "Đề xuất thứ " + (i + 1) + ": " + lowerFirst(err.message())));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
    return result;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String lowerFirst(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
