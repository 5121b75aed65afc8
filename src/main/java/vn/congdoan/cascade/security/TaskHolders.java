package vn.congdoan.cascade.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Who may hold a task: an officer of one of its candidate groups, one of its candidate users, or an administrator. */
@Component
public class TaskHolders {

  /** A task's current assignee and owner. */
  public record Holders(String assignee, String owner) {
  }

  private final TaskService tasks;
  private final IdentityService identity;

  public TaskHolders(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The task's assignee and owner, or empty if no task of that id is open. */
  public Optional<Holders> current(String taskId) {
    Task task = WithoutCaller.lookup(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
    return Optional.ofNullable(task).map(t -> new Holders(t.getAssignee(), t.getOwner()));
  }

  /**
   * Whether the user may hold the task. True as well when there is no such open task (the engine answers
   * that) or the task is offered to nobody in particular.
   */
  public boolean mayHold(String taskId, String userId) {
    return WithoutCaller.lookup(identity, () -> {
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        return true;
      }
      List<IdentityLink> candidates = tasks.getIdentityLinksForTask(taskId).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
      if (candidates.isEmpty() || candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
        return true;
      }
      Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
          .collect(Collectors.toSet());
      return groups.contains(Groups.CAMUNDA_ADMIN)
          || candidates.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    });
  }
}
