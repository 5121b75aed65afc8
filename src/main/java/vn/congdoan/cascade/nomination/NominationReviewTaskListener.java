package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationReviewForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.grassroots.UnitTaskListener;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_ReviewNominations: the sector accepts or rejects (with a reason) each nomination of one
 * grassroots union (embedded form {@code NominationReviewForm.html}).
 */
@Component("nominationReviewTask")
class NominationReviewTaskListener extends UnitTaskListener {

  static final String DECISIONS = NominationReviewForm.REVIEW_DECISIONS_JSON.name();
  static final String MALFORMED = "Kết quả xét duyệt không đúng định dạng.";

  private final NominationRepository nominations;
  private final EngineClock clock;
  private final ObjectMapper json;

  public NominationReviewTaskListener(UnitAssignmentRepository assignments, NominationRepository nominations,
      EngineClock clock, ObjectMapper json) {
    super(assignments);
    this.nominations = nominations;
    this.clock = clock;
    this.json = limited(json);
  }

  @Override
  protected void onCreate(DelegateTask task) {
    UnitAssignment assignment = assignment(task);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nomination n : nominations.findByAssignment(assignment)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", n.getId());
      row.put("kind", n.getKind().name());
      row.put("kindLabel", n.getKind().label());
      row.put("name", n.getName());
      row.put("position", n.getPosition() == null ? "" : n.getPosition());
      row.put("workplace", n.getWorkplace());
      row.put("achievement", n.getAchievement());
      row.put("movementName", n.getMovement().getName());
      row.put("recognitionName", n.getRecognition().label());
      rows.add(row);
    }
    show(task, Map.of(NominationReviewForm.UNIT_NAME.name(), assignment.getUnit().getName()));
    try {
      NominationReviewForm.NOMINATIONS_FOR_REVIEW.on(task.getExecution()).set(json.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write nominations for review", e);
    }
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    UnitAssignment assignment = assignment(task);
    List<Nomination> pending = nominations.findByAssignment(assignment).stream()
        .filter(n -> n.getStatus() == NominationStatus.PROPOSED).toList();
    Map<Long, Map<String, Object>> decisions = decisions(jsonText(task, DECISIONS, MALFORMED));
    Set<Long> unknown = new HashSet<>(decisions.keySet());
    List<FormValidationException.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Nomination n = pending.get(i);
      unknown.remove(n.getId());
      Map<String, Object> decision = decisions.get(n.getId());
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
    }
    if (!unknown.isEmpty()) {
      errors.add(new FormValidationException.FieldError(DECISIONS, "Có quyết định cho đề xuất không thuộc CĐCS này."));
    }
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
    Instant now = clock.now();
    String reviewer = actor(task);
    for (Nomination n : pending) {
      Map<String, Object> decision = decisions.get(n.getId());
      if ((Boolean) decision.get("accepted")) {
        n.accept(reviewer, now);
      } else {
        n.reject(reviewer, now, new FormInput(decision).optionalText("reason", "lý do", 2000));
      }
    }
    recordStep(task, assignment);
  }

  @Override
  protected Set<String> formVariables() {
    return NominationReviewForm.FORM.variableNames();
  }

  private Map<Long, Map<String, Object>> decisions(Object submitted) {
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
