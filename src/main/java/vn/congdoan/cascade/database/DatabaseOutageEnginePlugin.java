package vn.congdoan.cascade.database;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets {@link DatabaseOutageFilter} know that an engine command of the request failed because the
 * database could not be reached. The REST resources of the engine and of the webapps turn every
 * exception into an answer of their own (HTTP 500, the exception's English message) before a servlet
 * filter could see it; this interceptor, outside the engine's transaction, sees the exception first.
 */
@Component
class DatabaseOutageEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new NoticeOutage());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class NoticeOutage extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException | Error e) {
        DatabaseOutage.failed(e);
        throw e;
      }
    }
  }
}
