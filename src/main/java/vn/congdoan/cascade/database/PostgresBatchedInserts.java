package vn.congdoan.cascade.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL's JDBC driver to send a JDBC batch of inserts as multi-row {@code INSERT}s
 * ({@code reWriteBatchedInserts}); without it the driver sends the statements of a batch one by one. The engine
 * writes in JDBC batches (a fan-out batch of 200 units: about 7,000 rows, one batch per table) and, since Camunda
 * 7.13, does not check the row counts of its inserts, which the rewritten statements do not report one by one.
 *
 * <p>Set on every PostgreSQL pool the application makes, whatever the profile (production's {@code postgres}, the
 * tests' and the benchmark's), before the pool opens its first connection. A value an administrator writes into
 * the URL ({@code CASCADE_DB_URL=…?reWriteBatchedInserts=false}) or into
 * {@code spring.datasource.hikari.data-source-properties} is kept: the driver reads the URL's parameters over these
 * properties. H2 and other databases are left alone.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";

  private static final Logger log = LoggerFactory.getLogger(PostgresBatchedInserts.class);

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())
        && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
      pool.addDataSourceProperty(PROPERTY, "true");
      log.debug("Data source {}: PostgreSQL driver sends batches of inserts as multi-row inserts", beanName);
    }
    return bean;
  }

  private static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
