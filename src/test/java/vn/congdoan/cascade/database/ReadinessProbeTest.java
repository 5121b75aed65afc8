package vn.congdoan.cascade.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The readiness probe is DOWN while the application is not ready — before the last start-up runner
 * (models deployed, registry synchronised, accounts made: Spring Boot's readiness state, the same that
 * answers every other request 503 meanwhile) and while the database cannot be reached — and the liveness
 * probe stays UP throughout, so an orchestrator waits instead of restarting the node. Same context as
 * {@link DatabaseOutageTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(FailingDataSource.Wrapping.class)
class ReadinessProbeTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void readyAgain() {
    FailingDataSource.reachable();
    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
  }

  @Test
  void notReadyYet_readinessIs503_livenessUp_andEverythingElseWaits() throws Exception {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(json.readTree(readiness.body()).path("status").asText()).isEqualTo("OUT_OF_SERVICE");
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/engine").statusCode()).as("the start-up window").isEqualTo(503);

    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  void databaseOutOfReach_readinessIs503_livenessUp() throws Exception {
    FailingDataSource.unreachable();
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(json.readTree(readiness.body()).path("status").asText()).isEqualTo("DOWN");
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    FailingDataSource.reachable();
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
