package vn.congdoan.cascade.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the webapps, without a browser: logged in through Tasklist's login, with the
 * session cookie and the CSRF token the webapps require on changes. Paths are sent exactly as written
 * (no re-encoding).
 */
public record TasklistSession(HttpClient http, CookieManager cookies, String base) {

  public static TasklistSession login(int port, String user, String password) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    TasklistSession session = new TasklistSession(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies,
        "http://localhost:" + port);
    session.http.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(
            URI.create(session.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.token())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session, with a new token
    session.http.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return session;
  }

  public String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
  }

  public HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, body);
  }

  public HttpResponse<String> put(String path, String body) throws Exception {
    return send("PUT", path, body);
  }

  /** Sends a JSON body (none if null) with the session and its CSRF token. */
  public HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", token())
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
