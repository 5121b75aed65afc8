package vn.congdoan.cascade.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link AbstractCrashRecoveryTest} on the default database of application.yaml: an H2 file,
 * {@code ./data/cascade-db} under the test's directory, opened with the production URL.
 */
class CrashRecoveryTest extends AbstractCrashRecoveryTest {

  @Override
  protected List<String> applicationDatabase() {
    return List.of("--spring.profiles.active=demo");
  }

  @Override
  protected Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/cascade-db").toAbsolutePath(), "sa", "");
  }
}
