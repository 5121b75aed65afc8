package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_ASSIGNMENT_IDS;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_DEADLINE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ExtendDeadlines: applies the extension the office decided in Task_HandleLateUnits (the units'
 * assignments and the new deadline, validated there), in a job of its own after the office's
 * completion: the new deadlines are stored and each unit is told (message DeadlineExtended).
 */
@Component("extendDeadlines")
class ExtendDeadlinesDelegate implements JavaDelegate {

  private final DeadlineExtensions extensions;

  public ExtendDeadlinesDelegate(DeadlineExtensions extensions) {
    this.extensions = extensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // a Json list; a comma-joined String in instances that reached Task_HandleLateUnits before the list was typed
    List<Long> assignmentIds = EXTENDED_ASSIGNMENT_IDS.from(execution).orElse(List.of());
    extensions.extend(assignmentIds, EXTENDED_DEADLINE.from(execution).get().toInstant());
    EXTENDED_ASSIGNMENT_IDS.on(execution).remove();
    EXTENDED_DEADLINE.on(execution).remove();
  }
}
