package vn.congdoan.cascade.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * <b>Engine internals</b> (with {@link GuardedServices}): puts the {@link EngineRules} into the engine, so
 * that every path to it — the REST API, the webapps' copy of it, Java — passes the same rules whatever
 * the URL looked like. Installs the guarded task, form, runtime and identity services before the engine
 * initialises its services, and replaces the engine's account lock (ten wrong passwords locked an account
 * for good, whoever typed them) by the {@link LoginThrottle}, per account and client and for a time.
 * The rules are looked up when first needed: they use the engine's services themselves.
 */
@Component
class EngineRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<EngineRules> rules;
  private final LoginThrottle throttle;

  EngineRulesPlugin(ObjectProvider<EngineRules> rules, LoginThrottle throttle) {
    this.rules = rules;
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    GuardedServices services = new GuardedServices(configuration, rules::getObject);
    configuration.setTaskService(services.taskService());
    configuration.setFormService(services.formService());
    configuration.setRuntimeService(services.runtimeService());
    configuration.setIdentityService(services.identityService(throttle));
    // the engine's own lock: never for good, and no delay (a delay refuses the right password too, to everyone)
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }
}
