package vn.congdoan.cascade.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a short Vietnamese message (and {@code Retry-After}) while the application is not
 * ready for officers. Spring Boot's web server accepts requests before the application runners have
 * deployed the models ({@link ModelDeployer}), loaded the registry and created the officers' accounts,
 * groups and Tasklist filters; a request in that window would see an empty Tasklist, a login refused
 * or "no process definition". The state is Spring Boot's readiness ({@link ApplicationAvailability}):
 * it turns to accepting traffic after the last runner, and back to refusing it when the application
 * shuts down. The actuator's health (and its liveness and readiness probes) answers for itself meanwhile:
 * alive, not ready.
 */
class StartingUpFilter extends OncePerRequestFilter {

  static final String MESSAGE = "Hệ thống đang khởi động hoặc đang dừng; xin thử lại sau ít phút.";
  static final int RETRY_AFTER_SECONDS = 10;
  private static final Logger log = LoggerFactory.getLogger(StartingUpFilter.class);

  private final ApplicationAvailability availability;

  public StartingUpFilter(ApplicationAvailability availability) {
    this.availability = availability;
  }

  /** The actuator's health and its probes, as the server decoded and normalised the path. */
  static boolean isHealth(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isHealth(request)) {
      chain.doFilter(request, response);
      return;
    }
    log.debug("Not ready: {} {} answered 503", request.getMethod(), request.getRequestURI());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/engine-rest") || path.startsWith("/api") || path.startsWith("/camunda/api")) {
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"ServiceUnavailable\",\"message\":\"" + MESSAGE + "\"}");
    } else {
      response.setContentType("text/html");
      response.getWriter().write("""
          <!DOCTYPE html>
          <html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
          <title>Hệ thống đang khởi động</title></head>
          <body><p>%s Trang sẽ tự tải lại.</p></body></html>
          """.formatted(RETRY_AFTER_SECONDS, MESSAGE));
    }
  }
}
