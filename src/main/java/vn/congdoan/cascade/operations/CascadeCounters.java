package vn.congdoan.cascade.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.congdoan.cascade.document.DocumentIssued;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.form.FormRefused;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.NotificationOutcome;

/**
 * The application's counters, fed by the events its packages publish where the work happens. What is
 * done counts once its transaction has committed (a completion rolled back by a refusal, a collision
 * or a failure counts nothing); what failed counts when it fails. Labels come from bounded sets only:
 * the models' task definition keys, the forms' field names, the kinds of notification and document —
 * never a unit, a user or a directive. The names, as Prometheus shows them, are listed in
 * docs/operations.md.
 */
@Component
class CascadeCounters {

  static final String COMPLETIONS = "cascade.task.completions";
  static final String REFUSALS = "cascade.form.refusals";
  static final String NOTIFICATIONS = "cascade.notifications";
  static final String NOTIFICATIONS_RETRIED = "cascade.notifications.retried";
  static final String DOCUMENTS = "cascade.documents.issued";
  /** The label value of a refusal that no task's form made (its fields are the caller's, not a form's). */
  static final String NO_TASK = "none";
  static final String OTHER_FIELD = "other";
  /** How many failed notifications are remembered to tell a retried one (per node, in memory). */
  private static final int FAILED_REMEMBERED = 10_000;

  private final MeterRegistry registry;
  private final Set<Key> failed = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
      return size() > FAILED_REMEMBERED;
    }
  }));

  CascadeCounters(MeterRegistry registry) {
    this.registry = registry;
    // every series of a fixed label set exists from the start, at 0, so that rates and alerts see it
    for (NotificationKind kind : NotificationKind.values()) {
      notifications(kind, true);
      notifications(kind, false);
      retried(kind);
    }
    for (DocumentKind kind : DocumentKind.values()) {
      documents(kind);
    }
  }

  /** A user task completed and its transaction committed (the engine's task events, published by Camunda's starter). */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void taskCompleted(TaskEvent event) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(event.getEventName()) && event.getTaskDefinitionKey() != null) {
      Counter.builder(COMPLETIONS).description("User tasks completed (committed), by task definition key")
          .tag("task", event.getTaskDefinitionKey()).register(registry).increment();
    }
  }

  /** A form refused an input (the completion rolled back): one count per refused field. */
  @EventListener
  void formRefused(FormRefused event) {
    if (event.task() == null) {
      refusals(NO_TASK, OTHER_FIELD).increment();
      return;
    }
    if (event.fields().isEmpty()) {
      refusals(event.task(), OTHER_FIELD).increment();
    }
    for (String field : event.fields()) {
      refusals(event.task(), field.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? field : OTHER_FIELD).increment();
    }
  }

  /** A notification could not be sent: counted at once, its job will be retried. */
  @EventListener
  void notificationFailed(NotificationOutcome event) {
    if (!event.sent()) {
      failed.add(new Key(event));
      notifications(event.kind(), false).increment();
    }
  }

  /** A notification went out and the sent-log row committed; if it had failed before, it was retried. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void notificationSent(NotificationOutcome event) {
    if (event.sent()) {
      notifications(event.kind(), true).increment();
      if (failed.remove(new Key(event))) {
        retried(event.kind()).increment();
      }
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void documentIssued(DocumentIssued event) {
    documents(event.kind()).increment();
  }

  private Counter refusals(String task, String field) {
    return Counter.builder(REFUSALS).description("Form inputs refused (nothing stored), by task and field")
        .tag("task", task).tag("field", field).register(registry);
  }

  private Counter notifications(NotificationKind kind, boolean sent) {
    return Counter.builder(NOTIFICATIONS).description("E-mail notifications sent (committed) or failed, by kind")
        .tag("kind", kind.name()).tag("outcome", sent ? "sent" : "failed").register(registry);
  }

  private Counter retried(NotificationKind kind) {
    return Counter.builder(NOTIFICATIONS_RETRIED).description("Notifications sent after a failed attempt on this node")
        .tag("kind", kind.name()).register(registry);
  }

  private Counter documents(DocumentKind kind) {
    return Counter.builder(DOCUMENTS).description("Documents numbered and issued (committed), by kind")
        .tag("kind", kind.name()).register(registry);
  }

  private record Key(NotificationKind kind, Long subjectId, java.time.LocalDate point) {
    Key(NotificationOutcome event) {
      this(event.kind(), event.subjectId(), event.point());
    }
  }
}
