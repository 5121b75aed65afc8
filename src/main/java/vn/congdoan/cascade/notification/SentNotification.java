package vn.congdoan.cascade.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The sent-log: one row per notification that went out, unique per kind, subject (a unit's assignment
 * or a directive) and point in time, so that each reminder and escalation is sent once, whatever the
 * retries, restarts and nodes.
 */
@Entity
@Table(name = "sent_notification", uniqueConstraints = @UniqueConstraint(name = "uk_sent_notification",
    columnNames = {"kind", "subjectId", "point"}))
public class SentNotification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NotificationKind kind;

  /** The assignment (reminder) or directive (escalation) the notification is about. */
  @Column(nullable = false)
  private Long subjectId;

  /** The reminder day or the deadline the notification belongs to (Vietnam date). */
  @Column(nullable = false)
  private LocalDate point;

  @Column(nullable = false, length = 1000)
  private String recipients;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false)
  private Instant sentAt;

  protected SentNotification() {}

  public SentNotification(NotificationKind kind, Long subjectId, LocalDate point, String recipients, String subject,
      Instant sentAt) {
    this.kind = kind;
    this.subjectId = subjectId;
    this.point = point;
    this.recipients = recipients.length() > 1000 ? recipients.substring(0, 1000) : recipients;
    this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
    this.sentAt = sentAt;
  }

  public Long getId() { return id; }
  public NotificationKind getKind() { return kind; }
  public Long getSubjectId() { return subjectId; }
  public LocalDate getPoint() { return point; }
  public String getRecipients() { return recipients; }
  public String getSubject() { return subject; }
  public Instant getSentAt() { return sentAt; }
}
