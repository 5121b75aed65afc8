package vn.congdoan.cascade.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.sql.SQLException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an officer sees when a command fails, decided in one outermost command interceptor:
 * <ul>
 * <li>A refused form ({@link FormValidationException}): the engine wraps an exception thrown by a task
 * listener into a generic one ("There was an exception while invoking the TaskListener …", HTTP 500);
 * here it reaches the caller as it was thrown, so that REST answers 400 with the officer's Vietnamese
 * message, logged in one line instead of a stack trace.</li>
 * <li>A task completion that collides with a concurrent one (two tabs, a double click, a retried request,
 * two officers of a unit, or a timer of the same process at that moment): the losing transaction is
 * rolled back whole (an {@link OptimisticLockingException} of the engine, or a unique key of the
 * application's tables) and is run once more in a new transaction. If the task was completed meanwhile,
 * the retry finds no task and the officer is told so ({@link TaskNoLongerOpenException}); if the
 * collision was with a timer, the retry stores the work. A completion that fails in any other way
 * (refused for lack of permission, or failing in the model) is tried once more: when it overlapped a
 * completion of the same task, the second attempt finds the task gone and says so; otherwise the failure
 * stands. Only a command that runs in a transaction of its own is retried (never one that joins a
 * caller's transaction).</li>
 * </ul>
 */
@Component
public class FormValidationEnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(FormValidationEnginePlugin.class);

  /** Attempts of a task completion that collided with a concurrent change. */
  static final int COMPLETION_ATTEMPTS = 3;

  /**
   * Present in the logging context (MDC) while a completion runs that would be retried if it collided:
   * {@link FormValidationLogFilter} then drops the engine's error log of the collision, which this
   * interceptor reports in one line instead. Absent on the last attempt, whose failure stays an error.
   */
  static final String RETRIABLE_COMPLETION = "cascade.retriableCompletion";

  /** SQL states of a unique key violation, a serialization failure and a deadlock. */
  private static final Set<String> UNIQUE_OR_SERIALIZATION = Set.of("23505", "40001", "40P01");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new UnwrapFormValidation());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class UnwrapFormValidation extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      boolean completion = command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
      boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
      for (int attempt = 1; ; attempt++) {
        boolean retriable = completion && ownTransaction && attempt < COMPLETION_ATTEMPTS;
        if (retriable) {
          MDC.put(RETRIABLE_COMPLETION, String.valueOf(attempt));
        }
        try {
          return next.execute(command);
        } catch (RuntimeException e) {
          FormValidationException refusal = find(e);
          if (refusal != null) {
            log.info("Form input refused, nothing stored: fields {}", refusal.errors().stream()
                .map(FormValidationException.FieldError::field).toList());
            throw refusal;
          }
          if (!completion) {
            throw e;
          }
          if (isTaskMissing(e)) {
            log.info("Task submitted that is no longer open (double submission or ended), nothing stored: {}",
                e.getMessage());
            throw new TaskNoLongerOpenException();
          }
          if (!ownTransaction) {
            throw e;
          }
          if (!isConcurrentChange(e)) {
            if (attempt > 1) {
              throw e;
            }
            // A completion that overlaps one of the same task can fail in ways other than a collision: the
            // task completed at this moment takes its candidates' authorizations with it (a permission
            // refusal), or this transaction read the task before the other one committed and the process
            // after it, so it carries the process on from where the other left it and fails in the model
            // (e.g. "Unknown property used in expression: ${planApproved}" at the next gateway). The
            // second attempt finds no task and says so; if the task is still there, the failure stands.
            log.info("Task completion failed ({}); checking once more whether the task was completed meanwhile",
                e instanceof AuthorizationException ? "no permission" : e.toString());
            continue;
          }
          if (attempt >= COMPLETION_ATTEMPTS) {
            log.warn("Task completion still collided with concurrent changes after {} attempts, nothing stored: {}",
                attempt, e.toString());
            throw new TaskBusyException();
          }
          log.info("Task completion collided with a concurrent change ({}); rolled back, attempt {} of {}",
              e.getClass().getSimpleName(), attempt + 1, COMPLETION_ATTEMPTS);
        } finally {
          if (retriable) {
            MDC.remove(RETRIABLE_COMPLETION);
          }
        }
      }
    }

    static FormValidationException find(Throwable e) {
      for (Throwable t = e; t != null; t = next(t)) {
        if (t instanceof FormValidationException refusal) {
          return refusal;
        }
      }
      return null;
    }

    /** The command found no task: it was completed (or ended) by someone else before this one ran. */
    static boolean isTaskMissing(Throwable e) {
      return (e instanceof NullValueException || e instanceof NotFoundException) && e.getMessage() != null
          && (e.getMessage().contains("Cannot find task") || e.getMessage().contains("task is null"));
    }

    /**
     * Another transaction changed the same rows first: the engine's version check, the JPA version check,
     * a lock conflict, or a unique key (SQL state 23505, the same on H2 and PostgreSQL) — not any other
     * integrity error, which is no collision and is not retried.
     */
    static boolean isConcurrentChange(Throwable e) {
      for (Throwable t = e; t != null; t = next(t)) {
        if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
            || t instanceof jakarta.persistence.OptimisticLockException
            || t instanceof SQLException sql && UNIQUE_OR_SERIALIZATION.contains(sql.getSQLState())) {
          return true;
        }
      }
      return false;
    }

    private static Throwable next(Throwable t) {
      return t.getCause() == t ? null : t.getCause();
    }
  }
}
