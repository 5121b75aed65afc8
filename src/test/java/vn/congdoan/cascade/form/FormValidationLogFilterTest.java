package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Which of the engine's error logs are replaced by the application's one-line reports. */
class FormValidationLogFilterTest {

  private final FormValidationLogFilter filter = new FormValidationLogFilter();
  private final Logger engineContext = new LoggerContext().getLogger("org.camunda.bpm.engine.context");
  private final Logger application = new LoggerContext().getLogger("vn.congdoan.cascade.directive");

  @AfterEach
  void clearMarker() {
    MDC.remove(CompletionRetry.RETRIABLE_COMPLETION);
    MDC.remove(CompletionRetry.COMPLETION);
  }

  @Test
  void aRefusedForm_andACompletionsTaskNotFound_areNotLoggedAsEngineErrors() {
    assertThat(engineError(new ProcessEngineException("listener failed", new FormValidationException("number", "Thiếu số."))))
        .isEqualTo(FilterReply.DENY);
    NullValueException notFound = new NullValueException("Cannot find task with id abc: task is null");
    assertThat(engineError(notFound)).as("outside a completion: a real error").isEqualTo(FilterReply.NEUTRAL);
    MDC.put(CompletionRetry.COMPLETION, "3");
    assertThat(engineError(notFound)).as("CompletionRetry looks the task up and reports it").isEqualTo(FilterReply.DENY);
  }

  @Test
  void aCollision_isDroppedOnlyWhileTheCompletionWillBeRetried() {
    OptimisticLockingException collision = new OptimisticLockingException("collided");
    assertThat(engineError(collision)).as("outside a retriable completion: a real error").isEqualTo(FilterReply.NEUTRAL);

    MDC.put(CompletionRetry.RETRIABLE_COMPLETION, "2");
    assertThat(engineError(collision)).isEqualTo(FilterReply.DENY);
    assertThat(engineError(new ProcessEngineException("something else"))).as("the second attempt's other failure stands")
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, engineContext, Level.WARN, "ENGINE-16004", null, collision)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, application, Level.ERROR, "failed", null, collision)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void anyFailureOfTheFirstAttempt_isDropped_asItIsTriedOnceMore() {
    ProcessEngineException model = new ProcessEngineException("Unknown property used in expression: ${planApproved}");
    assertThat(engineError(model)).isEqualTo(FilterReply.NEUTRAL);
    MDC.put(CompletionRetry.RETRIABLE_COMPLETION, "1");
    assertThat(engineError(model)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void theThrowableMayComeAsTheLastParameter() {
    MDC.put(CompletionRetry.RETRIABLE_COMPLETION, "2");
    assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {new OptimisticLockingException("x")}, null))
        .isEqualTo(FilterReply.DENY);
  }

  private FilterReply engineError(Throwable thrown) {
    return filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {thrown.getMessage()}, thrown);
  }
}
