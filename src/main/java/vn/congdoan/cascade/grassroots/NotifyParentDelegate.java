package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;

/**
 * EndEvent_ParentNotified: a child union's report has reached its parent (Task_SubmitReportToParent, committed);
 * as at a grassroots union's end, the parent's process is told when no unit of its directive is left.
 */
@Component("notifyParent")
class NotifyParentDelegate implements JavaDelegate {

  private final AllUnitsFinishedNotice notice;

  NotifyParentDelegate(AllUnitsFinishedNotice notice) {
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notice.sendIfNoneLeft(DirectiveCascadeContract.PARENT_DIRECTIVE_ID.from(execution).get());
  }
}
