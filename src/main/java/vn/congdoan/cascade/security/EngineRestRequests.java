package vn.congdoan.cascade.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * What the filters in front of the engine's REST API share: where the API is (the REST API itself and the
 * webapps' copy of it, which Tasklist calls), the request's path as the API reads it, and a refusal in the
 * API's own error format.
 */
public final class EngineRestRequests {

  /** The start of every path of the engine's REST API, as a regular expression. */
  public static final String API = "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestRequests() {
  }

  /** The path inside the application, with repeated and trailing slashes and path parameters removed. */
  public static String path(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    path = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The request body as JSON, or null if it is not JSON (the engine then answers it: 22003). */
  public static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Answers {@code {"type", "message", "code"}} (without a code if null), as the engine's REST API does. */
  public static void refuse(HttpServletResponse response, int status, String type, String message, Integer code)
      throws IOException {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("message", message);
    if (code != null) {
      error.put("code", code);
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(error));
  }
}
