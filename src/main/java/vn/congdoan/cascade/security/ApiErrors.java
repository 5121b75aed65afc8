package vn.congdoan.cascade.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.congdoan.cascade.database.DatabaseOutage;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.ConflictException;
import vn.congdoan.cascade.organisation.InvalidRequestException;
import vn.congdoan.cascade.organisation.InvalidRegistryException;
import vn.congdoan.cascade.organisation.NotFoundException;

/**
 * Errors of the application's own endpoints as JSON the way the engine's REST API answers them:
 * {@code {"type": …, "message": …}}, the message in Vietnamese for the officer; never a stack trace.
 */
@RestControllerAdvice(basePackages = "vn.congdoan.cascade")
class ApiErrors {

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

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, String>> conflict(ConflictException e) {
    log.info("API request refused (conflict): {}", e.getMessage());
    return body(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<Map<String, String>> invalid(InvalidRequestException e) {
    log.info("API request refused (invalid input): {}", e.getMessage());
    return body(HttpStatus.BAD_REQUEST, "InvalidRequest", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "InvalidRequest", "Tham số '" + e.getName() + "' không hợp lệ.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "InvalidRequest", "Thiếu tham số '" + e.getParameterName() + "'.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadableBody(HttpMessageNotReadableException e) {
    log.info("API request refused: unreadable body ({})", e.getMostSpecificCause().getClass().getSimpleName());
    return body(HttpStatus.BAD_REQUEST, "InvalidRequest", "Nội dung yêu cầu không đúng định dạng.");
  }

  @ExceptionHandler(InvalidRegistryException.class)
  ResponseEntity<Map<String, String>> invalidRegistry(InvalidRegistryException e) {
    log.warn("Registry synchronisation refused, nothing changed: {}", e.getMessage());
    return body(HttpStatus.BAD_REQUEST, "InvalidRegistry",
        "Tệp danh sách tổ chức và cán bộ có lỗi nên chưa cập nhật gì. Chi tiết: " + e.getMessage());
  }

  /** Anything unforeseen: logged with its stack trace, answered without it; a database outage is answered 503 by a filter. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, String>> unexpected(Exception e) throws Exception {
    if (e instanceof ErrorResponse) {
      throw e; // Spring MVC's own errors (404 of an unknown path, 405, …) keep their status
    }
    if (DatabaseOutage.isOutage(e)) {
      throw e; // database.DatabaseOutageFilter answers 503 and logs it in one line
    }
    log.error("API request failed", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
        "Hệ thống gặp lỗi khi xử lý yêu cầu; chưa có thay đổi nào được ghi. Vui lòng thử lại hoặc báo quản trị hệ thống.");
  }

  private static ResponseEntity<Map<String, String>> body(HttpStatus status, String type, String message) {
    return ResponseEntity.status(status).body(Map.of("type", type, "message", message));
  }
}
