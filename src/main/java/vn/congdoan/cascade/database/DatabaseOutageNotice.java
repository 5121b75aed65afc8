package vn.congdoan.cascade.database;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * Lets {@link DatabaseOutageFilter} know that an engine command of the request failed because the
 * database could not be reached. The REST resources of the engine and of the webapps turn every
 * exception into an answer of their own (HTTP 500, the exception's English message) before a servlet
 * filter could see it; this hook, outside the engine's transaction, sees the exception first (installed
 * by {@code engine.EngineInternals}; first of the hooks, so it sees the exception as the engine threw it).
 */
@Component
@Order(0)
class DatabaseOutageNotice implements EngineHooks.CommandFailure {

  @Override
  public RuntimeException onFailure(RuntimeException failure) {
    DatabaseOutage.failed(failure);
    return failure;
  }

  @Override
  public void onError(Error error) {
    DatabaseOutage.failed(error);
  }
}
