package vn.congdoan.cascade.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.OpenTasks;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.organisation.Administrators;

/**
 * Who may hold a task: an officer of one of its candidate groups, one of its candidate users, or an
 * administrator; and to which groups it may be offered: those it is offered to already.
 */
@Component
class TaskHolders {

  private final TaskService tasks;
  private final OpenTasks openTasks;
  private final IdentityService identity;
  private final Administrators administrators;

  TaskHolders(TaskService tasks, OpenTasks openTasks, IdentityService identity, Administrators administrators) {
    this.tasks = tasks;
    this.openTasks = openTasks;
    this.identity = identity;
    this.administrators = administrators;
  }

  /** The open task of that id as stored, whoever asks, or empty if there is none. */
  Optional<Task> task(String taskId) {
    return openTasks.find(taskId);
  }

  /**
   * Whether the user may hold the task. True as well when there is no such open task (the engine answers
   * that) or the task is offered to nobody in particular.
   */
  boolean mayHold(String taskId, String userId) {
    return candidates(taskId).map(candidates -> candidates.isEmpty()
        || candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))
        || WithoutCaller.lookup(identity, () -> candidates.stream().anyMatch(link -> link.getGroupId() != null
            && identity.createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0))
        || administrators.isAdministrator(userId)).orElse(true);
  }

  /**
   * Whether the task may be offered to the group: only if it is offered to it already (the model decides
   * a task's groups). True as well when there is no such open task.
   */
  boolean mayBeOfferedTo(String taskId, String groupId) {
    return candidates(taskId).map(candidates -> candidates.stream().anyMatch(link -> groupId.equals(link.getGroupId())))
        .orElse(true);
  }

  /** The task's candidate links, or empty if no task of that id is open. */
  private Optional<List<IdentityLink>> candidates(String taskId) {
    return WithoutCaller.lookup(identity, () -> !openTasks.isOpen(taskId)
        ? Optional.<List<IdentityLink>>empty()
        : Optional.of(tasks.getIdentityLinksForTask(taskId).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList()));
  }
}
