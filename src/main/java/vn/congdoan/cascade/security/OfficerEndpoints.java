package vn.congdoan.cascade.security;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.congdoan.cascade.organisation.Administrators;

/**
 * What an officer who is not an administrator may call, by method and path template inside the engine's
 * REST API (the same for {@code /engine-rest} and Tasklist's {@code /camunda/api/engine/engine/{name}}):
 * what Tasklist needs and what docs/security.md documents for scripts. Anything else is refused before
 * the engine sees it; what is allowed here is still subject to the engine's authorizations and to
 * {@link EngineRules}. Administrators may call every endpoint. {@code {x}} stands for one path segment.
 */
final class OfficerEndpoints {

  private static final String DEFINITION = "/process-definition/{id}|/process-definition/key/{key}|/process-definition/key/{key}/tenant-id/{tenant}";

  private static final List<String> ALLOWED = List.of(
      "GET /engine",
      "GET /version",
      // tasks: lists, one task, its form and variables, its people, comments
      "GET|POST /task",
      "GET|POST /task/count",
      "GET|PUT /task/{id}",
      "GET /task/{id}/form",
      "GET /task/{id}/rendered-form",
      "GET /task/{id}/deployed-form",
      "GET /task/{id}/form-variables",
      "GET /task/{id}/variables",
      "GET /task/{id}/variables/{name}",
      "GET /task/{id}/variables/{name}/data",
      "GET /task/{id}/localVariables",
      "GET /task/{id}/localVariables/{name}",
      "GET /task/{id}/localVariables/{name}/data",
      "POST /task/{id}/claim",
      "POST /task/{id}/unclaim",
      "POST /task/{id}/assignee",
      "POST /task/{id}/delegate",
      "POST /task/{id}/complete",
      "POST /task/{id}/submit-form",
      "POST /task/{id}/resolve",
      "GET|POST /task/{id}/identity-links",
      "POST /task/{id}/identity-links/delete",
      "GET /task/{id}/comment",
      "POST /task/{id}/comment/create",
      "GET /task/{id}/comment/{commentId}",
      "GET /task/{id}/attachment",
      "GET /task/{id}/attachment/{attachmentId}",
      "GET /task/{id}/attachment/{attachmentId}/data",
      // Tasklist's filters
      "GET /filter",
      "GET /filter/count",
      "GET /filter/{id}",
      "GET|POST /filter/{id}/list",
      "GET|POST /filter/{id}/count",
      "GET|POST /filter/{id}/singleResult",
      // models, start forms, starting (who may start what is the engine's authorization)
      "GET /process-definition",
      "GET /process-definition/count",
      "GET DEF",
      "GET DEF/xml",
      "GET DEF/diagram",
      "GET DEF/startForm",
      "GET DEF/rendered-form",
      "GET DEF/deployed-start-form",
      "GET DEF/form-variables",
      "POST DEF/start",
      "POST DEF/submit-form",
      "GET /deployment/{id}/resources",
      "GET /deployment/{id}/resources/{resourceId}",
      "GET /deployment/{id}/resources/{resourceId}/data",
      // reading processes and their history (the engine shows each officer only their own)
      "GET|POST /process-instance",
      "GET|POST /process-instance/count",
      "GET /process-instance/{id}",
      "GET /process-instance/{id}/activity-instances",
      "GET /process-instance/{id}/variables",
      "GET /process-instance/{id}/variables/{name}",
      "GET /process-instance/{id}/variables/{name}/data",
      "GET|POST /history/process-instance",
      "GET|POST /history/process-instance/count",
      "GET /history/process-instance/{id}",
      "GET|POST /history/activity-instance",
      "GET|POST /history/activity-instance/count",
      "GET|POST /history/task",
      "GET|POST /history/task/count",
      "GET|POST /history/variable-instance",
      "GET|POST /history/variable-instance/count",
      "GET|POST /history/detail",
      "GET /history/detail/count",
      "GET /history/user-operation",
      "GET /history/user-operation/count",
      "GET /history/identity-link-log",
      "GET /history/identity-link-log/count",
      // people: the assign dialog, the officer's own profile and password
      "GET /user",
      "GET /user/count",
      "GET /user/{id}/profile",
      "PUT /user/{id}/profile",
      "PUT /user/{id}/credentials",
      "GET /group",
      "GET /group/count",
      "GET /group/{id}",
      "GET /identity/groups",
      "GET /identity/password-policy",
      "POST /identity/password-policy",
      "GET /authorization/check");

  private static final List<Endpoint> ENDPOINTS = ALLOWED.stream().flatMap(line -> {
    String[] parts = line.split(" ", 2);
    List<String> paths = parts[1].startsWith("DEF")
        ? List.of(DEFINITION.split("\\|")).stream().map(prefix -> prefix + parts[1].substring(3)).toList()
        : List.of(parts[1]);
    return List.of(parts[0].split("\\|")).stream().flatMap(method -> paths.stream().map(path -> new Endpoint(method, path)));
  }).toList();

  private OfficerEndpoints() {
  }

  /** Whether an officer may call the engine API's {@code path} (inside the API, decoded) with {@code method}. */
  static boolean allows(String method, String path) {
    String verb = method.toUpperCase(Locale.ROOT).equals("HEAD") ? "GET" : method.toUpperCase(Locale.ROOT);
    return verb.equals("OPTIONS") || ENDPOINTS.stream().anyMatch(endpoint -> endpoint.matches(verb, path));
  }

  /** The allowed endpoints as written (method and template), for documentation and tests. */
  static List<String> templates() {
    return ENDPOINTS.stream().map(endpoint -> endpoint.method() + " " + endpoint.template()).toList();
  }

  /**
   * One path segment standing for an id; never a word the API uses as a path of its own at that place
   * ({@code /process-definition/statistics} is not the definition "statistics").
   */
  private static final String SEGMENT = "(?!(?:statistics|report|count|key|create|suspended|delete)(?:/|$))[^/]+";

  private record Endpoint(String method, String template, Pattern pattern) {

    Endpoint(String method, String template) {
      this(method, template, Pattern.compile(template.replaceAll("\\{[^/}]+}", java.util.regex.Matcher.quoteReplacement(SEGMENT))));
    }

    boolean matches(String verb, String path) {
      return method.equals(verb) && pattern.matcher(path).matches();
    }
  }
}
