package vn.congdoan.cascade.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/** A refusal in the engine REST API's own error format, for the filters in front of it. */
final class EngineRestRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestRequests() {
  }

  /** Answers {@code {"type", "message", "code"}} (without a code if null), as the engine's REST API does. */
  static void refuse(HttpServletResponse response, int status, String type, String message, Integer code)
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
