package vn.congdoan.cascade.form;

/**
 * A task was submitted that is no longer open: completed a moment ago by the same officer (a double
 * click, a second browser tab, a retried request), by a colleague, or ended by the sector (collection
 * closed). The work recorded by the first completion stands; this attempt stored nothing. Answered like a
 * refused form (HTTP 400 through REST and in Tasklist), with its own {@link #CODE}.
 */
public class TaskNoLongerOpenException extends FormValidationException {

  /** The engine REST API's {@code code} of this refusal (Camunda's range for custom codes). */
  public static final int CODE = 22_001;

  public static final String MESSAGE = "Công việc này không còn mở: đã được hoàn thành (có thể do bấm gửi hai lần, "
      + "gửi từ một thẻ trình duyệt khác hoặc do cán bộ khác của đơn vị) hoặc đã kết thúc. Lần gửi này không ghi "
      + "thêm dữ liệu nào; nội dung đã gửi trước đó vẫn được giữ nguyên. Vui lòng tải lại danh sách công việc.";

  public TaskNoLongerOpenException() {
    super("task", MESSAGE);
    setCode(CODE);
  }
}
