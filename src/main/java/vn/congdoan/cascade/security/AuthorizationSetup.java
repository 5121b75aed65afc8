package vn.congdoan.cascade.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
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
 * <li>the office, chair and administrators of a unit with children (an upper-level union, an LĐLĐ) read both
 * models and work on their own tasks; they follow their subtree on the progress page, never through the engine's
 * instances, history or tasks (that would show them a sibling's work); the office also starts directives;</li>
 * <li>the administrators of a top unit (the LĐLĐ's) administer the installation: members of {@code camunda-admin},
 * which holds every permission (Cockpit, Admin).</li>
 * </ul>
 * Grants are only added, never narrowed, so an administrator's additions in Admin survive a restart — except the
 * permissions to read every instance, its history and every task, which the one-sector version granted the sector's
 * groups itself: they are withdrawn.
 * The existing grants per unit and per officer are read in bulk, so an unchanged registry writes nothing
 * and reads a fixed number of times.
 */
@Component
class AuthorizationSetup {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

  private final AuthorizationService authorizations;
  private final UnitTaskVisibility unitTasks;

  public AuthorizationSetup(AuthorizationService authorizations, UnitTaskVisibility unitTasks) {
    this.authorizations = authorizations;
    this.unitTasks = unitTasks;
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
        .readAll(Resources.PROCESS_DEFINITION, DirectiveCascadeContract.PROCESS_KEY)
        .readAll(Resources.TASK, ANY)
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
    boolean everyTaskWithdrawn = false;
    for (String group : organisation.sectorGroups()) {
      grants.toGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.toGroup(group, Resources.GROUP, ANY, Permissions.READ);
      grants.toGroup(group, Resources.USER, ANY, Permissions.READ);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, GrassrootsUnionContract.PROCESS_KEY, ProcessDefinitionPermissions.READ);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, DirectiveCascadeContract.PROCESS_KEY, ProcessDefinitionPermissions.READ);
      // a unit's officers see its tasks (candidate group) and follow its subtree on the progress page; reading every
      // instance, its history and every task of the two processes — what the one-sector version granted — would
      // show a sibling's work now that the registry holds the whole province
      for (String processKey : List.of(GrassrootsUnionContract.PROCESS_KEY, DirectiveCascadeContract.PROCESS_KEY)) {
        grants.withdrawFromGroup(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.values(),
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK);
      }
      everyTaskWithdrawn |= grants.withdrawFromGroup(group, Resources.TASK, ANY, Permissions.values(), Permissions.READ);
    }
    if (everyTaskWithdrawn) {
      // upgraded from the one-sector version: the parent's office keeps seeing the units' tasks that are open now
      unitTasks.grantOpenTasks();
    }
    for (String office : organisation.directiveOfficeGroups()) {
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
