package vn.congdoan.cascade.form;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.engine.EngineHooks;
import vn.congdoan.cascade.engine.OpenTasks;

/**
 * What a task's form shows, worked out as the form is opened: its {@link FormTaskListener}s'
 * {@link FormTaskListener#shown} values, read from the application's tables in one read-only transaction. The
 * engine has checked that the caller may read the task before it asks ({@link EngineHooks.ShownFormValues}).
 */
@Component
class OpenedForms implements EngineHooks.ShownFormValues {

  private final OpenTasks openTasks;
  private final FormListeners listeners;
  private final TransactionTemplate readOnly;

  OpenedForms(OpenTasks openTasks, FormListeners listeners, PlatformTransactionManager transactions) {
    this.openTasks = openTasks;
    this.listeners = listeners;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public VariableMap shown(String taskId, VariableMap read) {
    Task task = openTasks.find(taskId).orElse(null);
    List<FormTaskListener> forms = task == null || task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null
        ? List.of() : listeners.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    if (forms.isEmpty()) {
      return Variables.createVariables();
    }
    OpenedForm form = new OpenedForm(read);
    return readOnly.execute(status -> {
      VariableMap shown = Variables.createVariables();
      forms.forEach(listener -> shown.putAll(listener.shownValues(form)));
      return shown;
    });
  }
}
