package vn.congdoan.cascade.organisation;

/**
 * The registry file cannot be loaded (unreadable, or a unit or officer is wrong); the message (English,
 * for the administrator and the log) names the culprit. Nothing of the file is stored.
 */
public class InvalidRegistryException extends IllegalStateException {

  public InvalidRegistryException(String message) {
    super(message);
  }

  public InvalidRegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
