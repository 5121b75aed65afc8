package vn.congdoan.cascade.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Calls the running application's engine REST API as one officer (HTTP Basic), the way Tasklist does. */
public final class EngineRestClient {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

  private final RestClient client;
  private final String user;

  public EngineRestClient(int port, String user, String password) {
    this(port, "/engine-rest", user, password);
  }

  /** A client of another part of the application, e.g. {@code /api} (the application's own endpoints). */
  public EngineRestClient(int port, String basePath, String user, String password) {
    this(RestClient.builder(), port, basePath, user, password);
  }

  private EngineRestClient(RestClient.Builder builder, int port, String basePath, String user, String password) {
    this.user = user;
    builder.baseUrl("http://localhost:" + port + basePath).defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    if (user != null) {
      builder.defaultHeaders(h -> h.setBasicAuth(user, password));
    }
    this.client = builder.build();
  }

  /**
   * A client that shares one HTTP connection pool and one set of JSON converters with every other client made
   * this way, as a browser keeps its connections to the server: for a benchmark that calls as thousands of
   * officers, where a client of its own per call (a new JDK HTTP client with its threads, a new TCP connection,
   * a new ObjectMapper) cost the benchmark's JVM, which the application shares, more than the call.
   */
  public static EngineRestClient sharingConnections(int port, String user, String password) {
    return new EngineRestClient(Shared.BUILDER.clone(), port, "/engine-rest", user, password);
  }

  private static final class Shared {
    /**
     * Converters built once (the builder keeps them); the JDK's HttpURLConnection, which keeps connections alive per
     * host and sends a small request in one piece. (The JDK's HttpClient, through Spring's factory, started two
     * threads for every request: one to write the body, one to read the response.)
     */
    static final RestClient.Builder BUILDER = RestClient.builder()
        .requestFactory(new SimpleClientHttpRequestFactory())
        .messageConverters(converters -> { });
  }

  public String user() {
    return user;
  }

  public List<Map<String, Object>> list(String uri, Object... args) {
    return client.get().uri(uri, args).retrieve().body(LIST);
  }

  public Map<String, Object> get(String uri, Object... args) {
    return client.get().uri(uri, args).retrieve().body(MAP);
  }

  public ResponseEntity<Map<String, Object>> post(String uri, Object body, Object... args) {
    return client.post().uri(uri, args).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(MAP);
  }

  public int status(String uri, Object... args) {
    return client.get().uri(uri, args).retrieve().toBodilessEntity().getStatusCode().value();
  }

  public ResponseEntity<Map<String, Object>> getEntity(String uri, Object... args) {
    return client.get().uri(uri, args).retrieve().toEntity(MAP);
  }

  /** Camunda REST variables: {"name": {"value": …}}. */
  public static Map<String, Object> variables(Object... nameValuePairs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], Map.of("value", nameValuePairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  /** The single open task of a process instance with the given key, visible to this officer. */
  public Map<String, Object> task(String processInstanceId, String taskKey) {
    List<Map<String, Object>> tasks = list("/task?processInstanceId={pi}&taskDefinitionKey={key}", processInstanceId, taskKey);
    if (tasks.size() != 1) {
      throw new AssertionError(user + " sees " + tasks.size() + " tasks " + taskKey + " in " + processInstanceId);
    }
    return tasks.get(0);
  }

  /** Claims and submits a task's form as this officer; returns the HTTP status. */
  public ResponseEntity<Map<String, Object>> submit(Map<String, Object> task, Map<String, Object> variables) {
    post("/task/{id}/claim", Map.of("userId", user), task.get("id"));
    return post("/task/{id}/submit-form", variables, task.get("id"));
  }

  public static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
