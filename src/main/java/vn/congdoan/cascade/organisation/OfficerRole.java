package vn.congdoan.cascade.organisation;

/** What an officer does for their union; each role maps to one Camunda group of the unit. */
public enum OfficerRole {
  /** Officer of a grassroots union (usually its chair or vice-chair). */
  GRASSROOTS_OFFICER("officer"),
  /** Sector union office: drafts plans and reports, reviews nominations. */
  SECTOR_OFFICE("office"),
  /** Sector union chair: approves plans, signs reports. */
  SECTOR_CHAIR("chair"),
  /** Sector administrator: watches the cascade in Cockpit. */
  SECTOR_ADMIN("admin");

  private final String groupSuffix;

  OfficerRole(String groupSuffix) {
    this.groupSuffix = groupSuffix;
  }

  /** The Camunda group of this role in the given unit; a grassroots unit has a single group, its code. */
  public String groupOf(OrganisationUnit unit) {
    return this == GRASSROOTS_OFFICER ? unit.getCode() : unit.getCode() + "-" + groupSuffix;
  }
}
