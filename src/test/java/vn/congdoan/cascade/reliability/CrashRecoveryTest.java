package vn.congdoan.cascade.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yaml.snakeyaml.Yaml;

/**
 * {@link AbstractCrashRecoveryTest} on the default database of application.yaml: an H2 file,
 * {@code ./data/cascade-db} under the test's directory, opened with the production URL.
 *
 * <p>Opt-in ({@code ./mvnw test -Dtest=CrashRecoveryTest -Dcascade.test.h2-crash=true}): after a SIGKILL,
 * H2 2.3.232 now and then cannot open its file again ({@code MVStoreException: Double mark ... File
 * corrupted while reading record}, h2database issues #2752 and #4387), in about one run in five here,
 * with or without {@code AUTO_COMPACT_FILL_RATE=0}. That is H2's failure, not the application's, and
 * would make the build fail at random; {@link CrashRecoveryPostgresTest}, the production database, is
 * the crash test CI requires.
 */
@EnabledIfSystemProperty(named = CrashRecoveryTest.OPT_IN, matches = "true", disabledReason = "H2 crash test skipped:"
    + " H2 2.3.232 now and then cannot reopen its file after a SIGKILL (\"Double mark\", h2database #2752);"
    + " run it with -D" + CrashRecoveryTest.OPT_IN + "=true. CrashRecoveryPostgresTest runs the same scenario on PostgreSQL")
class CrashRecoveryTest extends AbstractCrashRecoveryTest {

  static final String OPT_IN = "cascade.test.h2-crash";

  @Override
  protected List<String> applicationDatabase() {
    return List.of("--spring.profiles.active=demo");
  }

  /**
   * The file with the application's own settings (its URL, CASCADE_DB_URL or application.yaml's default,
   * with the relative path made absolute): the checks open and close the file between runs, and H2
   * applies some settings (e.g. compaction) at those moments too.
   */
  @Override
  protected Connection database() throws SQLException {
    String url = System.getenv("CASCADE_DB_URL");
    if (url == null || url.isBlank()) {
      try (InputStream in = CrashRecoveryTest.class.getResourceAsStream("/application.yaml")) {
        Map<String, Object> yaml = new Yaml().load(in);
        String configured = (String) ((Map<?, ?>) ((Map<?, ?>) yaml.get("spring")).get("datasource")).get("url");
        url = configured.replaceFirst("^\\$\\{CASCADE_DB_URL:(.*)}$", "$1");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!url.startsWith("jdbc:h2:file:./data/cascade-db")) {
      throw new IllegalStateException("Not the default H2 file: " + url);
    }
    return DriverManager.getConnection(url.replace("./data/cascade-db", dir.resolve("data/cascade-db").toAbsolutePath().toString()),
        "sa", "");
  }
}
