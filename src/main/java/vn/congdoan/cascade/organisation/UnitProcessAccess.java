package vn.congdoan.cascade.organisation;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * Lets a unit's officers (office, chair, administrators) read a process instance of their own unit through the
 * engine — the instance and its history — and nobody else's: one grant per group and instance, made when the
 * instance becomes the unit's. The units' groups have no right to read the models' instances as a whole, which in a
 * province would show them their siblings' work (see docs/security.md).
 */
@Component
public class UnitProcessAccess {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public UnitProcessAccess(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  /** Grants the unit's office, chair and administrators reading the instance and its history (as the application). */
  public void grantReading(String processInstanceId, OrganisationUnit unit) {
    WithoutCaller.lookup(identity, () -> {
      for (OfficerRole role : List.of(OfficerRole.OFFICE, OfficerRole.CHAIR, OfficerRole.ADMIN)) {
        grant(role.groupOf(unit), Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grant(role.groupOf(unit), Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  /** The instance was started in this transaction: it has no grant yet, so none is looked up. */
  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
