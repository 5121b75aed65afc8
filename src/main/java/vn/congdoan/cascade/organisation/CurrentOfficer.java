package vn.congdoan.cascade.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.Authenticated;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.security.ApiAuthenticationFilter;

/**
 * Who is calling the application's own endpoints (set by {@link ApiAuthenticationFilter}) and what their
 * groups let them see: the sector's groups see their sector's directives, a grassroots union's group
 * sees its own unit, {@code camunda-admin} sees everything.
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

  /** An officer of the sector's office, chair or administrators, or an administrator of the installation. */
  public boolean isOfSector(OrganisationUnit sector) {
    List<String> groups = groups();
    return isAdministrator()
        || groups.contains(OfficerRole.SECTOR_OFFICE.groupOf(sector))
        || groups.contains(OfficerRole.SECTOR_CHAIR.groupOf(sector))
        || groups.contains(OfficerRole.SECTOR_ADMIN.groupOf(sector));
  }

  /** The sector's chair (the group of chairs of that sector); an administrator is not a chair. */
  public boolean isChairOf(OrganisationUnit sector) {
    return groups().contains(OfficerRole.SECTOR_CHAIR.groupOf(sector));
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
