package vn.congdoan.cascade.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.organisation.OrganisationSynchronised;
import vn.congdoan.cascade.security.Grants;

/**
 * The Tasklist filters officers start with. Everyone: the open tasks of their unit (tasks of the
 * groups they belong to and tasks they hold, earliest due date first), those due within three days,
 * those overdue, and the tasks they have claimed. The office of a unit with children also gets its CĐCS' open tasks
 * (read-only: each such task is readable by the office of the unit the CĐCS reports to, and by no other unit). Each
 * filter is created once (by name); an administrator may edit it afterwards in Tasklist.
 */
@Component
public class TasklistFilters {

  public static final String MY_UNIT = "Việc của đơn vị";
  public static final String DUE_SOON = "Sắp đến hạn";
  public static final String OVERDUE = "Quá hạn";
  public static final String CLAIMED = "Việc tôi đã nhận";
  public static final String ALL_UNITS = "Tất cả đơn vị";

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = new Grants(authorizations);
  }

  @EventListener
  @Order(10)
  public void on(OrganisationSynchronised organisation) {
    everyone(MY_UNIT, "Các việc đang mở của đơn vị tôi, việc sắp đến hạn lên trước", -20, mine().orderByDueDate().asc());
    everyone(DUE_SOON, "Việc của đơn vị đến hạn trong 3 ngày tới", -15,
        mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}").orderByDueDate().asc());
    everyone(OVERDUE, "Việc của đơn vị đã quá hạn", -10, mine().dueBeforeExpression("${now()}").orderByDueDate().asc());
    everyone(CLAIMED, "Các việc tôi đã nhận xử lý", -5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    Filter allUnits = save(ALL_UNITS, "Việc đang mở của các CĐCS trực thuộc (chỉ xem, để theo dõi tiến độ)", 0,
        tasks.createTaskQuery().processDefinitionKey(GrassrootsUnionContract.PROCESS_KEY).orderByDueDate().asc());
    for (String office : organisation.sectorOfficeGroups()) {
      grants.toGroup(office, Resources.FILTER, allUnits.getId(), Permissions.READ);
    }
    // the one-sector version gave the filter to the chair and administrators too; it shows them nothing now
    for (String group : organisation.sectorGroups()) {
      if (!organisation.sectorOfficeGroups().contains(group)) {
        grants.withdrawFromGroup(group, Resources.FILTER, allUnits.getId(), Permissions.values(), Permissions.READ);
      }
    }
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks();
  }

  private void everyone(String name, String description, int priority, TaskQuery query) {
    Filter filter = save(name, description, priority, query);
    grants.toEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /**
   * Filters created before tasks were named after their unit showed the unit's code on every card ("Mã
   * CĐCS: cdcs-…"); the name says the unit now, so that column is dropped (any other an administrator
   * added stays).
   */
  private Filter withoutUnitCode(Filter filter) {
    Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(filter.getProperties());
    if (!(properties.get("variables") instanceof List<?> variables)) {
      return filter;
    }
    List<?> kept = variables.stream().filter(v -> !(v instanceof Map<?, ?> m
        && GrassrootsUnionContract.UNIT_CODE.name().equals(m.get("name")))).toList();
    if (kept.size() == variables.size()) {
      return filter;
    }
    properties.put("variables", kept);
    filter.setProperties(properties);
    return filters.saveFilter(filter);
  }

  private Filter save(String name, String description, int priority, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return withoutUnitCode(existing);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filters.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
    return filters.saveFilter(filter);
  }
}
