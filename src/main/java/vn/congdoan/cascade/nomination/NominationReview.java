package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationReviewForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;

/**
 * What the sector submits in Task_ReviewNominations, checked: a decision for each pending nomination of
 * the unit, by the nomination's id — accepted, or not accepted with a reason.
 */
record NominationReview(Map<Long, Decision> decisions) {

  static final String DECISIONS = NominationReviewForm.REVIEW_DECISIONS_JSON.name();
  static final String MALFORMED = "Kết quả xét duyệt không đúng định dạng.";

  /** The decision on one nomination; the reason only when it is not accepted (or when one was given). */
  record Decision(boolean accepted, String reason) {}

  /**
   * Reads and checks the decisions on the pending nominations (in their order, so that a refusal names
   * the row); every refused row at once, as a {@link FormValidationException}.
   */
  static NominationReview from(FormInput input, List<Nomination> pending, ObjectMapper json) {
    Map<Long, Map<String, Object>> submitted = decisions(input.jsonText(DECISIONS, MALFORMED), json);
    Set<Long> unknown = new HashSet<>(submitted.keySet());
    List<FormValidationException.FieldError> errors = new ArrayList<>();
    Map<Long, Decision> decisions = new HashMap<>();
    for (int i = 0; i < pending.size(); i++) {
      Nomination n = pending.get(i);
      unknown.remove(n.getId());
      Map<String, Object> decision = submitted.get(n.getId());
      String field = DECISIONS + "[" + i + "]";
      String prefix = "Đề xuất \"" + n.getName() + "\": ";
      Object accepted = decision == null ? null : decision.get("accepted");
      if (!(accepted instanceof Boolean)) {
        errors.add(new FormValidationException.FieldError(field, prefix + "vui lòng chọn chấp nhận hoặc không chấp nhận."));
        continue;
      }
      FormInput reason = new FormInput(decision);
      String text = reason.optionalText("reason", "lý do", 2000);
      if (reason.hasErrors()) {
        reason.messages().forEach(message -> errors.add(new FormValidationException.FieldError(field, prefix + lowerFirst(message))));
      } else if (!(Boolean) accepted && text == null) {
        errors.add(new FormValidationException.FieldError(field, prefix + "vui lòng nhập lý do không chấp nhận."));
      }
      decisions.put(n.getId(), new Decision((Boolean) accepted, text));
    }
    if (!unknown.isEmpty()) {
      errors.add(new FormValidationException.FieldError(DECISIONS, "Có quyết định cho đề xuất không thuộc CĐCS này."));
    }
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
    return new NominationReview(Map.copyOf(decisions));
  }

  private static Map<Long, Map<String, Object>> decisions(Object submitted, ObjectMapper json) {
    if (submitted == null) {
      throw new FormValidationException(DECISIONS, "Chưa nhận được kết quả xét duyệt.");
    }
    try {
      List<Map<String, Object>> rows = json.readValue(submitted.toString(), new TypeReference<>() {});
      Map<Long, Map<String, Object>> byId = new HashMap<>();
      for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
        if (row == null || !(row.get("id") instanceof Number id) || byId.put(id.longValue(), row) != null) {
          throw new FormValidationException(DECISIONS, MALFORMED);
        }
      }
      return byId;
    } catch (JsonProcessingException e) {
      throw new FormValidationException(DECISIONS, MALFORMED);
    }
  }

  private static String lowerFirst(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
