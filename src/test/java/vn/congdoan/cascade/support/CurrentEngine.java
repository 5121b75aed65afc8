package vn.congdoan.cascade.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Camunda keeps process engines in a static registry by name. Every Spring test context starts an
 * engine named "default" and registers it, replacing the engine of a context created earlier, which
 * Spring caches and hands to later test classes. The REST API and the webapps look the engine up in
 * that registry, so a test class that calls them makes its own context's engine the registered one
 * first, whatever ran before it.
 */
public final class CurrentEngine {

  private CurrentEngine() {}

  public static void use(ProcessEngine engine) {
    ProcessEngines.registerProcessEngine(engine);
  }
}
