package vn.congdoan.cascade.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer starts with: the open tasks of their unit (the groups they belong
 * to, earliest due date first) and the tasks they have claimed. Created once; an administrator may
 * edit them afterwards in Tasklist.
 */
@Component
public class TasklistFilters implements ApplicationRunner {

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    create("Việc của đơn vị", "Các việc đang mở của đơn vị tôi, việc sắp đến hạn lên trước", -10,
        tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()
            .orderByDueDate().asc());
    create("Việc tôi đã nhận", "Các việc tôi đã nhận xử lý", -5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
  }

  private void create(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filters.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }
}
