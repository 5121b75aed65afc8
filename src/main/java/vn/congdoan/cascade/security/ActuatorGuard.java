package vn.congdoan.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot Actuator's endpoints ({@code /actuator/*}): health (with the liveness and readiness
 * probes) and info are public; every other endpoint — metrics, Prometheus, environment, loggers … — is
 * the administrator's ({@code camunda-admin}): 401 without credentials, 403 for an officer. A caller is
 * recognised as on the application's API ({@link ApiAuthenticationFilter}): HTTP Basic against
 * Camunda's identity service (with its login throttle), or the webapps' session for reading. A
 * recognised caller is the request's principal, with their groups as roles, so that health shows its
 * details to the administrator only ({@code management.endpoint.health.roles}). The path is the one the
 * server decoded and normalised (the servlet path), compared exactly.
 */
class ActuatorGuard extends OncePerRequestFilter {

  static final Set<String> PUBLIC = Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
      "/actuator/info");
  private static final Logger log = LoggerFactory.getLogger(ActuatorGuard.class);

  private final IdentityService identity;

  ActuatorGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean open = PUBLIC.contains(path);
    Optional<ApiAuthenticationFilter.Caller> caller = open && request.getHeader("Authorization") == null
        && request.getSession(false) == null ? Optional.empty() : ApiAuthenticationFilter.caller(request, identity, log);
    if (open) {
      chain.doFilter(caller.<HttpServletRequest>map(c -> new AsPrincipal(request, c)).orElse(request), response);
      return;
    }
    if (caller.isEmpty()) {
      ApiAuthenticationFilter.refuse(request, response);
      return;
    }
    if (!caller.get().groups().contains(Groups.CAMUNDA_ADMIN)) {
      log.info("Refused {} {} to {}: the actuator is the administrator's", request.getMethod(), request.getRequestURI(),
          caller.get().userId());
      EngineRestRequests.refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Tài khoản của bạn không được dùng chức năng này.", null);
      return;
    }
    chain.doFilter(new AsPrincipal(request, caller.get()), response);
  }

  /** The recognised caller as the request's principal, their groups as roles. */
  private static final class AsPrincipal extends HttpServletRequestWrapper {

    private final ApiAuthenticationFilter.Caller caller;

    AsPrincipal(HttpServletRequest request, ApiAuthenticationFilter.Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
      return caller::userId;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.groups().contains(role);
    }
  }
}
