package vn.congdoan.cascade.form;

import java.util.List;

/**
 * A user's input was refused. The message is Vietnamese, for the officer; {@link #errors()} lists one
 * entry per refused field.
 */
public class FormValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse("Dữ liệu không hợp lệ."));
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
