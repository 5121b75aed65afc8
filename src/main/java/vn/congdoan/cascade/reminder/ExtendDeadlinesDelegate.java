package vn.congdoan.cascade.reminder;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;

/** Task_ExtendDeadlines: tells each unit given more time (message DeadlineExtended). */
@Component("extendDeadlines")
public class ExtendDeadlinesDelegate implements JavaDelegate {

  public static final String DEADLINE_EXTENDED = "DeadlineExtended";

  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;

  public ExtendDeadlinesDelegate(UnitAssignmentRepository assignments, RuntimeService runtime) {
    this.assignments = assignments;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ids = (String) execution.getVariable("extendedAssignmentIds");
    for (String id : ids == null || ids.isBlank() ? new String[0] : ids.split(",")) {
      assignments.findById(Long.valueOf(id)).ifPresent(a -> runtime.createMessageCorrelation(DEADLINE_EXTENDED)
          .processInstanceId(a.getProcessInstanceId()).correlateAllWithResult());
    }
    execution.removeVariable("extendedAssignmentIds");
  }
}
