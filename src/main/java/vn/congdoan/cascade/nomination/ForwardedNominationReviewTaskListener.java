package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.ForwardedNominationReviewForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.OpenedForm;
import vn.congdoan.cascade.form.FormTaskListener;

/**
 * Task_ParentReviewsNominations: the parent's office accepts or rejects (with a reason) each nomination a child
 * union accepted and forwarded with its report, in the grassroots review's embedded form
 * ({@code NominationReviewForm.html}); each row names the CĐCS that proposed it.
 */
@Component("forwardedNominationReviewTask")
class ForwardedNominationReviewTaskListener extends FormTaskListener {

  private final DirectiveRepository directives;
  private final ForwardedNominations reviews;
  private final ObjectMapper json;

  ForwardedNominationReviewTaskListener(DirectiveRepository directives, ForwardedNominations reviews, ObjectMapper json) {
    this.directives = directives;
    this.reviews = reviews;
    this.json = limited(json);
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Directive child = child(task);
    name(task, child.getSector().getName(), child.label());
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    Directive child = directives.findWithSector(DirectiveCascadeContract.DIRECTIVE_ID.from(form.variables()).get()).orElseThrow();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ForwardedNomination f : reviews.pending(child.getParentAssignmentId())) {
      Nomination n = f.getNomination();
      // the CĐCS that proposed it, beside its workplace
      rows.add(NominationReviewTaskListener.reviewRow(n, n.getWorkplace() + " (" + n.getAssignment().getUnit().getName() + ")"));
    }
    try {
      return Map.of(ForwardedNominationReviewForm.UNIT_NAME.name(), child.getSector().getName(),
          ForwardedNominationReviewForm.NOMINATIONS_FOR_REVIEW.name(),
          ForwardedNominationReviewForm.NOMINATIONS_FOR_REVIEW.typed(json.writeValueAsString(rows)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write forwarded nominations for review", e);
    }
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    reviews.review(child(task).getParentAssignmentId(), input, actor(task));
  }

  @Override
  protected Set<String> formVariables() {
    return ForwardedNominationReviewForm.FORM.variableNames();
  }

  private Directive child(DelegateTask task) {
    return directives.findWithSector(DirectiveCascadeContract.DIRECTIVE_ID.from(task).get()).orElseThrow();
  }
}
