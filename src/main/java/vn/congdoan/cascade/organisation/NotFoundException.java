package vn.congdoan.cascade.organisation;

/** What the officer asked for does not exist (or they may not know that it does); Vietnamese message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
