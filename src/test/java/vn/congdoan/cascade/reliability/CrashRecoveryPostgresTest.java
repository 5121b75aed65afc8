package vn.congdoan.cascade.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link AbstractCrashRecoveryTest} on PostgreSQL, as in production: the {@code postgres} profile
 * (application-postgres.yaml) on a fresh database of this class's (see {@link PostgresDatabase}); a killed
 * JVM's connections end with it and the server rolls back what they had not committed.
 */
class CrashRecoveryPostgresTest extends AbstractCrashRecoveryTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(CrashRecoveryPostgresTest.class);

  @Override
  protected List<String> applicationDatabase() {
    return List.of("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + postgres.url(),
        "--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=" + postgres.password());
  }

  @Override
  protected Connection database() throws SQLException {
    return DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
  }
}
