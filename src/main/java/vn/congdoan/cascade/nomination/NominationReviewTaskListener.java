package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationReviewForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.OpenedForm;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.grassroots.UnitTaskListener;

/**
 * Task_ReviewNominations: the sector accepts or rejects (with a reason) each nomination of one
 * grassroots union (embedded form {@code NominationReviewForm.html}).
 */
@Component("nominationReviewTask")
class NominationReviewTaskListener extends UnitTaskListener {

  private final NominationRepository nominations;
  private final Nominations reviews;
  private final ObjectMapper json;

  public NominationReviewTaskListener(UnitAssignmentRepository assignments, NominationRepository nominations,
      Nominations reviews, ObjectMapper json) {
    super(assignments);
    this.nominations = nominations;
    this.reviews = reviews;
    this.json = limited(json);
  }

  @Override
  protected void onCreate(DelegateTask task) {
    nameAfter(task, assignment(task));
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    UnitAssignment assignment = assignment(form);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nomination n : nominations.findByAssignment(assignment)) {
      rows.add(reviewRow(n, n.getWorkplace()));
    }
    try {
      return Map.of(NominationReviewForm.UNIT_NAME.name(), assignment.getUnit().getName(),
          NominationReviewForm.NOMINATIONS_FOR_REVIEW.name(), NominationReviewForm.NOMINATIONS_FOR_REVIEW.typed(json.writeValueAsString(rows)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write nominations for review", e);
    }
  }

  /** One nomination as the review form (NominationReviewForm.html) lists it. */
  static Map<String, Object> reviewRow(Nomination n, String workplace) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", n.getId());
    row.put("kind", n.getKind().name());
    row.put("kindLabel", n.getKind().label());
    row.put("name", n.getName());
    row.put("position", n.getPosition() == null ? "" : n.getPosition());
    row.put("workplace", workplace);
    row.put("achievement", n.getAchievement());
    row.put("movementName", n.getMovement().getName());
    row.put("recognitionName", n.getRecognition().label());
    return row;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    reviews.review(assignmentId(task), input, actor(task), reachedBy(task));
  }

  @Override
  protected Set<String> formVariables() {
    return NominationReviewForm.FORM.variableNames();
  }
}
