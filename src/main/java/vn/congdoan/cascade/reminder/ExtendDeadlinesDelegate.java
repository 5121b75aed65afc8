package vn.congdoan.cascade.reminder;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_ASSIGNMENT_IDS;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;

/** Task_ExtendDeadlines: tells each unit given more time (message DeadlineExtended). */
@Component("extendDeadlines")
public class ExtendDeadlinesDelegate implements JavaDelegate {

  private final UnitAssignmentRepository assignments;
  private final RuntimeService runtime;

  public ExtendDeadlinesDelegate(UnitAssignmentRepository assignments, RuntimeService runtime) {
    this.assignments = assignments;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // a Json list; a comma-joined String in instances that reached Task_HandleLateUnits before the list was typed
    for (Long id : EXTENDED_ASSIGNMENT_IDS.from(execution).orElse(List.of())) {
      assignments.findById(id).ifPresent(a -> runtime.createMessageCorrelation(GrassrootsUnionContract.MESSAGE_DEADLINE_EXTENDED)
          .processInstanceId(a.getProcessInstanceId()).correlateAllWithResult());
    }
    EXTENDED_ASSIGNMENT_IDS.on(execution).remove();
  }
}
