package vn.congdoan.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.FreePort;

/**
 * The SMTP server out of reach makes health DEGRADED, answered 200 (notifications wait and are retried:
 * no reason to restart or unroute the node), and readiness stays UP; with the server back, health is UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mail.host=localhost", "cascade.test-context=mail-health"})
@ActiveProfiles({"demo", "test"})
class MailHealthTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;

  private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void mailDown_isDegradedWith200_notDown_andMailBack_isUp() throws Exception {
    HttpResponse<String> down = get("/actuator/health", "quantri.ldld");
    assertThat(down.statusCode()).isEqualTo(200);
    JsonNode health = json.readTree(down.body());
    assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(health.at("/components/mail/status").asText()).isEqualTo("DEGRADED");
    assertThat(health.at("/components/mail/details/location").asText()).isEqualTo("localhost:" + SMTP_PORT);
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    HttpResponse<String> anonymous = get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(json.readTree(anonymous.body()).path("status").asText()).isEqualTo("DEGRADED");
    assertThat(json.readTree(anonymous.body()).at("/components/mail/details").isMissingNode()).isTrue();
    HttpResponse<String> readiness = get("/actuator/health/readiness", null);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(json.readTree(readiness.body()).path("status").asText()).isEqualTo("UP");

    smtp.start();
    HttpResponse<String> up = get("/actuator/health", "quantri.ldld");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(json.readTree(up.body()).path("status").asText()).isEqualTo("UP");
    assertThat(json.readTree(up.body()).at("/components/mail/status").asText()).isEqualTo("UP");
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
