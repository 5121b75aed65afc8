package vn.congdoan.cascade;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link CascadeRestApiTest} on a fresh PostgreSQL database: Flyway's migrations, the engine's own
 * schema, the job executor and the whole seed cascade over REST. Skipped without PostgreSQL (see
 * {@link PostgresDatabase}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CascadeRestApiPostgresTest extends CascadeRestApiTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(CascadeRestApiPostgresTest.class);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres.addTo(registry);
  }
}
