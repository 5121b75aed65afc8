package vn.congdoan.cascade.organisation;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * Hands an officer's open tasks back to their unit's group: the task loses its assignee and keeps its
 * candidate groups, its variables (what its form shows, drafts) and everything else, so a colleague of the
 * group can claim it and carry on. Done when the registry is synchronised for every officer who left a
 * group (retired, removed from the file, moved to another unit) — only the tasks they may no longer
 * hold — and by an administrator for an officer, all of their tasks.
 */
@Component
class OfficerTasks {

  private static final Logger log = LoggerFactory.getLogger(OfficerTasks.class);

  private final TaskService tasks;
  private final IdentityService identity;

  OfficerTasks(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** After a synchronisation: the tasks of these officers that none of their groups may hold any more. */
  int returnWhereNoLongerMember(Collection<String> userIds) {
    return WithoutCaller.lookup(identity, () -> {
      int returned = 0;
      for (String userId : userIds) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
          List<IdentityLink> candidates = candidateGroups(task);
          if (!candidates.isEmpty() && candidates.stream().noneMatch(link -> groups.contains(link.getGroupId()))) {
            returned += giveBack(task, userId);
          }
        }
      }
      return returned;
    });
  }

  /** The administrator's action: every open task assigned to the officer that has a group goes back to it. */
  int returnAll(String userId) {
    return WithoutCaller.lookup(identity, () -> {
      int returned = 0;
      for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
        if (!candidateGroups(task).isEmpty()) {
          returned += giveBack(task, userId);
        }
      }
      return returned;
    });
  }

  private List<IdentityLink> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null).toList();
  }

  private int giveBack(Task task, String userId) {
    tasks.setAssignee(task.getId(), null);
    log.info("Task {} ({}) of process instance {} returned from {} to its group", task.getId(), task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), userId);
    return 1;
  }
}
