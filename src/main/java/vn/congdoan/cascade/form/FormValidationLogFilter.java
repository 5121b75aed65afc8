package vn.congdoan.cascade.form;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Drops the engine's error log (with stack trace) of a command that failed only because a user's input
 * was refused, only because the task it completes was no longer open (a double submission), or because a
 * task completion collided with a concurrent change or failed on its first attempt and is about to be
 * retried (the engine's "ENGINE-16004 Exception while closing command context");
 * {@link RefusalUnwrapping} and {@link CompletionRetry} log each of these in one line. A completion's
 * task not found is recognised by the exception's type while {@link CompletionRetry} runs it: that class
 * then looks the task up, and reports the failure itself if the task is still there. A collision on the last attempt, and
 * a failure of another kind on the second, are still logged as the engine's error.
 * Configured in logback-spring.xml.
 */
public class FormValidationLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == Level.ERROR && logger.getName().startsWith("org.camunda.bpm.engine")) {
      Throwable thrown = t;
      if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
        thrown = last;
      }
      if (thrown != null && (RefusalUnwrapping.find(thrown) != null || isTaskNotFound(thrown) || isRetried(thrown))) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  /** The engine found no task while a completion ran ({@link CompletionRetry} checks by a query and reports it). */
  private static boolean isTaskNotFound(Throwable thrown) {
    return MDC.get(CompletionRetry.COMPLETION) != null
        && (thrown instanceof NullValueException || thrown instanceof NotFoundException);
  }

  /** A completion's collision before its last attempt, or any failure of its first attempt, is retried. */
  private static boolean isRetried(Throwable thrown) {
    String attempt = MDC.get(CompletionRetry.RETRIABLE_COMPLETION);
    return attempt != null && ("1".equals(attempt) || CompletionRetry.isConcurrentChange(thrown));
  }
}
