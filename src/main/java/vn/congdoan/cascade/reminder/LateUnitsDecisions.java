package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.CLOSE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTEND;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.LATE_DECISION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract.LateUnitsForm;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.form.DateText;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormTaskListener;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.process.CascadeProperties;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The validator of the office's decision on the late units: an extension names units late at this
 * moment and a new deadline after today, within {@value #MAX_EXTENSION_DAYS} days, after each unit's
 * current deadline. Nothing is written: Task_ExtendDeadlines applies the decision in a job of its own.
 */
@Service
class LateUnitsDecisions {

  static final String EXTENSIONS = LateUnitsForm.EXTENSIONS_JSON.name();
  static final String MALFORMED = "Thông tin gia hạn không đúng định dạng.";
  static final String NOT_LATE = "Có đơn vị không nằm trong danh sách quá hạn.";

  /** What a registry code looks like (organisation.OrganisationLoader); anything else is not even looked up. */
  private static final java.util.regex.Pattern UNIT_CODE = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

  /** An extension further than this is a typing error, not a decision. */
  static final int MAX_EXTENSION_DAYS = 180;

  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;
  private final ObjectMapper json;
  private final CascadeProperties cascade;

  public LateUnitsDecisions(DirectiveRepository directives, UnitAssignmentRepository assignments, EngineClock clock,
      ObjectMapper json, CascadeProperties cascade) {
    this.directives = directives;
    this.assignments = assignments;
    this.clock = clock;
    this.json = FormTaskListener.limited(json);
    this.cascade = cascade;
  }

  /** Reads and checks the decision on the directive's late units; a refusal is a {@link FormValidationException}. */
  public LateUnitsDecision check(Long directiveId, FormInput input) {
    String decision = input.requiredText(LATE_DECISION.name(), "gia hạn hoặc kết thúc thu thập", 10);
    if (!EXTEND.equals(decision) && !CLOSE.equals(decision)) {
      throw new FormValidationException(LATE_DECISION.name(), "Vui lòng chọn gia hạn hoặc kết thúc thu thập.");
    }
    if (CLOSE.equals(decision)) {
      return LateUnitsDecision.close();
    }
    Directive directive = directives.findById(directiveId).orElseThrow();
    Extension extension = readExtension(input.jsonText(EXTENSIONS, MALFORMED));
    Map<String, UnitAssignment> late = assignments.findLate(directive, clock.now()).stream()
        .collect(Collectors.toMap(a -> a.getUnit().getCode(), Function.identity()));
    LocalDate today = VietnamTime.dayOf(clock.now());
    if (extension.units().isEmpty()) {
      throw new FormValidationException(EXTENSIONS, "Vui lòng chọn ít nhất một đơn vị được gia hạn.");
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
        throw new FormValidationException(EXTENSIONS, notLate(directive, code));
      }
      if (!newDeadline.isAfter(assignment.getDeadline())) {
        throw new FormValidationException(EXTENSIONS, "Hạn mới phải sau hạn hiện tại của " + assignment.getUnit().getName() + ".");
      }
      ids.add(assignment.getId());
    }
    return new LateUnitsDecision(EXTEND, List.copyOf(ids), newDeadline);
  }

  /**
   * The refusal of a unit that is not late, naming it as officers know it: by its name when it is one of
   * the directive's units (it has reported, or its deadline was already extended), never by its code; a
   * code of no unit of the directive is not echoed.
   */
  private String notLate(Directive directive, String code) {
    if (UNIT_CODE.matcher(code).matches()) {
      for (UnitAssignment assignment : assignments.findByDirectiveWithUnit(directive)) {
        if (assignment.getUnit().getCode().equals(code)) {
          return assignment.getUnit().getName() + " không nằm trong danh sách quá hạn: vui lòng tải lại trang"
              + " để xem danh sách hiện tại.";
        }
      }
    }
    return NOT_LATE;
  }

  /**
   * The extension as the form submits it: {@code {"newDeadline": "2023-06-30", "units": ["code", …]}}; the
   * date may also be written day first ({@code "30/06/2023"}, read by {@link DateText}).
   */
  private record Extension(LocalDate newDeadline, List<String> units) {}

  private Extension readExtension(Object submitted) {
    if (submitted == null) {
      throw new FormValidationException(EXTENSIONS, "Vui lòng chọn đơn vị và hạn mới.");
    }
    try {
      Map<String, Object> raw = json.readValue(submitted.toString(), new TypeReference<>() {});
      Object date = raw == null ? null : raw.get("newDeadline");
      Object units = raw == null ? null : raw.get("units");
      if (date == null || !(units instanceof List<?> list)) {
        throw new FormValidationException(EXTENSIONS, "Vui lòng chọn đơn vị và hạn mới.");
      }
      LocalDate newDeadline = date instanceof String text ? DateText.parse(text) : null;
      if (newDeadline == null) {
        throw new FormValidationException(EXTENSIONS, "Hạn mới phải là một ngày có trên lịch, theo dạng " + DateText.FORMAT
            + ", ví dụ " + DateText.EXAMPLE + ".");
      }
      return new Extension(newDeadline, list.stream().map(String::valueOf).distinct().toList());
    } catch (JsonProcessingException e) {
      throw new FormValidationException(EXTENSIONS, MALFORMED);
    }
  }
}
