package vn.congdoan.cascade.database;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for what the engine itself asks on every completion. Completing a task,
 * the engine looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}, query
 * {@code selectTasksByParentTaskId}); Camunda 7.24 creates no index on that column, so each completion read
 * every open task: 7.5 ms at 10,000 units on PostgreSQL, growing with the units (issue 17, docs/benchmarks.md).
 * Created once the engine has built or checked its schema, with {@code if not exists} (H2 and PostgreSQL), so a
 * restart, a second node or an engine upgrade that adds its own index leaves it as it is. The engine's tables are
 * Camunda's, not Flyway's: the application's migrations run before the engine creates them on a new database.
 */
@Component
class EngineIndexes implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  /** Name and column list; the names start with {@code CASCADE_} so that they never clash with Camunda's. */
  static final List<String> INDEXES = List.of(
      "create index if not exists CASCADE_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_)");

  private final JdbcTemplate jdbc;

  /** The engine is a parameter so that its schema exists before this runs. */
  EngineIndexes(ProcessEngine engine, DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void afterPropertiesSet() {
    for (String statement : INDEXES) {
      try {
        jdbc.execute(statement);
      } catch (DataAccessException e) {
        // another node creating it at the same moment, or a database account without the right to create indexes
        log.warn("Could not create an index on the engine's tables ({}): {}. Completions stay slower until it exists; "
            + "a database administrator can run the statement.", statement, e.getMostSpecificCause().getMessage());
      }
    }
  }
}
