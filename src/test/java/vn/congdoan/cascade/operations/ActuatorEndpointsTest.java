package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Spring Boot Actuator behind the application's security: health (and its probes) and info are public,
 * everything else is the administrator's — 401 for nobody, 403 for an officer, whatever the endpoint,
 * also one that is not exposed; health shows its details to the administrator only. The Prometheus
 * output has the application's metrics, counted after a completion and a refusal through REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "cascade.test-context=actuator", "cascade.metrics.refresh=0s"})
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false)
class ActuatorEndpointsTest {

  static final String ADMIN = "quantri.ldld";
  static final List<String> OFFICERS = List.of("bvdk.chutich", "vanphong.cdyt");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void healthAndInfo_arePublic_withoutDetails_andTheAdministratorSeesTheDetails() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    JsonNode health = json.readTree(anonymous.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").has("db")).isTrue();
    assertThat(health.path("components").has("jobExecutor")).isTrue();
    assertThat(health.path("components").has("mail")).isTrue();
    assertThat(health.at("/components/db/details").isMissingNode()).as("no details for nobody").isTrue();

    JsonNode detailed = json.readTree(get("/actuator/health", ADMIN).body());
    assertThat(detailed.at("/components/db/details/database").asText()).isEqualTo("H2");
    assertThat(detailed.at("/components/jobExecutor/details/jobsFailed").isNumber()).isTrue();
    assertThat(detailed.at("/components/mail/details/configured").asBoolean(true)).as("no mail server in tests").isFalse();
    assertThat(json.readTree(get("/actuator/health", "bvdk.chutich").body()).at("/components/db/details").isMissingNode())
        .as("no details for an officer").isTrue();

    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      HttpResponse<String> response = get(probe, null);
      assertThat(response.statusCode()).as(probe).isEqualTo(200);
      assertThat(json.readTree(response.body()).path("status").asText()).isEqualTo("UP");
    }

    HttpResponse<String> info = get("/actuator/info", null);
    assertThat(info.statusCode()).isEqualTo(200);
    JsonNode build = json.readTree(info.body()).path("build");
    assertThat(build.path("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    if (new ClassPathResource("git.properties").exists()) { // a build from a tarball has no commit to tell
      assertThat(json.readTree(info.body()).at("/git/commit/id").asText()).matches("[0-9a-f]{7,}");
    }
  }

  @Test
  void everyOtherEndpoint_isTheAdministrators() throws Exception {
    for (String path : List.of("/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/prometheus",
        "/actuator/env", "/actuator/loggers", "/actuator/heapdump", "/actuator/health/../env", "/actuator/info/")) {
      assertThat(get(path, null).statusCode()).as("nobody: " + path).isEqualTo(401);
      for (String officer : OFFICERS) {
        HttpResponse<String> refused = get(path, officer);
        assertThat(refused.statusCode()).as(officer + ": " + path).isEqualTo(403);
        assertThat(refused.body()).contains("Tài khoản của bạn không được dùng chức năng này.");
      }
    }
    // one wrong password only: the login throttle holds a client back after five
    assertThat(get("/actuator/prometheus", ADMIN, "wrong-password").statusCode()).as("wrong password").isEqualTo(401);
    for (String path : List.of("/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/prometheus")) {
      assertThat(get(path, ADMIN).statusCode()).as("administrator: " + path).isEqualTo(200);
    }
    assertThat(get("/actuator/env", ADMIN).statusCode()).as("not exposed").isEqualTo(404);
  }

  @Test
  void prometheus_hasTheCascadesMetrics_afterACompletionAndARefusal() throws Exception {
    EngineRestClient office = new EngineRestClient(port, "vanphong.cdyt", "demo");
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "1716/KH-LĐLĐ", "directiveIssuedOn", today.minusDays(3).toString(),
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình", "directiveSubject", "Tổ chức Tháng Công nhân",
            "directiveDeadline", today.plusDays(20).toString()));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String sector = (String) started.getBody().get("id");
    Map<String, Object> task = office.task(sector, "Task_DraftImplementingPlan");
    assertThat(office.submit(task, variables("planSubject", "", "planPurpose", "Mục đích.", "planActivities", "Hoạt động.",
        "planOrganisation", "Tổ chức.")).getStatusCode().value()).isEqualTo(400);
    assertThat(office.submit(task, variables("planSubject", "Kế hoạch", "planPurpose", "Mục đích.",
        "planActivities", "Hoạt động.", "planOrganisation", "Tổ chức.")).getStatusCode().value()).isEqualTo(204);

    HttpResponse<String> scrape = get("/actuator/prometheus", ADMIN);
    assertThat(scrape.statusCode()).isEqualTo(200);
    String metrics = scrape.body();
    assertThat(value(metrics, "cascade_task_completions_total", "task=\"Task_DraftImplementingPlan\"")).isEqualTo(1.0);
    assertThat(value(metrics, "cascade_form_refusals_total", "field=\"planSubject\"", "task=\"Task_DraftImplementingPlan\""))
        .isEqualTo(1.0);
    assertThat(value(metrics, "cascade_directives_in_progress")).isGreaterThanOrEqualTo(1.0);
    assertThat(value(metrics, "cascade_units", "state=\"ISSUED\"")).isGreaterThanOrEqualTo(0.0);
    assertThat(value(metrics, "cascade_notifications_total", "kind=\"REMINDER\"", "outcome=\"failed\"")).isZero();
    assertThat(value(metrics, "cascade_documents_issued_total", "kind=\"PLAN\"")).isZero();
    assertThat(metrics).contains("cascade_units_overdue", "cascade_engine_jobs_due", "cascade_engine_jobs_failed",
        "cascade_engine_incidents_open", "cascade_engine_job_acquisitions_total", "cascade_notifications_retried_total",
        "http_server_requests_seconds_count");
    assertThat(metrics).as("no unit or user as a label").doesNotContain("unit=\"", "user=\"", "cdcs-");
  }

  /** The value of the one series of the metric whose labels contain all the given pairs. */
  static double value(String metrics, String name, String... labels) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    Double found = null;
    while (line.find()) {
      String set = line.group(1) == null ? "" : line.group(1);
      if (List.of(labels).stream().allMatch(set::contains)) {
        assertThat(found).as("one series of " + name + " with " + List.of(labels)).isNull();
        found = Double.parseDouble(line.group(2));
      }
    }
    assertThat(found).as(name + " " + List.of(labels) + " in\n" + metrics).isNotNull();
    return found;
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return get(path, user, "demo");
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
