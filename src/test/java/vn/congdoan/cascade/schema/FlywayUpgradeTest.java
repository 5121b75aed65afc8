package vn.congdoan.cascade.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an upgrade test of the Flyway scripts needs: a database of its own (H2 in memory here; the PostgreSQL twins
 * override the three connection settings) and the rows of a two-column query, in order.
 */
abstract class FlywayUpgradeTest {

  protected String url() {
    return "jdbc:h2:mem:" + getClass().getSimpleName() + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  }

  protected String user() {
    return "sa";
  }

  protected String password() {
    return "";
  }

  /** The first column mapped to the second, in the query's order. */
  static Map<String, String> rows(Statement s, String sql) throws SQLException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.put(r.getString(1), r.getString(2));
      }
    }
    return rows;
  }
}
