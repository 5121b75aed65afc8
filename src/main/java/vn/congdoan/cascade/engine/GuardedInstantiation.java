package vn.congdoan.cascade.engine;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's process instantiation, with the start's variables and instructions noted so that
 * {@link ServiceRules#starting} decides before the process is created: every way of starting a process
 * through the services ({@code startProcessInstanceBy…}, {@code createProcessInstanceBy…}) ends here.
 */
final class GuardedInstantiation implements ProcessInstantiationBuilder {

  /** Called with the start's variables and whether it starts elsewhere than at the start event. */
  interface Check {
    void starting(Map<String, Object> variables, boolean elsewhere);
  }

  private final ProcessInstantiationBuilder builder;
  private final Check check;
  private final Map<String, Object> variables = new HashMap<>();
  private boolean instructions;

  GuardedInstantiation(ProcessInstantiationBuilder builder, Check check) {
    this.builder = builder;
    this.check = check;
  }

  @Override
  public ProcessInstantiationBuilder startBeforeActivity(String activityId) {
    instructions = true;
    builder.startBeforeActivity(activityId);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder startAfterActivity(String activityId) {
    instructions = true;
    builder.startAfterActivity(activityId);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder startTransition(String transitionId) {
    instructions = true;
    builder.startTransition(transitionId);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder setVariable(String name, Object value) {
    variables.put(name, value);
    builder.setVariable(name, value);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder setVariableLocal(String name, Object value) {
    variables.put(name, value);
    builder.setVariableLocal(name, value);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder setVariables(Map<String, Object> values) {
    if (values != null) {
      note(values);
    }
    builder.setVariables(values);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder setVariablesLocal(Map<String, Object> values) {
    if (values != null) {
      note(values);
    }
    builder.setVariablesLocal(values);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder processDefinitionTenantId(String tenantId) {
    builder.processDefinitionTenantId(tenantId);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder processDefinitionWithoutTenantId() {
    builder.processDefinitionWithoutTenantId();
    return this;
  }

  @Override
  public ProcessInstantiationBuilder businessKey(String businessKey) {
    builder.businessKey(businessKey);
    return this;
  }

  @Override
  public ProcessInstantiationBuilder caseInstanceId(String caseInstanceId) {
    builder.caseInstanceId(caseInstanceId);
    return this;
  }

  @Override
  public ProcessInstance execute() {
    return execute(false, false);
  }

  @Override
  public ProcessInstance execute(boolean skipCustomListeners, boolean skipIoMappings) {
    check.starting(variables, instructions || skipCustomListeners || skipIoMappings);
    return builder.execute(skipCustomListeners, skipIoMappings);
  }

  @Override
  public ProcessInstanceWithVariables executeWithVariablesInReturn() {
    return executeWithVariablesInReturn(false, false);
  }

  @Override
  public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners, boolean skipIoMappings) {
    check.starting(variables, instructions || skipCustomListeners || skipIoMappings);
    return builder.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
  }

  /**
   * Notes the start's variables by name without reading their values: a {@link VariableMap} hands out a
   * value that is not deserialized (a Java-serialized or JSON {@code Object} sent through REST) only as
   * a typed value, and would fail with "Object is not deserialized" (HTTP 500) before the engine could
   * refuse it with the officer's message.
   */
  private void note(Map<String, Object> values) {
    if (values instanceof VariableMap typed) {
      typed.keySet().forEach(name -> variables.put(name, typed.getValueTyped(name)));
    } else {
      variables.putAll(values);
    }
  }
}
