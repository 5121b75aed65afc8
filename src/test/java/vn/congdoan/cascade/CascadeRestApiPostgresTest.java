package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * {@link CascadeRestApiTest} on a fresh PostgreSQL database: Flyway's migrations, the engine's own
 * schema, the job executor and the whole seed cascade over REST, with the driver sending the engine's batches of
 * inserts as multi-row inserts ({@code database.PostgresBatchedInserts}). Skipped without PostgreSQL (see
 * {@link PostgresDatabase}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CascadeRestApiPostgresTest extends CascadeRestApiTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(CascadeRestApiPostgresTest.class);

  @Autowired
  DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    postgres.addTo(registry);
  }

  @Test
  void theDriverRewritesBatchedInserts() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
    }
  }
}
