package vn.congdoan.cascade.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the application's own endpoints as JSON the way the engine's REST API answers them:
 * {@code {"type": …, "message": …}}, the message in Vietnamese for the officer; never a stack trace.
 */
@RestControllerAdvice(basePackages = "vn.congdoan.cascade")
public class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(AccessRefusedException.class)
  ResponseEntity<Map<String, String>> refused(AccessRefusedException e) {
    log.info("API access refused: {}", e.getMessage());
    return body(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, "NotFound", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "InvalidRequest", "Tham số '" + e.getName() + "' không hợp lệ.");
  }

  private static ResponseEntity<Map<String, String>> body(HttpStatus status, String type, String message) {
    return ResponseEntity.status(status).body(Map.of("type", type, "message", message));
  }
}
