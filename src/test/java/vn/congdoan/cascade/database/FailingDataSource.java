package vn.congdoan.cascade.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, which a test can make fail: every new connection, or only those asked
 * for while a given class is on the call stack (a REST resource, a controller: the authentication
 * before it still works). Hikari throws {@link SQLTransientConnectionException} when no connection
 * comes within its time-out, which is what an unreachable database looks like to the application.
 */
final class FailingDataSource extends DelegatingDataSource {

  private static volatile Supplier<SQLException> failure;
  private static volatile String onlyUnder;

  FailingDataSource(DataSource target) {
    super(target);
  }

  /** Every connection fails like Hikari's when the database is down. */
  static void unreachable() {
    fail(FailingDataSource::hikariTimeout, null);
  }

  /** Connections asked for under a class whose name starts with the prefix fail like Hikari's when the database is down. */
  static void unreachableUnder(String classNamePrefix) {
    fail(FailingDataSource::hikariTimeout, classNamePrefix);
  }

  static void fail(Supplier<SQLException> exception, String classNamePrefix) {
    onlyUnder = classNamePrefix;
    failure = exception;
  }

  static void reachable() {
    failure = null;
    onlyUnder = null;
  }

  private static SQLException hikariTimeout() {
    return new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=0, idle=0, waiting=0)");
  }

  @Override
  public Connection getConnection() throws SQLException {
    check();
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    check();
    return super.getConnection(username, password);
  }

  private static void check() throws SQLException {
    Supplier<SQLException> exception = failure;
    String under = onlyUnder;
    if (exception != null && (under == null || StackWalker.getInstance().walk(
        frames -> frames.anyMatch(f -> f.getClassName().startsWith(under))))) {
      throw exception.get();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Wrapping {

    @Bean
    static BeanPostProcessor failingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof DataSource dataSource && !(bean instanceof FailingDataSource)
              ? new FailingDataSource(dataSource) : bean;
        }
      };
    }
  }
}
