package vn.congdoan.cascade.reminder;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.process.CascadeProperties;

/**
 * Task_RemindChildUnits ("Nhắc hạn một lô đơn vị trực thuộc"), a job of its own per batch after
 * Gateway_ChildReminderDue found reminders due: reminds the next {@code cascade.start-batch-size} child units due
 * today ({@link ChildReminderMailer}) and sets {@code childRemindersLeft}, on which Gateway_MoreChildUnitsToRemind
 * loops. The units reminded are recorded in the sent-log as each e-mail goes out, so the next batch starts where this
 * one ended, and a batch retried after a failure resumes where it failed.
 */
@Component("remindChildUnits")
class RemindChildUnitsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RemindChildUnitsDelegate.class);

  private final ChildReportReminders reminders;
  private final ChildReminderMailer mailer;
  private final CascadeProperties properties;

  RemindChildUnitsDelegate(ChildReportReminders reminders, ChildReminderMailer mailer, CascadeProperties properties) {
    this.reminders = reminders;
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get();
    List<ChildReportReminders.Due> due = reminders.dueToday(directiveId);
    List<ChildReportReminders.Due> batch = due.subList(0, Math.min(due.size(), properties.startBatchSize()));
    mailer.remind(batch);
    long left = due.size() - batch.size();
    DirectiveCascadeContract.CHILD_REMINDERS_LEFT.on(execution).set(left);
    log.info("Directive {}: reminders sent to {} child units, {} left for today", directiveId, batch.size(), left);
  }
}
