package vn.congdoan.cascade.nomination;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.HAS_NOMINATIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.OpenedForm;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.grassroots.UnitTaskListener;
import vn.congdoan.cascade.grassroots.UnitContext;

/**
 * Task_NominateExemplars: the grassroots union proposes zero or more exemplars (embedded form
 * {@code NominationForm.html}); completing it submits the unit's part.
 */
@Component("nominationTask")
class NominationTaskListener extends UnitTaskListener {

  private final Nominations nominations;
  private final EmulationMovementRepository movements;
  private final UnitContext context;
  private final ObjectMapper json;

  public NominationTaskListener(UnitAssignmentRepository assignments, Nominations nominations,
      EmulationMovementRepository movements, UnitContext context, ObjectMapper json) {
    super(assignments);
    this.nominations = nominations;
    this.movements = movements;
    this.context = context;
    this.json = json;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    nameAfter(task, assignment(task));
  }

  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    UnitAssignment assignment = assignment(form);
    Options options = new Options(assignment.getUnit().getName(), context.describe(assignment),
        NominationListReader.MAX_NOMINATIONS,
        movements.findByActiveTrueOrderByPosition().stream().map(m -> new Option(m.getCode(), m.getName())).toList(),
        Arrays.stream(RecognitionForm.values()).map(r -> new Option(r.name(), r.label())).toList());
    try {
      return Map.of(NominationForm.NOMINATION_OPTIONS.name(), NominationForm.NOMINATION_OPTIONS.typed(json.writeValueAsString(options)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write nomination form options", e);
    }
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    boolean nominated = this.nominations.submit(assignmentId(task), input, actor(task), reachedBy(task));
    HAS_NOMINATIONS.on(task.getExecution()).set(nominated);
  }

  /** What the form reads ({@code nominationOptions}). */
  record Options(String unitName, String context, int maxNominations, List<Option> movements, List<Option> recognitions) {}

  record Option(String code, String name) {}

  @Override
  protected Set<String> formVariables() {
    return NominationForm.FORM.variableNames();
  }
}
