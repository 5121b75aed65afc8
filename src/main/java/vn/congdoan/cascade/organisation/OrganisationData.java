package vn.congdoan.cascade.organisation;

import java.util.List;

/** The readable registry file: units with their officers (see src/main/resources/organisation/). */
public record OrganisationData(List<Unit> units) {

  public record Unit(String code, String name, String headerName, String symbol, String place, String email, UnitLevel level,
      String parent, ExternalParent externalParent, Boolean active, List<Person> officers) {}

  /** The body above a top unit that is outside the system, e.g. the Confederation above an LĐLĐ. */
  public record ExternalParent(String name, String email) {}

  public record Person(String username, String fullName, String title, String email, String phone,
      OfficerRole role, Boolean active) {}
}
