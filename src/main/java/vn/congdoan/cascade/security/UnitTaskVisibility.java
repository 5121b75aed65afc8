package vn.congdoan.cascade.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * The office of the unit a CĐCS reports to follows the CĐCS's open tasks in Tasklist (the filter "Tất cả đơn vị"),
 * read-only: each task of a grassroots union's process is readable by that office's group, granted when the task
 * is created (one row, removed with the task). Only the direct parent's office: no other unit, sibling or not, can
 * read it; the levels above follow the progress page. The office's own tasks in that process (the review of the
 * unit's nominations) are its candidate group's, which the engine grants itself.
 */
@Component
class UnitTaskVisibility {

  private static final Logger log = LoggerFactory.getLogger(UnitTaskVisibility.class);

  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final RuntimeService runtime;

  private final IdentityService identity;

  UnitTaskVisibility(AuthorizationService authorizations, TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  void taskCreated(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
        || !task.getProcessDefinitionId().startsWith(GrassrootsUnionContract.PROCESS_KEY + ":")) {
      return;
    }
    String office = GrassrootsUnionContract.SECTOR_OFFICE_GROUP.from(task).getOrNull();
    // the office's own task (the review of the unit's nominations) has the office as its candidate group, which the
    // engine grants already; read from the model, not the task's identity links (no query)
    if (office != null && !isOfficesOwn(task)) {
      grant(task.getId(), office);
    }
  }

  private static boolean isOfficesOwn(DelegateTask task) {
    UserTask definition = task.getBpmnModelElementInstance();
    String candidates = definition == null ? null : definition.getCamundaCandidateGroups();
    return candidates != null && candidates.contains(GrassrootsUnionContract.SECTOR_OFFICE_GROUP.name());
  }

  /**
   * Grants the parent's office every open task of the grassroots unions' processes, for tasks created before the
   * grant was made per task (the one-sector version let the sector's groups read every task); returns how many.
   */
  int grantOpenTasks() {
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(GrassrootsUnionContract.PROCESS_KEY).list();
    Map<String, String> officeOf = new HashMap<>();
    List<String> instances = new ArrayList<>(open.stream().map(Task::getProcessInstanceId).distinct().toList());
    for (int from = 0; from < instances.size(); from += 1000) {
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .variableName(GrassrootsUnionContract.SECTOR_OFFICE_GROUP.name())
          .processInstanceIdIn(instances.subList(from, Math.min(instances.size(), from + 1000)).toArray(String[]::new))
          .list()) {
        officeOf.put(variable.getProcessInstanceId(), (String) variable.getValue());
      }
    }
    int granted = 0;
    for (Task task : open) {
      String office = officeOf.get(task.getProcessInstanceId());
      if (office != null && authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
          .groupIdIn(office).count() == 0) {
        grant(task.getId(), office);
        granted++;
      }
    }
    log.info("Open tasks of grassroots unions made readable to their parent's office: {}", granted);
    return granted;
  }

  private void grant(String taskId, String group) {
    // as the application: the task is created in an officer's completion, and officers may not write grants
    WithoutCaller.lookup(identity, () -> {
      save(taskId, group);
      return null;
    });
  }

  private void save(String taskId, String group) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
