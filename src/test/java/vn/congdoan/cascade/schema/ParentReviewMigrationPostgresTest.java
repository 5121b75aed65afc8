package vn.congdoan.cascade.schema;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.congdoan.cascade.support.PostgresDatabase;

/** {@link ParentReviewMigrationTest} on PostgreSQL, in a database of its own. */
class ParentReviewMigrationPostgresTest extends ParentReviewMigrationTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(ParentReviewMigrationPostgresTest.class);

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
