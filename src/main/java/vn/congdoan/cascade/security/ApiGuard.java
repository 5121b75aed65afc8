package vn.congdoan.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.engine.WebappInternals;

/**
 * The edge in front of the engine's REST API ({@code /engine-rest}) and the webapps' APIs
 * ({@code /camunda/api}), on the path as those APIs read it ({@link ApiPath}: decoded once, normalised),
 * denying by default:
 * <ul>
 * <li>a path no API could read unambiguously (an encoded slash, a dot segment, a malformed escape) is
 * refused with 400;</li>
 * <li>an administrator ({@code camunda-admin}) may call everything;</li>
 * <li>an officer may call the engine API's endpoints of {@link OfficerEndpoints} only, a webapp's API only
 * if they may use that webapp (Camunda's application permission: every officer Tasklist, only
 * administrators Cockpit and Admin), its login, logout and plugin scripts excepted;</li>
 * <li>a caller who is not logged in passes on to the API's own authentication, which refuses them;</li>
 * <li>an officer's request body is at most {@value #MAX_OFFICER_BODY_BYTES} bytes (413 when declared
 * larger; a chunked body fails once it passes the limit).</li>
 * </ul>
 * A refusal is 403 in the API's error format with a Vietnamese message and the header
 * {@code X-Cascade-Refused: endpoint}. This is a second line: {@link EngineRules} and the engine's
 * authorizations decide on every call whatever its URL.
 */
class ApiGuard extends OncePerRequestFilter {

  static final String REFUSED_HEADER = "X-Cascade-Refused";
  /** The largest body an officer may send; the largest form (50 nominations) is far below. */
  static final long MAX_OFFICER_BODY_BYTES = 2L * 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(ApiGuard.class);
  private static final Set<String> WEBAPPS = Set.of("cockpit", "admin", "tasklist", "welcome");

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  ApiGuard(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiPath> parsed = ApiPath.of(request);
    if (parsed.isEmpty()) {
      log.info("Refused {} {}: a path the API cannot read unambiguously", request.getMethod(), request.getRequestURI());
      EngineRestRequests.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", "Đường dẫn không hợp lệ.", null);
      return;
    }
    ApiPath path = parsed.get();
    Optional<User> user = user(request);
    if (user.isEmpty() || user.get().groups().contains(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    if (allowed(request.getMethod(), path, user.get())) {
      LimitedBodyRequest limited = new LimitedBodyRequest(request, MAX_OFFICER_BODY_BYTES);
      if (limited.declaredTooLarge()) {
        log.info("Refused {} {} to {}: request body of {} bytes", request.getMethod(), request.getRequestURI(), user.get().id(),
            request.getContentLengthLong());
        EngineRestRequests.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
            "Nội dung gửi lên quá lớn (tối đa 2 MB).", null);
        return;
      }
      chain.doFilter(limited, response);
      return;
    }
    log.info("Refused {} {} to {}: not an endpoint officers may call", request.getMethod(), request.getRequestURI(), user.get().id());
    response.setHeader(REFUSED_HEADER, "endpoint");
    EngineRestRequests.refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
        "Tài khoản của bạn không được dùng chức năng này.", null);
  }

  private boolean allowed(String method, ApiPath path, User user) {
    if (path.area().equals(ApiPath.ENGINE)) {
      return OfficerEndpoints.allows(method, path.rest());
    }
    if (path.area().equals("admin") && path.rest().startsWith("/auth/user/")) {
      return true;
    }
    if (path.area().equals("welcome") || path.rest().matches("/plugin/[^/]+/static/.*") && ("GET".equals(method) || "HEAD".equals(method))) {
      return true;
    }
    return WEBAPPS.contains(path.area()) && authorizations.isUserAuthorized(user.id(), user.groups(), Permissions.ACCESS,
        Resources.APPLICATION, path.area());
  }

  private record User(String id, List<String> groups) {
  }

  /** The caller: the REST API's authenticated user (set by its authentication filter) or the webapps' session. */
  private Optional<User> user(HttpServletRequest request) {
    var authentication = EngineInternals.currentAuthentication(identity);
    if (authentication.isPresent() && authentication.get().userId() != null) {
      return Optional.of(new User(authentication.get().userId(), authentication.get().groups()));
    }
    return WebappInternals.sessionUser(request).map(s -> new User(s.userId(), s.groups()));
  }
}
