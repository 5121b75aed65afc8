package vn.congdoan.cascade.organisation;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What an officer does for their union; each role maps to one Camunda group of the unit. A CĐCS has one
 * role; every unit with children (upper-level union, LĐLĐ, Confederation) has the other three. Registry
 * files written before the tree named those {@code SECTOR_OFFICE}, {@code SECTOR_CHAIR}, {@code SECTOR_ADMIN}.
 */
public enum OfficerRole {
  /** Officer of a grassroots union (usually its chair or vice-chair). */
  GRASSROOTS_OFFICER("officer"),
  /** The office of a unit with children: drafts plans and reports, reviews nominations. */
  @JsonAlias("SECTOR_OFFICE")
  OFFICE("office"),
  /** The chair of a unit with children: approves plans, signs reports. */
  @JsonAlias("SECTOR_CHAIR")
  CHAIR("chair"),
  /** The administrator of a unit with children: watches its cascades in Cockpit. */
  @JsonAlias("SECTOR_ADMIN")
  ADMIN("admin");

  private final String groupSuffix;

  OfficerRole(String groupSuffix) {
    this.groupSuffix = groupSuffix;
  }

  /** The Camunda group of this role in the given unit; a grassroots unit has a single group, its code. */
  public String groupOf(OrganisationUnit unit) {
    return groupOf(unit.getCode());
  }

  /** The Camunda group of this role in the unit with the given code. */
  public String groupOf(String unitCode) {
    return this == GRASSROOTS_OFFICER ? unitCode : unitCode + "-" + groupSuffix;
  }

  /** Whether this role belongs in a unit of the given level. */
  public boolean fits(UnitLevel level) {
    return (this == GRASSROOTS_OFFICER) == (level == UnitLevel.GRASSROOTS);
  }
}
