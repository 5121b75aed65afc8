package vn.congdoan.cascade.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLSyntaxErrorException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The database cannot be reached (the application's DataSource fails like Hikari's pool when the
 * database is down): calls of the engine's REST API, of Tasklist's copy of it and of the application's
 * {@code /api} are answered 503 with {@code Retry-After} and the Vietnamese message, JSON
 * {@code {"type", "message"}}, whether the failure comes in the authentication before the resource or in
 * the resource; a server error of another kind keeps its answer; once the database is back, calls work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(FailingDataSource.Wrapping.class)
class DatabaseOutageTest {

  private static final String ENGINE_RESOURCES = "org.camunda.bpm.engine.rest.impl.";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void databaseBack() {
    FailingDataSource.reachable();
  }

  @Test
  void engineRest_outageInTheResource_503() throws Exception {
    FailingDataSource.unreachableUnder(ENGINE_RESOURCES);
    assertUnavailable(get("/engine-rest/task", "vanphong.cdyt"));
    assertUnavailable(get("/engine-rest/process-definition/key/DirectiveCascadeProcess", "vanphong.cdyt"));

    FailingDataSource.reachable();
    assertThat(get("/engine-rest/task", "vanphong.cdyt").statusCode()).isEqualTo(200);
  }

  @Test
  void engineRest_outageInTheAuthentication_503() throws Exception {
    FailingDataSource.unreachable();
    assertUnavailable(get("/engine-rest/task", "vanphong.cdyt"));
  }

  @Test
  void api_outageInTheAuthenticationOrInTheController_503() throws Exception {
    FailingDataSource.unreachable();
    assertUnavailable(get("/api/directives/1/documents", "vanphong.cdyt"));

    FailingDataSource.unreachableUnder("vn.congdoan.cascade.archive.DocumentController");
    assertUnavailable(get("/api/directives/1/documents", "vanphong.cdyt"));

    FailingDataSource.reachable();
    assertThat(get("/api/directives/999999/documents", "vanphong.cdyt").statusCode()).isEqualTo(404);
  }

  @Test
  void tasklistApi_outage_503() throws Exception {
    Tasklist tasklist = Tasklist.login(port, "vanphong.cdyt");
    FailingDataSource.unreachableUnder(ENGINE_RESOURCES);
    assertUnavailable(tasklist.get("/camunda/api/engine/engine/default/task"));

    FailingDataSource.reachable();
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
  }

  @Test
  void otherServerErrorsKeepTheirAnswer() throws Exception {
    FailingDataSource.fail(() -> new SQLSyntaxErrorException("Syntax error in SQL statement", "42000"), ENGINE_RESOURCES);
    HttpResponse<String> failed = get("/engine-rest/task", "vanphong.cdyt");

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.headers().firstValue("Retry-After")).isEmpty();
    assertThat(failed.body()).doesNotContain(DatabaseOutage.MESSAGE).contains("\"type\"", "\"message\"");
  }

  private void assertUnavailable(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(json.readValue(response.body(), new TypeReference<Map<String, Object>>() { })).containsExactlyInAnyOrderEntriesOf(Map.of(
        "type", "ServiceUnavailable",
        "message", "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút."));
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** An officer logged in to Tasklist: the session cookie and the CSRF token of the webapps. */
  private record Tasklist(HttpClient http, CookieManager cookies, String base) {

    static Tasklist login(int port, String user) throws Exception {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      Tasklist tasklist = new Tasklist(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, "http://localhost:" + port);
      tasklist.http.send(HttpRequest.newBuilder(URI.create(tasklist.base + "/camunda/app/tasklist/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> login = tasklist.http.send(HttpRequest.newBuilder(
              URI.create(tasklist.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", tasklist.token())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      return tasklist;
    }

    String token() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
