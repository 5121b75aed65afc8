package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The fan-out's batch query (the next units of a directive without a process, in the order of their assignments)
 * and its count of the units left, answered from an index of the units not started yet. Without it PostgreSQL read
 * the directive's assignments from the first for every batch of 200, skipping those already started: 33.7 ms and
 * 78,000 buffers a batch at 100,000 units, a fifth of the database's time in the fan-out (docs/benchmarks.md, issue
 * 17, step 9). On PostgreSQL a partial index holds only the units not started; H2 has no partial indexes, so there
 * the index covers every assignment, the units not started last within a directive.
 */
public class V10__NotStartedUnitsIndex extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(postgres
          ? "create index ix_assignment_not_started on unit_assignment (directive_id, id) where process_instance_id is null"
          : "create index ix_assignment_not_started on unit_assignment (directive_id, process_instance_id, id)");
    }
  }
}
