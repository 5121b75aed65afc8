package vn.congdoan.cascade.archive;

import org.springframework.http.HttpStatus;

/** A request for a document that cannot be answered; the message is Vietnamese, for the officer. */
class DocumentRequestException extends RuntimeException {

  private final HttpStatus status;

  public DocumentRequestException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
