package vn.congdoan.cascade.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for one test class, created next to the database that
 * {@code CASCADE_TEST_POSTGRES_URL} names (e.g. {@code jdbc:postgresql://127.0.0.1:5432/cascade_ci_1700000000})
 * and dropped when the class is done, so that reruns and parallel builds never share tables.
 * {@code CASCADE_TEST_POSTGRES_USER} and {@code CASCADE_TEST_POSTGRES_PASSWORD} default to postgres and
 * no password. Without the URL, or when the server does not answer, the class is skipped and says why;
 * with {@code CASCADE_TEST_REQUIRE_POSTGRES=true} (CI) it fails instead.
 *
 * <p>Use it as {@code @RegisterExtension static final PostgresDatabase postgres = new PostgresDatabase(MyTest.class);}
 * and hand {@link #url()} to Spring (e.g. {@link #addTo} in a {@code @DynamicPropertySource}): the
 * database is created when it is first asked for, which may be before this extension's own callbacks
 * (Spring's extension can load the context first). The test class must close its Spring context when
 * it ends ({@code @DirtiesContext}): the database is dropped after that, when JUnit closes the class.
 */
public final class PostgresDatabase implements ExecutionCondition, BeforeAllCallback {

  public static final String URL_VARIABLE = "CASCADE_TEST_POSTGRES_URL";
  public static final String REQUIRED_VARIABLE = "CASCADE_TEST_REQUIRE_POSTGRES";

  private final String baseUrl = System.getenv(URL_VARIABLE);
  private final String user = envOr("CASCADE_TEST_POSTGRES_USER", "postgres");
  private final String password = envOr("CASCADE_TEST_POSTGRES_PASSWORD", "");
  private final boolean required = "true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
  private final Class<?> owner;
  private String name;
  private String url;

  public PostgresDatabase(Class<?> owner) {
    this.owner = owner;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (required) {
      return ConditionEvaluationResult.enabled(REQUIRED_VARIABLE + "=true: PostgreSQL tests must run");
    }
    if (baseUrl == null || baseUrl.isBlank()) {
      return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: set " + URL_VARIABLE
          + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) to run them; .ci/run does");
    }
    try (Connection ignored = connect(baseUrl)) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + baseUrl);
    } catch (SQLException e) {
      return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + baseUrl + " does not answer ("
          + e.getMessage() + ")");
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    url();
    String created = name;
    // closed when the class's extension context closes: after the Spring extension's afterAll
    context.getStore(ExtensionContext.Namespace.create(PostgresDatabase.class, created))
        .put("database", (ExtensionContext.Store.CloseableResource) () -> drop(created));
  }

  /** The JDBC URL of this class's fresh database, created on the first call. */
  public synchronized String url() {
    if (url == null) {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalStateException(REQUIRED_VARIABLE + "=true but " + URL_VARIABLE + " is not set");
      }
      String fresh = databaseName(owner);
      try (Connection admin = connect(baseUrl); Statement sql = admin.createStatement()) {
        sql.execute("create database " + fresh);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the test database " + fresh + " beside " + baseUrl + ": " + e.getMessage(), e);
      }
      name = fresh;
      url = withDatabase(baseUrl, fresh);
    }
    return url;
  }

  /** Points Spring's data source at this class's database (read when the context starts). */
  public void addTo(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", this::url);
    registry.add("spring.datasource.username", this::user);
    registry.add("spring.datasource.password", this::password);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  private void drop(String name) throws SQLException {
    try (Connection admin = connect(baseUrl); Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
    }
  }

  private String databaseName(Class<?> testClass) {
    String base = baseUrl.replaceFirst("^.*/([^/?]+).*$", "$1").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    String owner = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String name = (base.length() > 36 ? base.substring(0, 36) : base) + "_"
        + (owner.length() > 16 ? owner.substring(0, 16) : owner) + "_" + UUID.randomUUID().toString().substring(0, 8);
    return name;
  }

  static String withDatabase(String jdbcUrl, String database) {
    return jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^/?]*", "$1" + database);
  }

  private Connection connect(String jdbcUrl) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
