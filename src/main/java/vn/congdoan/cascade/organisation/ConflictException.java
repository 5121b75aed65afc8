package vn.congdoan.cascade.organisation;

/** What the officer asks for contradicts the state of the thing (HTTP 409); the message is Vietnamese. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
