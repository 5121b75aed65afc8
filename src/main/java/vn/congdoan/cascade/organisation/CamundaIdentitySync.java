package vn.congdoan.cascade.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors the registry into Camunda's users and groups: every grassroots union is a group, a sector
 * union has a group per role (office, chair, admin), every officer is a user in the group of their
 * role. Sector administrators also join {@code camunda-admin}. Safe to run again: it only adds and
 * updates.
 */
@Component
public class CamundaIdentitySync {

  private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

  private final IdentityService identity;
  private final OrganisationUnitRepository units;
  private final OfficerRepository officers;
  private final OrganisationProperties properties;

  public CamundaIdentitySync(IdentityService identity, OrganisationUnitRepository units, OfficerRepository officers,
      OrganisationProperties properties) {
    this.identity = identity;
    this.units = units;
    this.officers = officers;
    this.properties = properties;
  }

  @Transactional
  public void synchronise() {
    Set<String> groups = new HashSet<>();
    for (OrganisationUnit unit : units.findAll()) {
      switch (unit.getLevel()) {
        case GRASSROOTS -> groups.add(saveGroup(OfficerRole.GRASSROOTS_OFFICER.groupOf(unit), unit.getName(), "grassroots"));
        case SECTOR -> {
          groups.add(saveGroup(OfficerRole.SECTOR_OFFICE.groupOf(unit), "Văn phòng " + unit.getName(), "sector"));
          groups.add(saveGroup(OfficerRole.SECTOR_CHAIR.groupOf(unit), "Chủ tịch " + unit.getName(), "sector"));
          groups.add(saveGroup(OfficerRole.SECTOR_ADMIN.groupOf(unit), "Quản trị " + unit.getName(), "sector"));
        }
        case FEDERATION -> { }
      }
    }
    List<Officer> all = officers.findAllActiveWithUnit();
    for (Officer officer : all) {
      saveUser(officer);
      join(officer.getUsername(), officer.groupId());
      if (officer.getRole() == OfficerRole.SECTOR_ADMIN) {
        saveGroup(Groups.CAMUNDA_ADMIN, "Quản trị Camunda", Groups.GROUP_TYPE_SYSTEM);
        join(officer.getUsername(), Groups.CAMUNDA_ADMIN);
      }
    }
    log.info("Camunda identity synchronised: {} groups, {} users", groups.size(), all.size());
  }

  private String saveGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return id;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
    return id;
  }

  private void saveUser(Officer officer) {
    User user = identity.createUserQuery().userId(officer.getUsername()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(officer.getUsername());
      if (properties.demoPassword() != null && !properties.demoPassword().isBlank()) {
        user.setPassword(properties.demoPassword());
      }
    }
    // Vietnamese names are family name first; Camunda shows "first last", so split before the given name.
    String fullName = officer.getFullName();
    int lastSpace = fullName.lastIndexOf(' ');
    String first = lastSpace > 0 ? fullName.substring(0, lastSpace) : fullName;
    String last = lastSpace > 0 ? fullName.substring(lastSpace + 1) : "";
    if (created || !first.equals(user.getFirstName()) || !last.equals(user.getLastName())
        || !java.util.Objects.equals(officer.getEmail(), user.getEmail())) {
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(officer.getEmail());
      identity.saveUser(user);
    }
  }

  private void join(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
