package vn.congdoan.cascade.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.organisation.OrganisationSynchronised;

/**
 * Camunda authorizations that follow the registry (see docs/security.md for the table):
 * <ul>
 * <li>every officer may use Tasklist, read and update their own user and read their own groups;</li>
 * <li>a grassroots union's group reads the grassroots model; its tasks it gets from the engine, which
 * grants a task's candidate group the right to work on that task and nothing else;</li>
 * <li>the sector's office and chair read every unit's process, history and open tasks (progress),
 * the office also starts directives;</li>
 * <li>the sector's administrators are members of {@code camunda-admin}, which holds every permission
 * (Cockpit, Admin).</li>
 * </ul>
 * Grants are only added, never narrowed, so an administrator's additions in Admin survive a restart.
 * The existing grants per unit and per officer are read in bulk, so an unchanged registry writes nothing
 * and reads a fixed number of times.
 */
@Component
class AuthorizationSetup {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

  private final AuthorizationService authorizations;

  public AuthorizationSetup(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener
  @Order(0)
  public void on(OrganisationSynchronised organisation) {
    // the grants made per unit and per officer are read in bulk, four queries whatever the registry's size,
    // and compared in memory (issue 17); the few per sector group are looked up one by one
    Grants grants = new Grants(authorizations)
        .readAll(Resources.APPLICATION, "tasklist")
        .readAll(Resources.GROUP, null)
        .readAll(Resources.PROCESS_DEFINITION, GrassrootsUnionContract.PROCESS_KEY)
        .readAll(Resources.USER, null);
    for (Resources resource : Resources.values()) {
      grants.toGroup(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    for (String group : organisation.grassrootsGroups()) {
      grants.toGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.toGroup(group, Resources.GROUP, group, Permissions.READ);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, GrassrootsUnionContract.PROCESS_KEY,
          ProcessDefinitionPermissions.READ);
    }
    for (String group : organisation.sectorGroups()) {
      grants.toGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.toGroup(group, Resources.GROUP, ANY, Permissions.READ);
      grants.toGroup(group, Resources.USER, ANY, Permissions.READ);
      grants.toGroup(group, Resources.TASK, ANY, Permissions.READ);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, GrassrootsUnionContract.PROCESS_KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, DirectiveCascadeContract.PROCESS_KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    }
    for (String office : organisation.sectorOfficeGroups()) {
      grants.toGroup(office, Resources.PROCESS_DEFINITION, DirectiveCascadeContract.PROCESS_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grants.toGroup(office, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    for (String officer : organisation.officers()) {
      grants.toUser(officer, Resources.USER, officer, Permissions.READ, Permissions.UPDATE);
    }
    log.info("Authorizations in line with the registry: {} grassroots groups, {} sector groups, {} officers",
        organisation.grassrootsGroups().size(), organisation.sectorGroups().size(), organisation.officers().size());
  }
}
