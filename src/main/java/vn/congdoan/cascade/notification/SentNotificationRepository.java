package vn.congdoan.cascade.notification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentNotificationRepository extends JpaRepository<SentNotification, Long> {

  boolean existsByKindAndSubjectIdAndPoint(NotificationKind kind, Long subjectId, LocalDate point);

  List<SentNotification> findByKindAndSubjectIdOrderByPoint(NotificationKind kind, Long subjectId);
}
