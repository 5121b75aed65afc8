package vn.congdoan.cascade.form;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * A refused form reaches the caller as it was thrown. The engine wraps an exception thrown by a task
 * listener into a generic one ("There was an exception while invoking the TaskListener …", HTTP 500);
 * this hook, seeing every failed engine command outside its transaction (installed by
 * {@code engine.EngineInternals}), finds the {@link FormValidationException} in the chain and throws it
 * instead, so that REST answers 400 with the officer's Vietnamese message, logged in one line instead of
 * a stack trace ({@link FormValidationLogFilter} drops the engine's error log of it), and announced once
 * as a {@link FormRefused} event (counted in the metrics).
 */
@Component
@Order(20)
class RefusalUnwrapping implements EngineHooks.CommandFailure {

  private static final Logger log = LoggerFactory.getLogger(RefusalUnwrapping.class);

  private final ApplicationEventPublisher events;

  RefusalUnwrapping(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public RuntimeException onFailure(RuntimeException failure) {
    FormValidationException refusal = find(failure);
    if (refusal == null) {
      return failure;
    }
    if (refusal.firstAnnouncement()) {
      List<String> fields = refusal.errors().stream().map(FormValidationException.FieldError::field).toList();
      log.info("Form input refused, nothing stored: fields {}", fields);
      events.publishEvent(new FormRefused(refusal.task(), fields));
    }
    return refusal;
  }

  /** The refusal in the exception's chain, or null. */
  static FormValidationException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
