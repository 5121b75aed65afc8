package vn.congdoan.cascade.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * The {@link FormTaskListener}s of a user task, found through the model: the user task's listener,
 * {@code delegateExpression="${subPlanTask}"}, is the bean of that name. Known per process definition and task,
 * so the model is read once per version (the model of a deployed version never changes).
 */
@Component
class FormListeners {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, FormTaskListener> listeners;
  private final Map<String, List<FormTaskListener>> byDefinitionAndTask = new ConcurrentHashMap<>();

  FormListeners(RepositoryService repository, IdentityService identity, Map<String, FormTaskListener> listeners) {
    this.repository = repository;
    this.identity = identity;
    this.listeners = listeners;
  }

  /** The form listeners of the user task {@code taskKey} of that process definition (none for another element). */
  List<FormTaskListener> of(String processDefinitionId, String taskKey) {
    return byDefinitionAndTask.computeIfAbsent(processDefinitionId + "#" + taskKey,
        key -> WithoutCaller.lookup(identity, () -> fromModel(processDefinitionId, taskKey)));
  }

  private List<FormTaskListener> fromModel(String processDefinitionId, String taskKey) {
    ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
    ExtensionElements extensions = element instanceof UserTask userTask ? userTask.getExtensionElements() : null;
    if (extensions == null) {
      return List.of();
    }
    List<FormTaskListener> found = new ArrayList<>();
    for (CamundaTaskListener declared : extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list()) {
      Matcher bean = BEAN.matcher(String.valueOf(declared.getCamundaDelegateExpression()));
      FormTaskListener listener = bean.matches() ? listeners.get(bean.group(1)) : null;
      if (listener != null && !found.contains(listener)) {
        found.add(listener);
      }
    }
    return List.copyOf(found);
  }
}
