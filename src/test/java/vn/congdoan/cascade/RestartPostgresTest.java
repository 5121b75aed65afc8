package vn.congdoan.cascade;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link RestartTest} on PostgreSQL: the second start finds the engine's and Flyway's schema in place,
 * deploys nothing new, and the reminders that came due while the application was down go out once.
 */
class RestartPostgresTest extends RestartTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(RestartPostgresTest.class);

  @Override
  protected List<String> database() {
    return List.of("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
        "--spring.datasource.password=" + postgres.password());
  }
}
