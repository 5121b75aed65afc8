package vn.congdoan.cascade.reminder;

import java.util.Arrays;
import java.util.Date;
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
    String ids = (String) execution.getVariable("extendedAssignmentIds");
    Date newDeadline = (Date) execution.getVariable("extendedDeadline");
    List<Long> assignmentIds = ids == null || ids.isBlank() ? List.of()
        : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    extensions.extend(assignmentIds, newDeadline.toInstant());
    execution.removeVariable("extendedAssignmentIds");
    execution.removeVariable("extendedDeadline");
  }
}
