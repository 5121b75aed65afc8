package vn.congdoan.cascade.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST resources put "Cannot submit task form &lt;id&gt;: " (or "Cannot complete task
 * &lt;id&gt;: ", "Cannot instantiate process definition &lt;id&gt;: ") before the reason of a refused
 * form, and Tasklist shows the message as it comes; a start refused by this application's rules is even
 * answered 500 ({@code /start} wraps every engine exception). For a refusal of this application
 * ({@code code} 22,000 to 22,099) this filter removes that English prefix, so that the officer reads only
 * the Vietnamese reason, and answers 400 (the input was refused, nothing failed); every other response
 * passes unchanged. Applies to the REST API and to the webapps' own copy of it, which Tasklist calls, for
 * every request that may change something (reads are not buffered).
 */
public class TaskFormErrorMessages extends OncePerRequestFilter {

  private static final int LAST_CODE = 22_099;
  /** The REST resources' prefixes; a process definition's id has colons ("Key:1:uuid"), but no space. */
  private static final Pattern PREFIX = Pattern.compile(
      "^(Cannot submit task form|Cannot complete task|Cannot resolve task|Cannot instantiate process definition) \\S+: ");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST
          || wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        byte[] fixed = withoutPrefix(wrapper.getContentAsByteArray());
        if (fixed != null) {
          wrapper.resetBuffer();
          wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          wrapper.getOutputStream().write(fixed);
        }
      }
      wrapper.copyBodyToResponse();
    }
  }

  /** The body with the message's prefix removed, or null to keep the body as it is. */
  byte[] withoutPrefix(byte[] body) {
    try {
      if (!(json.readTree(body) instanceof ObjectNode error) || !error.path("code").canConvertToInt()
          || error.path("code").asInt() < FormValidationException.CODE || error.path("code").asInt() > LAST_CODE
          || !error.path("message").isTextual()) {
        return null;
      }
      String message = error.get("message").asText();
      String stripped = PREFIX.matcher(message).replaceFirst("");
      error.put("message", stripped);
      return json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
