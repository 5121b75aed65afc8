package vn.congdoan.cascade.form;

/**
 * A task's completion kept colliding with concurrent changes of the same process (a timer, the sector
 * closing the collection) even after being retried. Nothing was stored; the officer may simply submit
 * again. Answered like a refused form (HTTP 400), with its own {@link #CODE}.
 */
class TaskBusyException extends FormValidationException {

  /** The engine REST API's {@code code} of this refusal (Camunda's range for custom codes). */
  public static final int CODE = 22_002;

  public static final String MESSAGE = "Hệ thống đang cập nhật công việc này cùng lúc với một thao tác khác nên chưa "
      + "ghi nhận được lần gửi này; chưa có dữ liệu nào được lưu. Vui lòng bấm gửi lại sau giây lát.";

  public TaskBusyException() {
    super("task", MESSAGE);
    setCode(CODE);
  }
}
