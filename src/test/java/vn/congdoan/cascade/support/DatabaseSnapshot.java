package vn.congdoan.cascade.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a refused submission could have written, read in one go: every row of the application's
 * tables (the document files by count and size), and the engine's open tasks, executions, variables and
 * finished tasks. Two snapshots are equal when nothing was stored in between.
 */
public final class DatabaseSnapshot {

  private static final List<String> APPLICATION_TABLES = List.of("directive", "implementing_plan", "unit_assignment",
      "sub_plan", "activity_report", "nomination", "results_report", "issued_document", "document_counter",
      "sent_notification", "org_unit", "org_officer");

  private static final Map<String, String> ENGINE_QUERIES = Map.of(
      "open tasks", "select ID_, REV_, ASSIGNEE_, DUE_DATE_ from ACT_RU_TASK order by ID_",
      "executions", "select ID_, REV_, ACT_ID_, IS_ACTIVE_ from ACT_RU_EXECUTION order by ID_",
      "variables", "select ID_, REV_, NAME_, EXECUTION_ID_, TASK_ID_, TEXT_, LONG_, BYTEARRAY_ID_ from ACT_RU_VARIABLE order by ID_",
      "finished tasks", "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null",
      "process instances", "select count(*) from ACT_HI_PROCINST");

  private DatabaseSnapshot() {}

  /**
   * What a submission of one grassroots union's task could have written: its assignment, its own rows,
   * its process instance's tasks, executions and variables. For tests where other work goes on meanwhile
   * (the job executor runs other units).
   */
  public static Map<String, List<Map<String, Object>>> ofUnit(JdbcTemplate jdbc, long assignmentId, String processInstanceId) {
    Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
    snapshot.put("unit_assignment", jdbc.queryForList("select * from unit_assignment where id = ?", assignmentId));
    for (String table : List.of("sub_plan", "activity_report", "nomination")) {
      snapshot.put(table, jdbc.queryForList("select * from " + table + " where assignment_id = ? order by id", assignmentId));
    }
    snapshot.put("tasks", jdbc.queryForList("select ID_, TASK_DEF_KEY_, ASSIGNEE_ from ACT_RU_TASK where PROC_INST_ID_ = ? order by ID_",
        processInstanceId));
    snapshot.put("executions", jdbc.queryForList("select ID_, REV_, ACT_ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ? order by ID_",
        processInstanceId));
    snapshot.put("variables", jdbc.queryForList("select ID_, REV_, NAME_, TEXT_, LONG_ from ACT_RU_VARIABLE "
        + "where PROC_INST_ID_ = ? order by ID_", processInstanceId));
    snapshot.put("finished tasks", jdbc.queryForList("select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = ? "
        + "and END_TIME_ is not null order by ID_", processInstanceId));
    return snapshot;
  }

  public static Map<String, List<Map<String, Object>>> take(JdbcTemplate jdbc) {
    Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
    for (String table : APPLICATION_TABLES) {
      snapshot.put(table, jdbc.queryForList("select * from " + table + " order by id"));
    }
    snapshot.put("document_file", jdbc.queryForList("select count(*), coalesce(sum(octet_length(content)), 0) from document_file"));
    ENGINE_QUERIES.forEach((name, sql) -> snapshot.put(name, jdbc.queryForList(sql)));
    return snapshot;
  }
}
