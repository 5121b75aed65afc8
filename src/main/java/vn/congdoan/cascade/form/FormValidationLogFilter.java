package vn.congdoan.cascade.form;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops the engine's error log (with stack trace) of a command that failed only because a user's input
 * was refused, or only because the task it completes was no longer open (a double submission);
 * {@link FormValidationEnginePlugin} logs either in one line. Configured in
 * logback-spring.xml.
 */
public class FormValidationLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == Level.ERROR && logger.getName().startsWith("org.camunda.bpm.engine")) {
      Throwable thrown = t;
      if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
        thrown = last;
      }
      if (thrown != null && (FormValidationEnginePlugin.UnwrapFormValidation.find(thrown) != null
          || FormValidationEnginePlugin.UnwrapFormValidation.isTaskMissing(thrown))) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
