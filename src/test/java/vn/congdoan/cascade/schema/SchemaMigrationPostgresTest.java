package vn.congdoan.cascade.schema;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.PostgresDatabase;

/** {@link SchemaMigrationTest} on PostgreSQL: the same migrations, validated and checked there. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SchemaMigrationPostgresTest extends SchemaMigrationTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(SchemaMigrationPostgresTest.class);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres.addTo(registry);
  }
}
