package vn.congdoan.cascade.form;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A user's input was refused. The message is Vietnamese, for the officer; {@link #errors()} lists one
 * entry per refused field. It is a form-field validation exception of the engine, so that the REST API
 * (and Tasklist, which shows the message) answers 400 Bad Request; {@link FormValidationEnginePlugin}
 * makes sure it reaches the caller unwrapped.
 */
public class FormValidationException extends FormFieldValidationException {

  private final transient List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::field).toList(),
        errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse("Dữ liệu không hợp lệ."));
    this.errors = List.copyOf(errors);
  }

  public FormValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One refused field: its variable name and a Vietnamese explanation. */
  public record FieldError(String field, String message) {}
}
