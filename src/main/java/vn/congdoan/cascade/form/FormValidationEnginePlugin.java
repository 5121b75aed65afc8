package vn.congdoan.cascade.form;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener into a generic one ("There was an exception
 * while invoking the TaskListener …", HTTP 500). This plugin adds an outermost command interceptor that
 * hands a refused form ({@link FormValidationException}) to the caller as it was thrown, so that REST
 * answers 400 with the officer's Vietnamese message, and logs one line instead of a stack trace.
 */
@Component
public class FormValidationEnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(FormValidationEnginePlugin.class);

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
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        FormValidationException refusal = find(e);
        if (refusal == null) {
          throw e;
        }
        log.info("Form input refused, nothing stored: fields {}", refusal.errors().stream()
            .map(FormValidationException.FieldError::field).toList());
        throw refusal;
      }
    }

    static FormValidationException find(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof FormValidationException refusal) {
          return refusal;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }
}
