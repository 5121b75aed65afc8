package vn.congdoan.cascade.form;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congdoan.cascade.security.CachedBodyRequest;
import vn.congdoan.cascade.security.EngineRestRequests;
import vn.congdoan.cascade.security.WebappSession;

/**
 * A process's variables change only through its forms. In the engine's REST API and the webapps' copy of
 * it (which Tasklist calls):
 * <ul>
 * <li>a completion ({@code complete}, {@code submit-form}, {@code resolve}) that carries a variable its
 * form does not have ({@link SubmittableVariables}) is refused with 400, code 22000 and a Vietnamese
 * message naming the variables, before the engine sees it: nothing is stored, the task stays open.
 * Without this, an officer could send, with their own task, the process variable that names the unit's
 * records ({@code assignmentId}) or a candidate group, and write into another unit's work;</li>
 * <li>changing a task's variables directly ({@code PUT}, {@code POST}, {@code DELETE} on
 * {@code /task/{id}/variables…} or {@code /localVariables…}) is refused with 403 for everyone; an
 * administrator repairs a process's variables in Cockpit, on the process instance;</li>
 * <li>a start of a process with a {@link StartForm} ({@code start}, {@code submit-form}) may carry only
 * that form's variables (not, e.g., {@code initiator}, which the engine sets to the caller), and may not
 * start anywhere but at the start event nor skip the model's listeners ({@code startInstructions},
 * {@code skipCustomListeners}, {@code skipIoMappings}): an officer who may start the cascade could
 * otherwise start it at the plan's issue, past the chair's approval.</li>
 * </ul>
 * Requests of callers who are not logged in pass on unread: the engine refuses them.
 */
public class SubmittedVariablesFilter extends OncePerRequestFilter {

  /** Larger request bodies are refused; the largest form (50 nominations) is far below. */
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(SubmittedVariablesFilter.class);
  private static final Pattern COMPLETION = Pattern.compile(EngineRestRequests.API + "/task/([^/]+)/(?:complete|submit-form|resolve)$");
  private static final Pattern TASK_VARIABLES = Pattern.compile(EngineRestRequests.API + "/task/[^/]+/(?:variables|localVariables)(?:/.*)?$");
  private static final Pattern START = Pattern.compile(
      EngineRestRequests.API + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final SubmittableVariables submittable;
  private final IdentityService identity;

  public SubmittedVariablesFilter(SubmittableVariables submittable, IdentityService identity) {
    this.submittable = submittable;
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = EngineRestRequests.path(request);
    if (!READS.contains(request.getMethod()) && TASK_VARIABLES.matcher(path).matches()) {
      log.info("Refused {} {}: task variables change only through the task's form", request.getMethod(), path);
      EngineRestRequests.refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Dữ liệu của công việc chỉ được thay đổi qua biểu mẫu của công việc.", null);
      return;
    }
    Matcher completion = COMPLETION.matcher(path);
    Matcher start = START.matcher(path);
    boolean isCompletion = completion.matches();
    if (!"POST".equals(request.getMethod()) || !isCompletion && !start.matches() || !WebappSession.isLoggedIn(request, identity)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CachedBodyRequest> read = CachedBodyRequest.read(request, MAX_BODY_BYTES);
    if (read.isEmpty()) {
      log.info("Refused {}: request body over {} bytes", path, MAX_BODY_BYTES);
      EngineRestRequests.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
          "Nội dung gửi lên quá lớn (tối đa 2 MB).", null);
      return;
    }
    JsonNode json = EngineRestRequests.json(read.get().body());
    if (!isCompletion && startsElsewhere(json)) {
      log.info("Refused {}: a start with start instructions or skipped listeners, nothing stored", path);
      EngineRestRequests.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "Quy trình chỉ được bắt đầu từ đầu, qua biểu mẫu của quy trình; không có gì được lưu.", FormValidationException.CODE);
      return;
    }
    Optional<Set<String>> accepted = json == null || !json.path("variables").isObject() || json.path("variables").isEmpty()
        ? Optional.empty()
        : isCompletion ? submittable.ofTask(completion.group(1)) : submittable.ofStart(start.group(1), start.group(2));
    List<String> foreign = accepted.map(names -> foreignVariables(json.path("variables"), names)).orElse(List.of());
    if (!foreign.isEmpty()) {
      log.info("Refused {}: variables not on the form {}, nothing stored", path, foreign);
      EngineRestRequests.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "Yêu cầu có dữ liệu không thuộc biểu mẫu này (" + String.join(", ", foreign) + "); không có gì được lưu.",
          FormValidationException.CODE);
      return;
    }
    chain.doFilter(read.get(), response);
  }

  /** A start at other activities than the start event, or without the model's listeners. */
  private static boolean startsElsewhere(JsonNode request) {
    return request != null && (request.path("startInstructions").isArray() && !request.path("startInstructions").isEmpty()
        || request.path("skipCustomListeners").asBoolean(false) || request.path("skipIoMappings").asBoolean(false));
  }

  /** Names of submitted variables the form does not have, sorted. */
  private static List<String> foreignVariables(JsonNode variables, Set<String> accepted) {
    Set<String> foreign = new TreeSet<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (!accepted.contains(name)) {
        foreign.add(name);
      }
    });
    return new ArrayList<>(foreign);
  }
}
