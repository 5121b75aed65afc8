package vn.congdoan.cascade.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, a call of the APIs ({@code /engine-rest}, Tasklist's and
 * Cockpit's {@code /camunda/api}, the application's {@code /api}) is answered 503 with
 * {@code Retry-After} and a Vietnamese message, JSON {@code {"type": "ServiceUnavailable", "message": …}}
 * as {@code process.StartingUpFilter} answers while the application starts, instead of a 500 with the
 * engine's or the server's English text. The outage is recognised by the exception chain
 * ({@link DatabaseOutage}): an exception that reaches this filter (from the authentication filters, or
 * re-thrown by {@code security.ApiErrors}), or a server error answered by the REST resources after an
 * engine command of this request failed for it ({@link DatabaseOutageNotice}). One line is logged.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/") || path.startsWith("/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorHoldingResponse holding = new ErrorHoldingResponse(response);
    Throwable outage;
    DatabaseOutage.startNoticing();
    try {
      chain.doFilter(request, holding);
      outage = DatabaseOutage.stopNoticing();
    } catch (IOException | ServletException | RuntimeException e) {
      DatabaseOutage.stopNoticing();
      if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
        throw e;
      }
      answer(request, response, e);
      return;
    }
    if (request.isAsyncStarted() || outage == null || !holding.serverErrorHeld()) {
      holding.release(); // an asynchronous response (long polling) is written later, by another thread
      return;
    }
    answer(request, response, outage);
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, Throwable outage)
      throws IOException {
    log.warn("Database unreachable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
        DatabaseOutage.describe(outage));
    byte[] body = ("{\"type\":\"" + DatabaseOutage.TYPE + "\",\"message\":\"" + DatabaseOutage.MESSAGE + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
