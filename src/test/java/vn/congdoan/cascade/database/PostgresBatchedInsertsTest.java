package vn.congdoan.cascade.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** The driver option is set on PostgreSQL pools only, and never over a value an administrator gave. */
class PostgresBatchedInsertsTest {

  private final PostgresBatchedInserts postProcessor = new PostgresBatchedInserts();

  @Test
  void aPostgresPoolSendsBatchedInsertsAsMultiRowInserts() {
    HikariDataSource pool = pool("jdbc:postgresql://db:5432/cascade");
    postProcessor.postProcessBeforeInitialization(pool, "dataSource");
    assertThat(pool.getDataSourceProperties().getProperty(PostgresBatchedInserts.PROPERTY)).isEqualTo("true");
  }

  @Test
  void anAdministratorsValueIsKept() {
    HikariDataSource pool = pool("jdbc:postgresql://db:5432/cascade");
    pool.addDataSourceProperty(PostgresBatchedInserts.PROPERTY, "false");
    postProcessor.postProcessBeforeInitialization(pool, "dataSource");
    assertThat(pool.getDataSourceProperties().getProperty(PostgresBatchedInserts.PROPERTY)).isEqualTo("false");
  }

  @Test
  void otherDatabasesAndOtherBeansAreLeftAlone() {
    HikariDataSource h2 = pool("jdbc:h2:file:./data/cascade;LOCK_TIMEOUT=10000");
    postProcessor.postProcessBeforeInitialization(h2, "dataSource");
    assertThat(h2.getDataSourceProperties()).isEmpty();
    HikariDataSource noUrl = new HikariDataSource();
    postProcessor.postProcessBeforeInitialization(noUrl, "dataSource");
    assertThat(noUrl.getDataSourceProperties()).isEmpty();
    Object other = new Object();
    assertThat(postProcessor.postProcessBeforeInitialization(other, "other")).isSameAs(other);
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
