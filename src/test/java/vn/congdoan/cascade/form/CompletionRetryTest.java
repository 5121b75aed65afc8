package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retry's decisions, one attempt at a time: the engine is replaced by a script of outcomes and the
 * task query by a flag, so that each branch is reached deterministically, the exhausted retry (22002)
 * included, which a real collision reaches only by chance.
 */
class CompletionRetryTest {

  private final Deque<Supplier<Object>> outcomes = new ArrayDeque<>();
  private int attempts;
  private int queries;
  /** Whether the task query finds the task. */
  private boolean taskOpen = true;
  /** The logging context's retry marker as each attempt saw it. */
  private final List<String> markers = new ArrayList<>();
  private final CompletionRetry retry = new CompletionRetry(taskId -> {
    queries++;
    return taskOpen;
  });

  @AfterEach
  void noTransactionLeftActive() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  private Object complete() {
    return retry.complete("abc", () -> {
      attempts++;
      markers.add(String.valueOf(MDC.get(CompletionRetry.RETRIABLE_COMPLETION)));
      assertThat(MDC.get(CompletionRetry.COMPLETION)).isEqualTo(String.valueOf(attempts));
      return outcomes.removeFirst().get();
    });
  }

  private void failWith(RuntimeException e) {
    outcomes.add(() -> {
      throw e;
    });
  }

  @Test
  void aCompletionThatKeepsColliding_isTriedThreeTimes_thenAnswered22002() {
    for (int i = 0; i < 5; i++) {
      failWith(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed"));
    }

    assertThatThrownBy(this::complete).isInstanceOfSatisfying(TaskBusyException.class, busy -> {
      assertThat(busy.getCode()).isEqualTo(22_002);
      assertThat(busy.getMessage()).isEqualTo(TaskBusyException.MESSAGE);
    });
    assertThat(attempts).isEqualTo(CompletionRetry.COMPLETION_ATTEMPTS);
    assertThat(markers).as("the engine's error log is dropped on the attempts that are retried, not on the last")
        .containsExactly("1", "2", "null");
    assertThat(MDC.get(CompletionRetry.RETRIABLE_COMPLETION)).isNull();
    assertThat(MDC.get(CompletionRetry.COMPLETION)).isNull();
  }

  @Test
  void aCollisionFollowedBySuccess_storesTheWorkOnTheRetry() {
    failWith(new DataIntegrityViolationException("duplicate", new SQLException("unique", "23505")));
    outcomes.add(() -> "stored");

    assertThat(complete()).isEqualTo("stored");
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aFailureAfterWhichTheQueryFindsNoTask_tellsTheOfficerItIsNoLongerOpen_withoutAnotherAttempt() {
    failWith(new OptimisticLockingException("collided"));
    taskOpen = false;

    assertThatThrownBy(this::complete)
        .isInstanceOfSatisfying(TaskNoLongerOpenException.class, gone -> assertThat(gone.getCode()).isEqualTo(22_001));
    assertThat(attempts).isEqualTo(1);
    assertThat(queries).isEqualTo(1);
  }

  @Test
  void aTaskNotFound_isRecognisedByTheQuery_notByTheMessage() {
    failWith(new NullValueException("any wording"));
    taskOpen = false;
    assertThatThrownBy(this::complete).isInstanceOf(TaskNoLongerOpenException.class);

    NullValueException otherNull = new NullValueException("Cannot find task with id abc: task is null");
    failWith(otherNull);
    failWith(otherNull);
    taskOpen = true;
    attempts = 0;
    assertThatThrownBy(this::complete).as("the task is there: the failure is no missing task").isSameAs(otherNull);
  }

  @Test
  void aRefusal_isNeitherRetriedNorLookedUp() {
    FormValidationException refusal = new FormValidationException("number", "Số văn bản không được để trống.");
    failWith(refusal);

    assertThatThrownBy(this::complete).isSameAs(refusal);
    assertThat(attempts).isEqualTo(1);
    assertThat(queries).isZero();
  }

  @Test
  void aPermissionRefusal_isCheckedOnceMore_thenStands() {
    for (int i = 0; i < 2; i++) {
      failWith(new AuthorizationException("demo", "TASK_WORK", "Task", "abc"));
    }

    assertThatThrownBy(this::complete).isInstanceOf(AuthorizationException.class);
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aCompletionInsideACallersTransaction_isNeverRetried() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    OptimisticLockingException collision = new OptimisticLockingException("collided");
    failWith(collision);

    assertThatThrownBy(this::complete).isSameAs(collision);
    assertThat(attempts).isEqualTo(1);
    assertThat(markers).containsExactly("null");
  }

  /**
   * The race the sector-form test met: a completion read the task before a concurrent completion of it
   * committed and the process after, carried the process on and failed at the next gateway.
   */
  @Test
  void aFailureInTheModel_afterWhichTheTaskIsGone_tellsTheOfficerItIsNoLongerOpen() {
    failWith(new ProcessEngineException("Unknown property used in expression: ${planApproved}"));
    taskOpen = false;

    assertThatThrownBy(this::complete).isInstanceOf(TaskNoLongerOpenException.class);
    assertThat(markers).containsExactly("1");
  }

  @Test
  void aFailureOfAnotherKind_isCheckedOnceMore_thenStands() {
    ProcessEngineException first = new ProcessEngineException("listener failed");
    ProcessEngineException second = new ProcessEngineException("listener failed again");
    failWith(first);
    failWith(second);

    assertThatThrownBy(this::complete).isSameAs(second);
    assertThat(attempts).isEqualTo(2);
    assertThat(markers).containsExactly("1", "2");
  }

  @Test
  void otherIntegrityErrors_areNotCollisions() {
    DataIntegrityViolationException notNull =
        new DataIntegrityViolationException("null", new SQLException("not null", "23502"));
    for (int i = 0; i < 3; i++) {
      failWith(notNull);
    }
    assertThatThrownBy(this::complete).isSameAs(notNull);
    assertThat(attempts).as("checked once more, not retried up to three times").isEqualTo(2);
  }

  @Test
  void aServiceMethodHandingOnToAnother_isNotRetriedTwice() {
    for (int i = 0; i < 9; i++) {
      failWith(new OptimisticLockingException("collided"));
    }
    assertThatThrownBy(() -> retry.complete("abc", this::complete)).isInstanceOf(TaskBusyException.class);
    assertThat(attempts).isEqualTo(CompletionRetry.COMPLETION_ATTEMPTS);
  }
}
