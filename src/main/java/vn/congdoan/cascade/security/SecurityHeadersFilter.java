package vn.congdoan.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The usual security headers on every response, set before the response is written so that error
 * responses carry them too:
 * <ul>
 * <li>everywhere: {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin};</li>
 * <li>the REST APIs ({@code /engine-rest}, {@code /api}): no caching of officers' data
 * ({@code Cache-Control: no-store}), never framed or run as a page
 * ({@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}, {@code X-Frame-Options: DENY});</li>
 * <li>the application's pages (progress page, welcome redirect): scripts, styles and images from the
 * application only, not framed by another site.</li>
 * </ul>
 * The webapps under {@code /camunda} set their own Content-Security-Policy (with a nonce), which this
 * filter leaves alone.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'self'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (path.startsWith("/engine-rest/") || path.startsWith("/api/") || path.equals("/engine-rest") || path.equals("/api")) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Content-Security-Policy", API_POLICY);
    } else if (!path.startsWith("/camunda/")) {
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
      response.setHeader("Content-Security-Policy", PAGE_POLICY);
    }
    chain.doFilter(request, response);
  }
}
