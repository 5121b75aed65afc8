package vn.congdoan.cascade.progress;

import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** Where a directive's cascade stands, from the state of its process instance. */
enum DirectiveStatus {
  RUNNING("Đang thực hiện"),
  FINISHED("Đã hoàn thành"),
  /** The process was ended without finishing (deleted in Cockpit or through REST). */
  CANCELLED("Đã hủy"),
  /** Recalled (thu hồi) by the sector's chair: its cascade ended early, the units' work with it. */
  RECALLED("Đã thu hồi"),
  /** No history of its process is left (removed after its time to live). */
  UNKNOWN("Không rõ");

  private final String label;

  DirectiveStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static DirectiveStatus of(HistoricProcessInstance instance) {
    if (instance == null) {
      return UNKNOWN;
    }
    return switch (instance.getState()) {
      case HistoricProcessInstance.STATE_COMPLETED -> FINISHED;
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> CANCELLED;
      default -> RUNNING;
    };
  }
}
