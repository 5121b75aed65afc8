package vn.congdoan.cascade.reliability;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link ConcurrentCompletionTest} on a fresh PostgreSQL database: {@value ConcurrentCompletionTest#UNITS}
 * grassroots unions completing each step at the same moment, twice. Skipped without PostgreSQL (see
 * {@link PostgresDatabase}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentCompletionPostgresTest extends ConcurrentCompletionTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(ConcurrentCompletionPostgresTest.class);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres.addTo(registry);
  }
}
