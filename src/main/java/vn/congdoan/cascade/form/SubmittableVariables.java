package vn.congdoan.cascade.form;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.OpenTasks;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * Which variables a start or a completion may carry. A task's: those its {@link FormTaskListener} names
 * ({@link FormListeners}). A task without such a listener accepts none. A process's start: its {@link StartForm}'s.
 */
@Component
public class SubmittableVariables {

  private final OpenTasks openTasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final FormListeners formListeners;
  private final Map<String, Set<String>> startForms;
  private final Map<String, Set<String>> byDefinitionAndTask = new ConcurrentHashMap<>();

  SubmittableVariables(OpenTasks openTasks, RepositoryService repository, IdentityService identity,
      FormListeners formListeners, List<StartForm> startForms) {
    this.openTasks = openTasks;
    this.repository = repository;
    this.identity = identity;
    this.formListeners = formListeners;
    this.startForms = startForms.stream().collect(Collectors.toUnmodifiableMap(StartForm::processDefinitionKey,
        StartForm::submittedVariables));
  }

  /**
   * The names a start request of the process may carry, the process named by its key or else by the id
   * of one of its versions; empty if it has no {@link StartForm} (or no such process): the engine's
   * authorizations decide who may start it.
   */
  public Optional<Set<String>> ofStart(String processDefinitionKey, String processDefinitionId) {
    String key = processDefinitionKey != null ? processDefinitionKey : withoutAuthentication(() -> {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(processDefinitionId).singleResult();
      return definition == null ? null : definition.getKey();
    });
    return Optional.ofNullable(key == null ? null : startForms.get(key));
  }

  /**
   * The names a completion of the task may carry, or empty if no task of that id is open (the engine
   * then answers as it does for any such task). Looked up whoever is calling: what a form may submit does
   * not depend on who submits it; whether they may complete the task is the engine's check.
   */
  public Optional<Set<String>> ofTask(String taskId) {
    Task task = openTasks.find(taskId).orElse(null);
    if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return Optional.empty();
    }
    return Optional.of(ofUserTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
  }

  /** The names a completion of the user task {@code taskKey} of that process definition may carry. */
  public Set<String> ofUserTask(String processDefinitionId, String taskKey) {
    return byDefinitionAndTask.computeIfAbsent(processDefinitionId + "#" + taskKey, key -> {
      Set<String> names = new HashSet<>();
      formListeners.of(processDefinitionId, taskKey).forEach(listener -> names.addAll(listener.submittedVariables()));
      return Set.copyOf(names);
    });
  }

  private <T> T withoutAuthentication(Supplier<T> lookup) {
    return WithoutCaller.lookup(identity, lookup);
  }
}
