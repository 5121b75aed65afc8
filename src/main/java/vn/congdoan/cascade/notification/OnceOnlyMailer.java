package vn.congdoan.cascade.notification;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Sends a notification at most once per kind, subject and point. The sent-log row is written and
 * flushed before the e-mail goes out, inside the job's transaction: a second node or a retried job
 * waiting on the same unique key cannot send again; if sending fails, the transaction (and the row)
 * rolls back and the job is retried. The one gap, documented in docs/notifications.md: a crash after
 * the SMTP server accepted the e-mail and before the transaction commits sends it once more on retry.
 * {@link #sendOnceApart} does the same in a short transaction of its own, for a job whose own transaction
 * may still roll back after the e-mail went out (a reminder, sent in the job of the unit's timer, which
 * collides with an officer's completion of the same unit): the retried job then finds the row.
 * Each attempt is announced as a {@link NotificationOutcome} (for the metrics).
 */
@Component
public class OnceOnlyMailer {

  private final SentNotificationRepository log;
  private final MailGateway mail;
  private final EngineClock clock;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate apart;

  public OnceOnlyMailer(SentNotificationRepository log, MailGateway mail, EngineClock clock, ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.log = log;
    this.mail = mail;
    this.clock = clock;
    this.events = events;
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * As {@link #sendOnce}, in a transaction of its own that commits the sent-log row as soon as the server
   * accepted the e-mail, whatever the caller's transaction does afterwards; a refused e-mail rolls back
   * the row and throws, and the caller's transaction with it. Needs a second database connection while
   * the caller's is held (docs/operations.md sizes the pool for it).
   * @return false if this notification had already been sent
   */
  public boolean sendOnceApart(NotificationKind kind, Long subjectId, LocalDate point, OutgoingMail message) {
    return Boolean.TRUE.equals(apart.execute(status -> sendOnce(kind, subjectId, point, message)));
  }

  /** @return false if this notification had already been sent */
  public boolean sendOnce(NotificationKind kind, Long subjectId, LocalDate point, OutgoingMail message) {
    if (log.existsByKindAndSubjectIdAndPoint(kind, subjectId, point)) {
      return false;
    }
    log.saveAndFlush(new SentNotification(kind, subjectId, point, String.join(", ", message.to()), message.subject(),
        clock.now()));
    try {
      mail.send(message);
    } catch (RuntimeException e) {
      events.publishEvent(new NotificationOutcome(kind, subjectId, point, false));
      throw e;
    }
    events.publishEvent(new NotificationOutcome(kind, subjectId, point, true));
    return true;
  }
}
