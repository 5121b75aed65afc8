package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congdoan.cascade.form.FormValidationEnginePlugin.UnwrapFormValidation;

/**
 * The outermost interceptor's decisions, one command attempt at a time: the engine behind it is replaced
 * by a script of outcomes, so that each branch is reached deterministically, the exhausted retry (22002)
 * included, which a real collision reaches only by chance.
 */
class FormValidationEnginePluginTest {

  private final Deque<Supplier<Object>> outcomes = new ArrayDeque<>();
  private int attempts;
  /** The logging context's retry marker as each attempt saw it. */
  private final List<String> markers = new ArrayList<>();
  private final UnwrapFormValidation interceptor = new UnwrapFormValidation();

  {
    interceptor.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        attempts++;
        markers.add(String.valueOf(MDC.get(FormValidationEnginePlugin.RETRIABLE_COMPLETION)));
        @SuppressWarnings("unchecked")
        T result = (T) outcomes.removeFirst().get();
        return result;
      }
    });
  }

  @AfterEach
  void noTransactionLeftActive() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void aCompletionThatKeepsColliding_isTriedThreeTimes_thenAnswered22002() {
    for (int i = 0; i < 5; i++) {
      outcomes.add(() -> {
        throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
      });
    }

    assertThatThrownBy(() -> interceptor.execute(submit()))
        .isInstanceOfSatisfying(TaskBusyException.class, busy -> {
          assertThat(busy.getCode()).isEqualTo(22_002);
          assertThat(busy.getMessage()).isEqualTo(TaskBusyException.MESSAGE);
        });
    assertThat(attempts).isEqualTo(FormValidationEnginePlugin.COMPLETION_ATTEMPTS);
    assertThat(markers).as("the engine's error log is dropped on the attempts that are retried, not on the last")
        .containsExactly("1", "2", "null");
    assertThat(MDC.get(FormValidationEnginePlugin.RETRIABLE_COMPLETION)).isNull();
  }

  @Test
  void aCollisionFollowedBySuccess_storesTheWorkOnTheRetry() {
    outcomes.add(() -> {
      throw new DataIntegrityViolationException("duplicate", new SQLException("unique", "23505"));
    });
    outcomes.add(() -> "stored");

    assertThat((Object) interceptor.execute(complete())).isEqualTo("stored");
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aCollisionThatFindsTheTaskGone_tellsTheOfficerItIsNoLongerOpen() {
    outcomes.add(() -> {
      throw new OptimisticLockingException("collided");
    });
    outcomes.add(() -> {
      throw new NullValueException("Cannot find task with id abc: task is null");
    });

    assertThatThrownBy(() -> interceptor.execute(submit()))
        .isInstanceOfSatisfying(TaskNoLongerOpenException.class, gone -> assertThat(gone.getCode()).isEqualTo(22_001));
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aRefusedFormWrappedByTheEngine_reachesTheCallerUnwrapped_andIsNotRetried() {
    FormValidationException refusal = new FormValidationException("number", "Số văn bản không được để trống.");
    outcomes.add(() -> {
      throw new ProcessEngineException("There was an exception while invoking the TaskListener", refusal);
    });

    assertThatThrownBy(() -> interceptor.execute(submit())).isSameAs(refusal);
    assertThat(attempts).isEqualTo(1);
  }

  @Test
  void aPermissionRefusal_isCheckedOnceMore_thenStands() {
    for (int i = 0; i < 2; i++) {
      outcomes.add(() -> {
        throw new AuthorizationException("demo", "TASK_WORK", "Task", "abc");
      });
    }

    assertThatThrownBy(() -> interceptor.execute(complete())).isInstanceOf(AuthorizationException.class);
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aCommandInsideACallersTransaction_isNeverRetried() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    OptimisticLockingException collision = new OptimisticLockingException("collided");
    outcomes.add(() -> {
      throw collision;
    });

    assertThatThrownBy(() -> interceptor.execute(submit())).isSameAs(collision);
    assertThat(attempts).isEqualTo(1);
    assertThat(markers).containsExactly("null");
  }

  /**
   * The race the sector-form test met: a completion read the task before a concurrent completion of it
   * committed and the process after, carried the process on and failed at the next gateway.
   */
  @Test
  void aFailureInTheModel_thatFindsTheTaskGoneOnTheSecondAttempt_tellsTheOfficerItIsNoLongerOpen() {
    outcomes.add(() -> {
      throw new ProcessEngineException("Unknown property used in expression: ${planApproved}");
    });
    outcomes.add(() -> {
      throw new NullValueException("Cannot find task with id abc: task is null");
    });

    assertThatThrownBy(() -> interceptor.execute(submit())).isInstanceOf(TaskNoLongerOpenException.class);
    assertThat(attempts).isEqualTo(2);
    assertThat(markers).containsExactly("1", "2");
  }

  @Test
  void aFailureOfAnotherKind_isCheckedOnceMore_thenStands() {
    ProcessEngineException first = new ProcessEngineException("listener failed");
    ProcessEngineException second = new ProcessEngineException("listener failed again");
    outcomes.add(() -> {
      throw first;
    });
    outcomes.add(() -> {
      throw second;
    });

    assertThatThrownBy(() -> interceptor.execute(complete())).isSameAs(second);
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void otherCommands_areNotRetried_andOtherIntegrityErrors_notAsCollisions() {
    OptimisticLockingException collision = new OptimisticLockingException("collided");
    outcomes.add(() -> {
      throw collision;
    });
    assertThatThrownBy(() -> interceptor.execute(new GetTaskFormVariablesCmd("abc", null, true))).isSameAs(collision);
    assertThat(attempts).isEqualTo(1);

    DataIntegrityViolationException notNull =
        new DataIntegrityViolationException("null", new SQLException("not null", "23502"));
    for (int i = 0; i < 3; i++) {
      outcomes.add(() -> {
        throw notNull;
      });
    }
    assertThatThrownBy(() -> interceptor.execute(complete())).isSameAs(notNull);
    assertThat(attempts).as("checked once more, not retried up to three times").isEqualTo(3);
  }

  private static SubmitTaskFormCmd submit() {
    return new SubmitTaskFormCmd("abc", Map.of(), false, false);
  }

  private static CompleteTaskCmd complete() {
    return new CompleteTaskCmd("abc", Map.of());
  }
}
