package vn.congdoan.cascade.audit;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link AuditTrailRestTest} on a fresh PostgreSQL database: the {@code audit_entry} migration, the rows
 * written before each completion commits, and the trail's queries. Skipped without PostgreSQL (see
 * {@link PostgresDatabase}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditTrailPostgresTest extends AuditTrailRestTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(AuditTrailPostgresTest.class);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres.addTo(registry);
  }
}
