package vn.congdoan.cascade.grassroots;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;

/**
 * EndEvent_SectorNotified: a unit's process ends; if no unit of the directive is left unfinished, the
 * sector's process is told that all units are done ({@link AllUnitsFinishedNotice} says why this is safe).
 */
@Component("notifySector")
class NotifySectorDelegate implements JavaDelegate {

  private final AllUnitsFinishedNotice notice;

  public NotifySectorDelegate(AllUnitsFinishedNotice notice) {
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notice.sendIfNoneLeft(GrassrootsUnionContract.DIRECTIVE_ID.from(execution).get());
  }
}
