package vn.congdoan.cascade.nomination;

import static vn.congdoan.cascade.contract.GrassrootsUnionContract.HAS_NOMINATIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract.NominationForm;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.TaskNoLongerOpenException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.grassroots.UnitTaskListener;
import vn.congdoan.cascade.grassroots.UnitContext;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_NominateExemplars: the grassroots union proposes zero or more exemplars (embedded form
 * {@code NominationForm.html}); completing it submits the unit's part.
 */
@Component("nominationTask")
class NominationTaskListener extends UnitTaskListener {

  private final NominationRepository nominations;
  private final EmulationMovementRepository movements;
  private final UnitContext context;
  private final EngineClock clock;
  private final ObjectMapper json;
  private final NominationListReader reader;

  public NominationTaskListener(UnitAssignmentRepository assignments, NominationRepository nominations,
      EmulationMovementRepository movements, UnitContext context, EngineClock clock, ObjectMapper json) {
    super(assignments);
    this.nominations = nominations;
    this.movements = movements;
    this.context = context;
    this.clock = clock;
    this.json = json;
    this.reader = new NominationListReader(json);
  }

  @Override
  protected void onCreate(DelegateTask task) {
    UnitAssignment assignment = assignment(task);
    Options options = new Options(assignment.getUnit().getName(), context.describe(assignment),
        NominationListReader.MAX_NOMINATIONS,
        movements.findByActiveTrueOrderByPosition().stream().map(m -> new Option(m.getCode(), m.getName())).toList(),
        Arrays.stream(RecognitionForm.values()).map(r -> new Option(r.name(), r.label())).toList());
    try {
      NominationForm.NOMINATION_OPTIONS.on(task.getExecution()).set(json.writeValueAsString(options));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write nomination form options", e);
    }
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    UnitAssignment assignment = lockedAssignment(task);
    if (nominations.existsByAssignment(assignment) || assignment.getSubmittedAt() != null) {
      // sent a moment ago from another tab or by a colleague: the first submission stands
      throw new TaskNoLongerOpenException();
    }
    Map<String, EmulationMovement> known = movements.findByActiveTrueOrderByPosition().stream()
        .collect(Collectors.toMap(EmulationMovement::getCode, m -> m));
    List<NominationListReader.ProposedExemplar> proposed =
        reader.read(jsonText(task, NominationListReader.VARIABLE, NominationListReader.MALFORMED), known.keySet());
    Instant now = clock.now();
    String officer = actor(task);
    nominations.saveAll(proposed.stream().map(p -> new Nomination(assignment, p.kind(), p.name(), p.position(),
        p.workplace(), p.achievement(), known.get(p.movementCode()), p.recognition(), officer, now)).toList());
    assignment.submitted(now);
    recordStep(task, assignment);
    HAS_NOMINATIONS.on(task.getExecution()).set(!proposed.isEmpty());
  }

  /** What the form reads ({@code nominationOptions}). */
  record Options(String unitName, String context, int maxNominations, List<Option> movements, List<Option> recognitions) {}

  record Option(String code, String name) {}

  @Override
  protected Set<String> formVariables() {
    return NominationForm.FORM.variableNames();
  }
}
