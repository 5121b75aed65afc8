package vn.congdoan.cascade.engine;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An open task by its id, whoever asks (the checks that run before the engine's own: which variables a form may
 * carry, who may hold a task, whether a task is still open). One statement by the task table's primary key, through
 * the engine's public native task query: the task query's generic SQL, assembled for every call from dozens of
 * optional criteria, took 15 % of a completion's CPU to look up one task (docs/benchmarks.md, issue 17, step 8).
 */
@Component
public class OpenTasks {

  private final TaskService tasks;
  private final IdentityService identity;
  private final String byId;

  OpenTasks(TaskService tasks, IdentityService identity, ManagementService management) {
    this.tasks = tasks;
    this.identity = identity;
    this.byId = "select * from " + management.getTableName(Task.class) + " where ID_ = #{taskId}";
  }

  /** The open task of that id, or empty if there is none (never opened, completed or deleted). */
  public Optional<Task> find(String taskId) {
    if (taskId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(WithoutCaller.lookup(identity,
        () -> tasks.createNativeTaskQuery().sql(byId).parameter("taskId", taskId).singleResult()));
  }

  /** Whether a task of that id is open. */
  public boolean isOpen(String taskId) {
    return find(taskId).isPresent();
  }
}
