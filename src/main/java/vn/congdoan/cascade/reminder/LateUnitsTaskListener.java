package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.ESCALATION_AT;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_ASSIGNMENT_IDS;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_DEADLINE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.LATE_DECISION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.LateUnitsForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.OpenedForm;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_HandleLateUnits: the sector office, shown the late units and whom to call, either extends the
 * deadline of some units (to the end of a later day) or ends the collection for the late units. The
 * completion only checks and records the decision (the chosen units' assignments and the new deadline);
 * Task_ExtendDeadlines applies it in a job of its own, and the task comes back at once if other units
 * are still late (Gateway_LateUnitsLeft).
 */
@Component("lateUnitsTask")
class LateUnitsTaskListener extends FormTaskListener {

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final LateUnits lateUnits;
  private final EngineClock clock;
  private final ObjectMapper json;
  private final LateUnitsDecisions decisions;

  public LateUnitsTaskListener(DirectiveRepository directives, UnitAssignmentRepository assignments,
      LateUnits lateUnits, EngineClock clock, ObjectMapper json, LateUnitsDecisions decisions) {
    this.directives = directives;
    this.assignments = assignments;
    this.lateUnits = lateUnits;
    this.clock = clock;
    this.json = limited(json);
    this.decisions = decisions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    name(task, directive(task).label());
    LATE_DECISION.on(task.getExecution()).remove();
  }

  /**
   * The deadline reached and the units late when the form is opened: still open past their own deadline at that
   * moment, or at the escalation's if this node's clock is behind it (another node of a cluster ran the escalation).
   */
  @Override
  protected Map<String, Object> shown(OpenedForm form) {
    Directive directive = directives.findById(DIRECTIVE_ID.from(form.variables()).get()).orElseThrow();
    Instant escalation = ESCALATION_AT.from(form.variables()).get().toInstant();
    Instant now = clock.now();
    LateUnitsView view = new LateUnitsView(VietnamTime.format(escalation),
        lateUnits.describe(assignments.findLate(directive, now.isBefore(escalation) ? escalation : now)));
    try {
      return Map.of(LateUnitsForm.LATE_UNITS.name(), LateUnitsForm.LATE_UNITS.typed(json.writeValueAsString(view)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the late units", e);
    }
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    LateUnitsDecision decision = decisions.check(DIRECTIVE_ID.from(task).get(), input);
    LATE_DECISION.on(task.getExecution()).set(decision.decision());
    if (decision.extendsDeadlines()) {
      EXTENDED_ASSIGNMENT_IDS.on(task.getExecution()).set(decision.extendedAssignmentIds());
      EXTENDED_DEADLINE.on(task.getExecution()).set(Date.from(decision.newDeadline()));
    }
  }

  /** What the form reads ({@code lateUnits}): the deadline reached, and the late units. */
  record LateUnitsView(String deadline, List<LateUnits.LateUnit> units) {}

  private Directive directive(DelegateTask task) {
    return directives.findById(DIRECTIVE_ID.from(task).get()).orElseThrow();
  }

  @Override
  protected Set<String> formVariables() {
    return LateUnitsForm.FORM.variableNames();
  }

  /** The form's fields and the decision, which stays in the process for the gateway after the late units' task. */
  @Override
  public Set<String> submittedVariables() {
    return LateUnitsForm.FORM.submittedNames();
  }
}
