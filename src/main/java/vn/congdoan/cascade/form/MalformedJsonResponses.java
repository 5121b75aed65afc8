package vn.congdoan.cascade.form;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request body to the engine's REST API that is not JSON, or not the JSON the resource expects, is
 * answered like every other refusal of the API: 400 with {@code {"type": "InvalidRequestException",
 * "message": …, "code": …}}. Without this, the JSON provider answers such requests in plain text with
 * the parser's internal wording.
 */
@Component
class MalformedJsonResponses implements ResourceConfigCustomizer {

  /** The engine REST API's {@code code} of an unreadable request body. */
  public static final int CODE = 22_003;

  private static final Logger log = LoggerFactory.getLogger(MalformedJsonResponses.class);

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(UnreadableJson.class);
    config.register(UnexpectedJson.class);
  }

  /** JSON that does not parse. Preferred over the JSON provider's mapper of the same exception. */
  @Priority(1)
  public static class UnreadableJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return refusal(e);
    }
  }

  /** JSON of the wrong shape. Preferred over the JSON provider's mapper of the same exception. */
  @Priority(1)
  public static class UnexpectedJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return refusal(e);
    }
  }

  static Response refusal(JacksonException e) {
    log.info("REST request refused: unreadable JSON body ({})", e.getClass().getSimpleName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "Nội dung yêu cầu không phải JSON hợp lệ hoặc không đúng cấu trúc mong đợi (dòng "
        + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", cột "
        + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ").");
    body.put("code", CODE);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
