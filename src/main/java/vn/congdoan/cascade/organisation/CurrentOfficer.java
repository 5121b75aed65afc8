package vn.congdoan.cascade.organisation;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.Authenticated;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.security.ApiAuthenticationFilter;

/**
 * Who is calling the application's own endpoints (set by {@link ApiAuthenticationFilter}) and what their
 * groups let them see: the office, chair and administrators of a unit with children see its directives and
 * those of every unit below it (an LĐLĐ drills down to a sector and to a CĐCS), never a sibling's; a grassroots
 * union's group sees its own unit; {@code camunda-admin} sees everything.
 */
@Component
public class CurrentOfficer {

  private final IdentityService identity;

  public CurrentOfficer(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    return authentication().userId();
  }

  public boolean isAdministrator() {
    return groups().contains(Groups.CAMUNDA_ADMIN);
  }

  /** An officer of the unit's office, chair or administrators, or an administrator of the installation. */
  public boolean isOfficerOf(OrganisationUnit unit) {
    return isAdministrator() || holdsRoleIn(groups(), unit.getCode());
  }

  /**
   * Whether the caller may read what the unit does: an officer (office, chair, administrator) of the unit or
   * of a unit above it, or an administrator of the installation. Reading only: acting stays with the unit's
   * own officers.
   */
  public boolean oversees(OrganisationUnit unit) {
    List<String> groups = groups();
    return isAdministrator() || unitOrAbove(unit, code -> holdsRoleIn(groups, code));
  }

  /**
   * Whether the caller administers the unit: an administrator of the installation, or of the unit or a unit above
   * it (role ADMIN), who may repair the unit's cascades (retry their failed jobs), never a sibling's.
   */
  public boolean administers(OrganisationUnit unit) {
    List<String> groups = groups();
    return isAdministrator() || unitOrAbove(unit, code -> groups.contains(OfficerRole.ADMIN.groupOf(code)));
  }

  /** Whether the unit, or one of the units above it (by the codes of its path), passes the test. */
  private static boolean unitOrAbove(OrganisationUnit unit, Predicate<String> test) {
    return test.test(unit.getCode()) || unit.ancestorCodes().stream().anyMatch(test);
  }

  private static boolean holdsRoleIn(List<String> groups, String unitCode) {
    return groups.contains(OfficerRole.OFFICE.groupOf(unitCode))
        || groups.contains(OfficerRole.CHAIR.groupOf(unitCode))
        || groups.contains(OfficerRole.ADMIN.groupOf(unitCode));
  }

  /** The sector's chair (the group of chairs of that sector); an administrator is not a chair. */
  public boolean isChairOf(OrganisationUnit sector) {
    return groups().contains(OfficerRole.CHAIR.groupOf(sector));
  }

  public boolean isOfUnit(OrganisationUnit grassroots) {
    return groups().contains(OfficerRole.GRASSROOTS_OFFICER.groupOf(grassroots));
  }

  public List<String> groups() {
    return authentication().groups();
  }

  private Authenticated authentication() {
    return EngineInternals.currentAuthentication(identity)
        .orElseThrow(() -> new AccessRefusedException("Vui lòng đăng nhập để dùng chức năng này."));
  }
}
