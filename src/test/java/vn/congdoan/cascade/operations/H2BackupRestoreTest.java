package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * H2: the administrator takes an online backup through {@code POST /api/backups} while officers submit;
 * {@code docker/backup/restore-h2.sh} unpacks it into a fresh data directory, as docs/operations.md says.
 * Also: only an administrator may take, list and download backups.
 */
class H2BackupRestoreTest extends BackupRestoreTest {

  @Override
  protected List<String> database() {
    return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/cascade-db").toAbsolutePath()
        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
  }

  @Override
  protected Path backUp(ConfigurableApplicationContext running) throws Exception {
    int port = port(running);
    EngineRestClient anonymous = new EngineRestClient(port, "/api", null, null);
    EngineRestClient office = new EngineRestClient(port, "/api", "vanphong.cdyt", "demo");
    EngineRestClient cdcs = new EngineRestClient(port, "/api", "bvdk.chutich", "demo");
    EngineRestClient admin = new EngineRestClient(port, "/api", "quantri.ldld", "demo");
    assertThat(anonymous.post("/backups", Map.of()).getStatusCode().value()).isEqualTo(401);
    assertThat(office.post("/backups", Map.of()).getStatusCode().value()).isEqualTo(403);
    assertThat(cdcs.post("/backups", Map.of()).getStatusCode().value()).isEqualTo(403);
    assertThat(office.status("/backups")).isEqualTo(403);

    ResponseEntity<Map<String, Object>> created = admin.post("/backups", Map.of());
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String name = (String) created.getBody().get("name");
    assertThat(name).matches("cascade-\\d{8}-\\d{6}\\.zip");
    Path file = dir.resolve("backups").resolve(name);
    assertThat(file).exists();
    assertThat(((Number) created.getBody().get("size")).longValue()).isEqualTo(Files.size(file));
    assertThat(admin.list("/backups")).extracting(b -> b.get("name")).contains(name);

    // downloads: the administrator gets the file's bytes, a name that is not a backup is not found
    RestClient http = RestClient.builder().baseUrl("http://localhost:" + port + "/api")
        .defaultStatusHandler(s -> s.isError(), (request, response) -> { }).build();
    ResponseEntity<byte[]> download = http.get().uri("/backups/{name}", name).headers(h -> h.setBasicAuth("quantri.ldld", "demo"))
        .retrieve().toEntity(byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(name);
    assertThat(download.getBody()).isEqualTo(Files.readAllBytes(file));
    assertThat(http.get().uri("/backups/{name}", name).headers(h -> h.setBasicAuth("vanphong.cdyt", "demo"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    for (String probe : List.of("..%2F..%2Fdata%2Fcascade-db.mv.db", "cascade-db.mv.db", "cascade-20260101-000000.zip")) {
      assertThat(http.get().uri("/backups/" + probe).headers(h -> h.setBasicAuth("quantri.ldld", "demo"))
          .retrieve().toBodilessEntity().getStatusCode().value()).as(probe).isIn(400, 404);
    }
    return file;
  }

  @Override
  protected List<String> restore(Path backup) throws Exception {
    Path data = dir.resolve("restored");
    Process restore = new ProcessBuilder("bash", "docker/backup/restore-h2.sh", backup.toString(), data.toString())
        .redirectErrorStream(true).start();
    String output = new String(restore.getInputStream().readAllBytes());
    assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(restore.exitValue()).as(output).isZero();
    assertThat(data.resolve("cascade-db.mv.db")).exists();
    return List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("cascade-db").toAbsolutePath()
        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
  }
}
