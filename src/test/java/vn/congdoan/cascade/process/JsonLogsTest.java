package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The profile json-logs turns the console into one JSON object a line (Elastic Common Schema) with the
 * directive and unit of a line about them as fields. Logback is set up once per JVM, and earlier Spring
 * contexts of the test run have set it up already: so the application's logging is started in a JVM of
 * its own ({@link JsonLogsMain}, on this test's class path) and its output read.
 */
class JsonLogsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void withTheProfile_everyConsoleLineIsJson_andALineAboutAUnitCarriesTheDirectiveAndTheUnit() throws Exception {
    List<String> lines = run("json-logs");
    List<JsonNode> json = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        json.add(JSON.readTree(line)); // throws on any line that is not JSON
      }
    }
    JsonNode about = json.stream().filter(n -> n.path("message").asText().equals("Nhắc hạn gửi cho đơn vị")).findFirst()
        .orElseThrow(() -> new AssertionError("the line about the unit is missing:\n" + String.join("\n", lines)));
    assertThat(about.path(LogContext.DIRECTIVE).asText()).isEqualTo("4242");
    assertThat(about.path(LogContext.UNIT).asText()).isEqualTo("cdcs-bvdk-tinh");
    assertThat(about.at("/log/level").asText()).isEqualTo("INFO");
    assertThat(about.at("/service/name").asText()).isEqualTo("directive-cascade");
    assertThat(about.has("@timestamp")).isTrue();

    JsonNode outside = json.stream().filter(n -> n.path("message").asText().equals("Không thuộc chỉ thị nào")).findFirst()
        .orElseThrow();
    assertThat(outside.has(LogContext.DIRECTIVE)).as("the context ends with its scope").isFalse();
    assertThat(outside.has(LogContext.UNIT)).isFalse();
  }

  @Test
  void withoutTheProfile_theConsoleIsPlainText() throws Exception {
    List<String> lines = run("plain");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("INFO").contains("Nhắc hạn gửi cho đơn vị").doesNotStartWith("{"));
  }

  private static List<String> run(String profile) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dspring.main.banner-mode=off",
        JsonLogsMain.class.getName(), profile);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text.lines().toList();
  }
}
