package vn.congdoan.cascade.notification;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Sends a notification at most once per kind, subject and point. The sent-log row is written and
 * flushed before the e-mail goes out, inside the job's transaction: a second node or a retried job
 * waiting on the same unique key cannot send again; if sending fails, the transaction (and the row)
 * rolls back and the job is retried. The one gap, documented in docs/notifications.md: a crash after
 * the SMTP server accepted the e-mail and before the transaction commits sends it once more on retry.
 * Each attempt is announced as a {@link NotificationOutcome} (for the metrics).
 */
@Component
public class OnceOnlyMailer {

  private final SentNotificationRepository log;
  private final MailGateway mail;
  private final EngineClock clock;
  private final ApplicationEventPublisher events;

  public OnceOnlyMailer(SentNotificationRepository log, MailGateway mail, EngineClock clock, ApplicationEventPublisher events) {
    this.log = log;
    this.mail = mail;
    this.clock = clock;
    this.events = events;
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
