package vn.congdoan.cascade.reminder;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;

/**
 * Task_RemindChildUnions of a parent's model deployed before issue 17, step 7 (its running instances keep it; the
 * current model has Task_RemindChildUnits, a batch per job): in the job of the parent's daily timer, each child unit
 * due a reminder gets one e-mail for the latest reminder day that has come. That model reminded only child unions,
 * its CĐCS having timers of their own ({@link SendReminderDelegate}); after the upgrade its fan-out may start CĐCS on
 * the current model, which have none, so it reminds them all, and a CĐCS with a timer of its own is reminded by
 * whichever comes first (the same sent-log key).
 */
@Component("remindChildUnions")
class RemindChildUnionsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RemindChildUnionsDelegate.class);

  private final ChildReportReminders reminders;
  private final ChildReminderMailer mailer;

  RemindChildUnionsDelegate(ChildReportReminders reminders, ChildReminderMailer mailer) {
    this.reminders = reminders;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get();
    List<ChildReportReminders.Due> due = reminders.dueToday(directiveId);
    mailer.remind(due);
    log.info("Directive {}: reminders sent to {} child units", directiveId, due.size());
  }
}
