package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.PostgresDatabase;

/**
 * PostgreSQL: {@code docker/backup/backup-postgres.sh} (pg_dump) runs while officers submit;
 * {@code docker/backup/restore-postgres.sh} (pg_restore) restores into a new database. The application's
 * own backup endpoint answers 409 on PostgreSQL with the way to do it.
 */
class PostgresBackupRestoreTest extends BackupRestoreTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(PostgresBackupRestoreTest.class);

  private String restoredDatabase;

  @Override
  protected List<String> database() {
    return List.of("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
        "--spring.datasource.password=" + postgres.password());
  }

  @Override
  protected Path backUp(ConfigurableApplicationContext running) throws Exception {
    ResponseEntity<Map<String, Object>> refused = new EngineRestClient(port(running), "/api", "quantri.ldld", "demo")
        .post("/backups", Map.of());
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat((String) refused.getBody().get("message")).contains("pg_dump");

    String output = run("docker/backup/backup-postgres.sh", dir.resolve("pg-backups").toString());
    Path file = Path.of(output.strip().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(file.getFileName().toString()).matches("cascade-\\d{8}-\\d{6}\\.dump");
    assertThat(file).exists();
    return file;
  }

  @Override
  protected List<String> restore(Path backup) throws Exception {
    restoredDatabase = database(postgres.url()) + "_restored";
    run("docker/backup/restore-postgres.sh", backup.toString(), restoredDatabase);
    // a second restore into the same, now filled, database is refused
    Process again = process("docker/backup/restore-postgres.sh", backup.toString(), restoredDatabase).start();
    assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).isEqualTo(1);
    String url = postgres.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^/?]*", "$1" + restoredDatabase);
    return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + postgres.user(),
        "--spring.datasource.password=" + postgres.password());
  }

  @AfterEach
  void dropRestored() throws Exception {
    if (restoredDatabase != null) {
      try (Connection admin = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
          Statement sql = admin.createStatement()) {
        sql.execute("drop database if exists " + restoredDatabase + " with (force)");
      }
    }
  }

  private String run(String script, String... args) throws Exception {
    Process process = process(script, args).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** The script with libpq's environment pointing at the test's database. */
  private ProcessBuilder process(String script, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("bash", script));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    URI uri = URI.create(postgres.url().substring("jdbc:".length()));
    builder.environment().put("PGHOST", uri.getHost());
    builder.environment().put("PGPORT", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()));
    builder.environment().put("PGUSER", postgres.user());
    builder.environment().put("PGPASSWORD", postgres.password());
    builder.environment().put("PGDATABASE", database(postgres.url()));
    return builder;
  }

  private static String database(String jdbcUrl) {
    return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/([^/?]+).*$", "$1");
  }
}
