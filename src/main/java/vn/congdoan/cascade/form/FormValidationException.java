package vn.congdoan.cascade.form;

import java.util.List;
import vn.congdoan.cascade.engine.EngineInternals;

/**
 * A user's input was refused. The message is Vietnamese, for the officer; {@link #errors()} lists one
 * entry per refused field. It is a form-field validation exception of the engine
 * ({@link EngineInternals.FormFieldRefusal}), so that the REST API (and Tasklist, which shows the message)
 * answers 400 Bad Request; {@link RefusalUnwrapping} makes sure it reaches the caller unwrapped. Its {@code code} ({@link #CODE}) lets a REST client tell a
 * refusal from a failure without reading the message.
 */
public class FormValidationException extends EngineInternals.FormFieldRefusal {

  /**
   * The engine REST API's {@code code} of a refused input (Camunda leaves 20,000 to 39,999 to
   * applications); {@link TaskNoLongerOpenException} and {@link TaskBusyException} have their own.
   */
  public static final int CODE = 22_000;

  private final transient List<FieldError> errors;
  /** The task whose form refused the input (set by {@link FormTaskListener}), or null. */
  private String task;
  /** Whether {@link RefusalUnwrapping} has announced it already (a refusal may pass a nested command too). */
  private boolean announced;

  public FormValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::field).toList(),
        errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse("Dữ liệu không hợp lệ."));
    this.errors = List.copyOf(errors);
    setCode(CODE);
  }

  public FormValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The task definition key of the form that refused the input, or null when no task's form did. */
  public String task() {
    return task;
  }

  /** Names the task whose form refused the input, unless one is named already (the innermost wins). */
  FormValidationException refusedBy(String taskDefinitionKey) {
    if (task == null) {
      task = taskDefinitionKey;
    }
    return this;
  }

  /** True the first time only. */
  boolean firstAnnouncement() {
    if (announced) {
      return false;
    }
    announced = true;
    return true;
  }

  /** One refused field: its variable name and a Vietnamese explanation. */
  public record FieldError(String field, String message) {}
}
