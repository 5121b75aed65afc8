package vn.congdoan.cascade.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SentNotificationRepository extends JpaRepository<SentNotification, Long> {

  /** At most one row: (kind, subject, point) is the table's unique key. */
  @Query("select count(n) > 0 from SentNotification n where n.kind = ?1 and n.subjectId = ?2 and n.point = ?3")
  boolean existsByKindAndSubjectIdAndPoint(NotificationKind kind, Long subjectId, LocalDate point);

  List<SentNotification> findByKindAndSubjectIdOrderByPoint(NotificationKind kind, Long subjectId);

  /** Which of the subjects were notified for any of the points, as (subject, point) pairs: a page of reminders. */
  @Query("select n.subjectId, n.point from SentNotification n where n.kind = ?1 and n.point in ?2 and n.subjectId in ?3")
  List<Object[]> findNotified(NotificationKind kind, Collection<LocalDate> points, Collection<Long> subjectIds);

  /** The notifications of a kind about any of the subjects (the audit trail reads a directive's reminders in chunks). */
  @Query("select n from SentNotification n where n.kind = ?1 and n.subjectId in ?2")
  List<SentNotification> findByKindAndSubjectIdIn(NotificationKind kind, Collection<Long> subjectIds);
}
