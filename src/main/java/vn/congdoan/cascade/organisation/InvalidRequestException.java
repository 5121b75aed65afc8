package vn.congdoan.cascade.organisation;

/** The officer's input to an API call is missing or wrong (HTTP 400); the message is Vietnamese. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
