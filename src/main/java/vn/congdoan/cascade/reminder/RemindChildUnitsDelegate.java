package vn.congdoan.cascade.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_RemindChildUnits ("Nhắc hạn một lô đơn vị trực thuộc"), a job of its own per batch after
 * Gateway_ChildReminderDue found reminders due: looks at the next {@code cascade.start-batch-size} child units with
 * open work, in the order of their assignments, and reminds those due today ({@link ChildReminderMailer}). Where the
 * day's sweep stands is kept in {@code childReminderDay} and {@code childReminderCursor} (a sweep on another day starts
 * from the first unit), so each batch reads its own page of units, not all of them; {@code moreChildReminders} tells
 * Gateway_MoreChildUnitsToRemind whether units remain. A batch retried after a failure starts at the same place, and
 * the units it had reminded are in the sent-log.
 */
@Component("remindChildUnits")
class RemindChildUnitsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RemindChildUnitsDelegate.class);

  private final ChildReportReminders reminders;
  private final ChildReminderMailer mailer;
  private final EngineClock clock;

  RemindChildUnitsDelegate(ChildReportReminders reminders, ChildReminderMailer mailer, EngineClock clock) {
    this.reminders = reminders;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = DirectiveCascadeContract.DIRECTIVE_ID.from(execution).get();
    String today = VietnamTime.dayOf(clock.now()).toString();
    Long cursor = today.equals(DirectiveCascadeContract.CHILD_REMINDER_DAY.from(execution).getOrNull())
        ? DirectiveCascadeContract.CHILD_REMINDER_CURSOR.from(execution).getOrNull() : null;
    ChildReportReminders.Page page = reminders.dueAfter(directiveId, cursor == null ? 0 : cursor);
    mailer.remind(page.due());
    DirectiveCascadeContract.CHILD_REMINDER_DAY.on(execution).set(today);
    DirectiveCascadeContract.CHILD_REMINDER_CURSOR.on(execution).set(page.last());
    DirectiveCascadeContract.MORE_CHILD_REMINDERS.on(execution).set(page.more());
    log.info("Directive {}: reminders sent to {} child units, up to assignment {}{}", directiveId, page.due().size(),
        page.last(), page.more() ? "; more to look at" : "; done for today");
  }
}
