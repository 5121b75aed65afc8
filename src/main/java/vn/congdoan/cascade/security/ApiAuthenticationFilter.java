package vn.congdoan.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congdoan.cascade.engine.WebappInternals;

/**
 * Authenticates calls to the application's own endpoints ({@code /api/*}) and makes the officer the
 * engine's current authentication for the request:
 * <ul>
 * <li>HTTP Basic, checked against Camunda's identity service (what scripts and other systems use);</li>
 * <li>for reading only (GET, HEAD), the session of an officer logged in to Tasklist or Cockpit, so that
 * links and the progress page work in the browser without a second login. Changes need HTTP Basic, so
 * the webapps' session cannot be used for cross-site requests that change anything.</li>
 * </ul>
 * Anything else gets 401 with a Vietnamese message.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Caller> caller = caller(request, identity, log);
    if (caller.isEmpty()) {
      refuse(request, response);
      return;
    }
    String userId = caller.get().userId();
    List<String> groups = caller.get().groups();
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Who calls: the HTTP Basic credentials, checked; for reading only, the webapps' session; else nobody. */
  static Optional<Caller> caller(HttpServletRequest request, IdentityService identity, Logger log) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = decode(header.substring(6).trim());
      if (credentials != null && identity.checkPassword(credentials[0], credentials[1])) {
        String userId = credentials[0];
        return Optional.of(new Caller(userId,
            identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList()));
      }
      log.info("Refused API call {} {}: wrong credentials", request.getMethod(), request.getRequestURI());
      return Optional.empty();
    }
    if (isRead(request)) {
      return WebappInternals.sessionUser(request).map(session -> new Caller(session.userId(), session.groups()));
    }
    return Optional.empty();
  }

  /** A caller whose credentials or session were accepted. */
  record Caller(String userId, List<String> groups) {
  }

  private static boolean isRead(HttpServletRequest request) {
    return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
  }

  private static String[] decode(String token) {
    try {
      String plain = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return colon > 0 ? new String[] {plain.substring(0, colon), plain.substring(colon + 1)} : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"directive-cascade\", charset=\"UTF-8\"");
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"Unauthorized\",\"message\":\"Vui lòng đăng nhập (tài khoản Tasklist) để dùng chức năng này.\"}");
  }
}
