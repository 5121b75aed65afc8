package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.CLOSE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.DIRECTIVE_ID;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.ESCALATION_AT;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTEND;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_ASSIGNMENT_IDS;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_DEADLINE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.LATE_DECISION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.LateUnitsForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.CascadeProperties;
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

  static final String EXTENSIONS = LateUnitsForm.EXTENSIONS_JSON.name();
  static final String MALFORMED = "Thông tin gia hạn không đúng định dạng.";

  /** What a registry code looks like (organisation.OrganisationLoader); anything else is not echoed in a message. */
  private static final java.util.regex.Pattern UNIT_CODE = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

  /** An extension further than this is a typing error, not a decision. */
  static final int MAX_EXTENSION_DAYS = 180;

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final LateUnits lateUnits;
  private final EngineClock clock;
  private final ObjectMapper json;
  private final CascadeProperties cascade;

  public LateUnitsTaskListener(DirectiveRepository directives, UnitAssignmentRepository assignments,
      LateUnits lateUnits, EngineClock clock, ObjectMapper json, CascadeProperties cascade) {
    this.directives = directives;
    this.assignments = assignments;
    this.lateUnits = lateUnits;
    this.clock = clock;
    this.json = limited(json);
    this.cascade = cascade;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Directive directive = directive(task);
    LateUnitsView view = new LateUnitsView(VietnamTime.format(ESCALATION_AT.from(task).get().toInstant()),
        lateUnits.describe(assignments.findLate(directive, clock.now())));
    try {
      LateUnitsForm.LATE_UNITS.on(task.getExecution()).set(json.writeValueAsString(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the late units", e);
    }
    LATE_DECISION.on(task.getExecution()).remove();
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    String decision = input.requiredText(LATE_DECISION.name(), "gia hạn hoặc kết thúc thu thập", 10);
    if (!EXTEND.equals(decision) && !CLOSE.equals(decision)) {
      throw new FormValidationException(LATE_DECISION.name(), "Vui lòng chọn gia hạn hoặc kết thúc thu thập.");
    }
    LATE_DECISION.on(task.getExecution()).set(decision);
    if (CLOSE.equals(decision)) {
      return;
    }
    Directive directive = directive(task);
    Extension extension = readExtension(jsonText(task, EXTENSIONS, MALFORMED));
    Map<String, UnitAssignment> late = assignments.findLate(directive, clock.now()).stream()
        .collect(Collectors.toMap(a -> a.getUnit().getCode(), Function.identity()));
    LocalDate today = VietnamTime.dayOf(clock.now());
    if (extension.units().isEmpty()) {
      throw new FormValidationException(EXTENSIONS, "Vui lòng chọn ít nhất một CĐCS được gia hạn.");
    }
    if (!extension.newDeadline().isAfter(today)) {
      throw new FormValidationException(EXTENSIONS, "Hạn mới phải sau ngày hôm nay.");
    }
    if (extension.newDeadline().isAfter(today.plusDays(MAX_EXTENSION_DAYS))) {
      throw new FormValidationException(EXTENSIONS, "Hạn mới chỉ được gia hạn tối đa " + MAX_EXTENSION_DAYS
          + " ngày kể từ hôm nay: vui lòng kiểm tra lại ngày.");
    }
    Instant newDeadline = cascade.deadlineOf(extension.newDeadline());
    List<Long> ids = new ArrayList<>();
    for (String code : extension.units()) {
      UnitAssignment assignment = late.get(code);
      if (assignment == null) {
        throw new FormValidationException(EXTENSIONS, UNIT_CODE.matcher(code).matches()
            ? "CĐCS " + code + " không nằm trong danh sách quá hạn." : "Có CĐCS không nằm trong danh sách quá hạn.");
      }
      if (!newDeadline.isAfter(assignment.getDeadline())) {
        throw new FormValidationException(EXTENSIONS, "Hạn mới phải sau hạn hiện tại của " + assignment.getUnit().getName() + ".");
      }
      ids.add(assignment.getId());
    }
    EXTENDED_ASSIGNMENT_IDS.on(task.getExecution()).set(ids);
    EXTENDED_DEADLINE.on(task.getExecution()).set(Date.from(newDeadline));
  }

  record Extension(LocalDate newDeadline, List<String> units) {}

  /** What the form reads ({@code lateUnits}): the deadline reached, and the late units. */
  record LateUnitsView(String deadline, List<LateUnits.LateUnit> units) {}

  private Extension readExtension(Object submitted) {
    if (submitted == null) {
      throw new FormValidationException(EXTENSIONS, "Vui lòng chọn CĐCS và hạn mới.");
    }
    try {
      Map<String, Object> raw = json.readValue(submitted.toString(), new TypeReference<>() {});
      Object date = raw == null ? null : raw.get("newDeadline");
      Object units = raw == null ? null : raw.get("units");
      if (date == null || !(units instanceof List<?> list)) {
        throw new FormValidationException(EXTENSIONS, "Vui lòng chọn CĐCS và hạn mới.");
      }
      return new Extension(LocalDate.parse(date.toString()), list.stream().map(String::valueOf).distinct().toList());
    } catch (JsonProcessingException | DateTimeParseException e) {
      throw new FormValidationException(EXTENSIONS, MALFORMED);
    }
  }

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
