package vn.congdoan.cascade.organisation;

/** The current officer may not see or do this; the message is Vietnamese, for the officer. */
public class AccessRefusedException extends RuntimeException {

  public AccessRefusedException(String message) {
    super(message);
  }
}
