package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application's own API is described with OpenAPI at a stable path, {@code /api/openapi.json}, for a
 * logged-in caller (another system, e.g. the federation's e-office, reads it with its account): every
 * endpoint of {@code /api} with its method, nothing of the actuator or the engine (Camunda describes its
 * REST API itself).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=api-description")
@ActiveProfiles({"demo", "test"})
class ApiDescriptionTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theApplicationsApi_isDescribedAtAStablePath_forALoggedInCaller() throws Exception {
    assertThat(get(null).statusCode()).isEqualTo(401);
    HttpResponse<String> response = get("vanphong.cdyt");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode description = new ObjectMapper().readTree(response.body());
    assertThat(description.path("openapi").asText()).startsWith("3.");
    List<String> operations = new ArrayList<>();
    description.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
    assertThat(operations).contains("GET /api/directives", "GET /api/directives/{id}/progress",
        "GET /api/directives/{id}/documents", "GET /api/documents/{id}/content", "POST /api/organisation/sync",
        "POST /api/backups", "GET /api/backups", "GET /api/backups/{name}",
        "GET /api/directives/{id}/audit", "GET /api/directives/{id}/exports/progress.xlsx",
        "GET /api/directives/{id}/exports/nominations.xlsx", "GET /api/directives/{id}/exports/audit.xlsx",
        "GET /api/registers/{direction}/{year}.xlsx",
        "POST /api/directives/{id}/recall", "POST /api/directives/{id}/units/{unit}/reopen",
        "POST /api/directives/{id}/retry-failed-jobs", "GET /api/directives/{id}/failed-jobs",
        "POST /api/organisation/officers/{username}/return-tasks");
    assertThat(operations).allSatisfy(operation -> assertThat(operation).contains(" /api/"));
  }

  private HttpResponse<String> get(String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/openapi.json")).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
