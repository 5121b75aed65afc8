package vn.congdoan.cascade.form;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congdoan.cascade.engine.EngineHooks;
import vn.congdoan.cascade.engine.OpenTasks;

/**
 * A task completion or form submission made from outside the engine (the engine's task and form services
 * hand each one here, see {@code engine.EngineInternals}) that collides with a concurrent one — two tabs,
 * a double click, a retried request, two officers of a unit, or a timer of the same process at that
 * moment — is rolled back whole (an {@link OptimisticLockingException} of the engine, or a unique key of
 * the application's tables) and run once more in a new transaction, at most {@value #COMPLETION_ATTEMPTS}
 * times; then the officer is told the task is busy ({@link TaskBusyException}).
 *
 * <p>After any failure (a refusal of the form aside) the task is looked up by a query, outside the failed
 * command and as the application (the officer may no longer see it): when it is gone, it was completed or
 * ended by someone else, and the officer is told so ({@link TaskNoLongerOpenException}). A completion that
 * fails in another way while the task is still there (refused for lack of permission, or failing in the
 * model) is tried once more: it may have overlapped a completion of the same task that commits only now;
 * if the failure comes again it stands. Only a completion that runs in a transaction of its own is run
 * again (never one that joins a caller's transaction).
 */
@Component
class CompletionRetry implements EngineHooks.TaskCompletion {

  private static final Logger log = LoggerFactory.getLogger(CompletionRetry.class);

  /** Attempts of a task completion that collided with a concurrent change. */
  static final int COMPLETION_ATTEMPTS = 3;

  /**
   * Present in the logging context (MDC) while a completion runs that would be retried if it collided:
   * {@link FormValidationLogFilter} then drops the engine's error log of the collision, which this class
   * reports in one line instead. Absent on the last attempt, whose failure stays an error.
   */
  static final String RETRIABLE_COMPLETION = "cascade.retriableCompletion";

  /**
   * Present in the logging context while any completion runs here: a task not found is then reported by
   * this class (after its query), so {@link FormValidationLogFilter} drops the engine's error log of it.
   */
  static final String COMPLETION = "cascade.completion";

  /** SQL states of a unique key violation, a serialization failure and a deadlock. */
  private static final Set<String> UNIQUE_OR_SERIALIZATION = Set.of("23505", "40001", "40P01");

  private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

  private final Predicate<String> taskOpen;

  @Autowired
  CompletionRetry(ObjectProvider<OpenTasks> openTasks) {
    this(taskId -> openTasks.getObject().isOpen(taskId));
  }

  /** With the query that tells whether a task is still open. */
  CompletionRetry(Predicate<String> taskOpen) {
    this.taskOpen = taskOpen;
  }

  @Override
  public <T> T complete(String taskId, Supplier<T> attempt) {
    if (RUNNING.get() != null) {
      // a service method that hands on to another (complete(id) to complete(id, variables)): retried once, outside
      return attempt.get();
    }
    RUNNING.set(Boolean.TRUE);
    try {
      return run(taskId, attempt);
    } finally {
      RUNNING.remove();
    }
  }

  private <T> T run(String taskId, Supplier<T> attempt) {
    boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
    for (int number = 1; ; number++) {
      boolean retriable = ownTransaction && number < COMPLETION_ATTEMPTS;
      MDC.put(COMPLETION, String.valueOf(number));
      if (retriable) {
        MDC.put(RETRIABLE_COMPLETION, String.valueOf(number));
      }
      RuntimeException failure;
      try {
        return attempt.get();
      } catch (FormValidationException refusal) {
        throw refusal;
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        MDC.remove(COMPLETION);
        MDC.remove(RETRIABLE_COMPLETION);
      }
      if (isGone(taskId)) {
        log.info("Task submitted that is no longer open (double submission or ended), nothing stored: task {} ({})",
            taskId, failure.toString());
        throw new TaskNoLongerOpenException();
      }
      if (failure instanceof NullValueException || failure instanceof NotFoundException) {
        // its engine error log was dropped as a task not found; the task is there, so it is a failure of its own
        log.error("Task completion failed, task {} is still open", taskId, failure);
      }
      if (!ownTransaction) {
        throw failure;
      }
      if (!isConcurrentChange(failure)) {
        if (number > 1) {
          throw failure;
        }
        // A completion that overlaps one of the same task can fail in ways other than a collision: the
        // task completed at this moment takes its candidates' authorizations with it (a permission
        // refusal), or this transaction read the task before the other one committed and the process
        // after it, so it carries the process on from where the other left it and fails in the model
        // (e.g. "Unknown property used in expression: ${planApproved}" at the next gateway). Tried once
        // more: the query then finds the task gone; if it is still there, the failure stands.
        log.info("Task completion failed ({}); trying once more in case the task was completed meanwhile",
            failure instanceof AuthorizationException ? "no permission" : failure.toString());
        continue;
      }
      if (number >= COMPLETION_ATTEMPTS) {
        log.warn("Task completion still collided with concurrent changes after {} attempts, nothing stored: {}",
            number, failure.toString());
        throw new TaskBusyException();
      }
      log.info("Task completion collided with a concurrent change ({}); rolled back, attempt {} of {}",
          failure.getClass().getSimpleName(), number + 1, COMPLETION_ATTEMPTS);
    }
  }

  /** Whether the task is no longer there, by a query of its own; if the query itself fails, it is not known gone. */
  private boolean isGone(String taskId) {
    try {
      return !taskOpen.test(taskId);
    } catch (RuntimeException e) {
      log.debug("Could not look up task {} after a failed completion: {}", taskId, e.toString());
      return false;
    }
  }

  /**
   * Another transaction changed the same rows first: the engine's version check, the JPA version check,
   * a lock conflict, or a unique key (SQL state 23505, the same on H2 and PostgreSQL) — not any other
   * integrity error, which is no collision and is not retried.
   */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof SQLException sql && UNIQUE_OR_SERIALIZATION.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
