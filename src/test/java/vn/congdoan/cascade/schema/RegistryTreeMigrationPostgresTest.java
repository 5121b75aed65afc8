package vn.congdoan.cascade.schema;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.congdoan.cascade.support.PostgresDatabase;

/** {@link RegistryTreeMigrationTest} on PostgreSQL, in a database of its own. */
class RegistryTreeMigrationPostgresTest extends RegistryTreeMigrationTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(RegistryTreeMigrationPostgresTest.class);

  @Override
  protected String url() {
    return postgres.url();
  }

  @Override
  protected String user() {
    return postgres.user();
  }

  @Override
  protected String password() {
    return postgres.password();
  }
}
