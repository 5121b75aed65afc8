package vn.congdoan.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.APP;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.resource;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/** The running application serves our config.js and vi.json for each webapp, not the webjar's files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class VietnameseWebappServedTest {

  @LocalServerPort int port;

  private ResponseEntity<byte[]> get(String path) {
    return RestClient.builder().baseUrl("http://localhost:" + port + "/camunda/app/")
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build()
        .get().uri(path).retrieve().toEntity(byte[].class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void servesOurConfigWithVietnameseFirst(String app) {
    ResponseEntity<byte[]> served = get(app + "/scripts/config.js");

    assertThat(served.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(served.getBody(), StandardCharsets.UTF_8))
        .isEqualTo(text(resource(APP + app + "/scripts/config.js", false)))
        .contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void servesTheVietnameseLocale(String app) throws Exception {
    ResponseEntity<byte[]> served = get(app + "/locales/vi.json");

    assertThat(served.getStatusCode().value()).isEqualTo(200);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(served.getBody()))
        .isEqualTo(json.readTree(resource(APP + app + "/locales/vi.json", false)));
  }
}
