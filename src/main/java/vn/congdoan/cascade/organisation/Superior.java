package vn.congdoan.cascade.organisation;

/**
 * The body directly above a unit, as documents name it and reports reach it: its parent in the registry, or for
 * a top unit the body outside the system the registry names (e.g. the Confederation above an LĐLĐ).
 *
 * @param code the parent's code; {@code null} for a body outside the system
 */
public record Superior(String code, String name, String headerName, String email) {

  /** Whether the body is a unit of the registry (it works in the system) rather than only an address. */
  public boolean inRegistry() {
    return code != null;
  }

  /** The e-mail address, if the registry gives one. */
  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
