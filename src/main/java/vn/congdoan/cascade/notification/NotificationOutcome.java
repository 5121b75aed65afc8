package vn.congdoan.cascade.notification;

import java.time.LocalDate;

/**
 * A notification went out, or failed to (the SMTP server refused it or could not be reached): published
 * by {@link OnceOnlyMailer} as an application event, for the metrics. A sent one is published inside the
 * transaction that holds its sent-log row (the job's, or for a reminder its own short one), so a listener
 * that waits for the commit counts only what stays sent; a failed one is published before that
 * transaction rolls back.
 *
 * @param subjectId and {@code point} tell a notification from another (the sent-log's key): a failed one
 *     sent later was retried
 */
public record NotificationOutcome(NotificationKind kind, Long subjectId, LocalDate point, boolean sent) {
}
