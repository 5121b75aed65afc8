package vn.congdoan.cascade.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
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
 * role. Sector administrators also join {@code camunda-admin}. Safe to run again: users and groups are
 * added or updated, and an officer retired or moved in the registry leaves the groups the registry
 * manages (the user stays, as history refers to it). Passwords are set only for new users and only when
 * a demo password is configured; Camunda stores them hashed (salted SHA-512). Camunda's groups, users and
 * memberships are read once, in bulk, and compared in memory: an unchanged registry costs a few queries
 * whatever its size, a changed one writes only the differences ({@link Existing}).
 */
@Component
class CamundaIdentitySync {

  private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);
  static final String GRASSROOTS_TYPE = "grassroots";
  static final String SECTOR_TYPE = "sector";

  private final IdentityService identity;
  private final OrganisationUnitRepository units;
  private final OfficerRepository officers;
  private final OrganisationProperties properties;
  private final OfficerTasks officerTasks;

  public CamundaIdentitySync(IdentityService identity, OrganisationUnitRepository units, OfficerRepository officers,
      OrganisationProperties properties, OfficerTasks officerTasks) {
    this.officerTasks = officerTasks;
    this.identity = identity;
    this.units = units;
    this.officers = officers;
    this.properties = properties;
  }

  @Transactional
  public OrganisationSynchronised synchronise() {
    Existing existing = Existing.read(identity);
    Set<String> groups = new HashSet<>();
    List<String> grassroots = new ArrayList<>();
    List<String> sector = new ArrayList<>();
    List<String> offices = new ArrayList<>();
    List<String> registeringOffices = new ArrayList<>();
    for (OrganisationUnit unit : units.findAll()) {
      switch (unit.getLevel()) {
        case GRASSROOTS -> {
          String group = saveGroup(existing, OfficerRole.GRASSROOTS_OFFICER.groupOf(unit), unit.getName(), GRASSROOTS_TYPE);
          groups.add(group);
          if (unit.isActive()) {
            grassroots.add(group);
          }
        }
        case UPPER_LEVEL, FEDERATION, CONFEDERATION -> {
          List<String> roles = List.of(
              saveGroup(existing, OfficerRole.OFFICE.groupOf(unit), "Văn phòng " + unit.getName(), SECTOR_TYPE),
              saveGroup(existing, OfficerRole.CHAIR.groupOf(unit), "Chủ tịch " + unit.getName(), SECTOR_TYPE),
              saveGroup(existing, OfficerRole.ADMIN.groupOf(unit), "Quản trị " + unit.getName(), SECTOR_TYPE));
          groups.addAll(roles);
          if (unit.isActive()) {
            sector.addAll(roles);
            offices.add(roles.get(0));
            // every level with children registers directives and passes them down (issue 14)
            registeringOffices.add(roles.get(0));
          }
        }
      }
    }
    List<Officer> all = officers.findAllActiveWithUnit();
    Map<String, Set<String>> members = new HashMap<>();
    for (Officer officer : all) {
      if (!officer.getUnit().isActive()) {
        continue;
      }
      saveUser(existing, officer);
      join(existing, officer.getUsername(), officer.groupId());
      members.computeIfAbsent(officer.groupId(), g -> new HashSet<>()).add(officer.getUsername());
      if (officer.isInstallationAdministrator()) {
        saveGroup(existing, Groups.CAMUNDA_ADMIN, "Quản trị Camunda", Groups.GROUP_TYPE_SYSTEM);
        join(existing, officer.getUsername(), Groups.CAMUNDA_ADMIN);
        members.computeIfAbsent(Groups.CAMUNDA_ADMIN, g -> new HashSet<>()).add(officer.getUsername());
      }
    }
    int left = 0;
    Set<String> leavers = new HashSet<>();
    // camunda-admin also holds accounts outside the registry (the installation's administrator): only
    // officers of the registry who are no longer its administrators leave it
    Set<String> registryUsers = new HashSet<>();
    officers.findAll().forEach(o -> registryUsers.add(o.getUsername()));
    for (String member : existing.membersOf(Groups.CAMUNDA_ADMIN)) {
      if (registryUsers.contains(member) && !members.getOrDefault(Groups.CAMUNDA_ADMIN, Set.of()).contains(member)) {
        identity.deleteMembership(member, Groups.CAMUNDA_ADMIN);
        left++;
      }
    }
    for (String group : groups) {
      Set<String> expected = members.getOrDefault(group, Set.of());
      for (String member : existing.membersOf(group)) {
        if (!expected.contains(member)) {
          identity.deleteMembership(member, group);
          leavers.add(member);
          left++;
          log.info("Officer {} left group {} (retired or moved in the registry)", member, group);
        }
      }
    }
    // an officer who left a group hands the tasks they held in it back to the group, drafts kept
    int returned = leavers.isEmpty() ? 0 : officerTasks.returnWhereNoLongerMember(leavers);
    log.info("Camunda identity synchronised: {} groups, {} users, {} memberships removed, {} tasks returned to their groups; "
        + "written: {} groups, {} users, {} memberships",
        groups.size(), all.size(), left, returned, existing.groupsWritten, existing.usersWritten, existing.membershipsAdded);
    List<String> usernames = all.stream().filter(o -> o.getUnit().isActive()).map(Officer::getUsername).toList();
    return new OrganisationSynchronised(List.copyOf(grassroots), List.copyOf(sector), List.copyOf(offices),
        List.copyOf(registeringOffices), usernames);
  }

  private String saveGroup(Existing existing, String id, String name, String type) {
    Group group = existing.groups.get(id);
    if (group == null) {
      group = identity.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return id;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
    existing.groups.put(id, group);
    existing.groupsWritten++;
    return id;
  }

  private void saveUser(Existing existing, Officer officer) {
    User user = existing.users.get(officer.getUsername());
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
        || !Objects.equals(officer.getEmail(), user.getEmail())) {
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(officer.getEmail());
      identity.saveUser(user);
      existing.users.put(user.getId(), user);
      existing.usersWritten++;
    }
  }

  private void join(Existing existing, String userId, String groupId) {
    if (existing.members.computeIfAbsent(groupId, g -> new HashSet<>()).add(userId)) {
      identity.createMembership(userId, groupId);
      existing.membershipsAdded++;
    }
  }

  /**
   * Camunda's users, groups and memberships as they are before the sync, each kind read in bulk (pages of
   * {@link #PAGE}), so that an unchanged registry costs a few queries whatever its size and the sync
   * writes only what differs (issue 17: the sync read them one by one, 8.6 queries per unit).
   */
  static final class Existing {

    static final int PAGE = 10_000;

    final Map<String, Group> groups = new HashMap<>();
    final Map<String, User> users = new HashMap<>();
    /** group id → its members' user ids */
    final Map<String, Set<String>> members = new HashMap<>();
    int groupsWritten;
    int usersWritten;
    int membershipsAdded;

    static Existing read(IdentityService identity) {
      Existing existing = new Existing();
      pages(first -> identity.createGroupQuery().orderByGroupId().asc().listPage(first, PAGE))
          .forEach(group -> existing.groups.put(group.getId(), group));
      pages(first -> identity.createUserQuery().orderByUserId().asc().listPage(first, PAGE))
          .forEach(user -> existing.users.put(user.getId(), user));
      // the public API has no query of memberships; a native user query reads them as rows of (group/user,
      // user, group) — the id made unique per row, since the engine keeps one object per id and query
      pages(first -> identity.createNativeUserQuery().sql(MEMBERSHIPS).listPage(first, PAGE))
          .forEach(row -> existing.members.computeIfAbsent(row.getLastName(), g -> new HashSet<>()).add(row.getFirstName()));
      return existing;
    }

    /** Every membership, ordered (ACT_ID_MEMBERSHIP: the application configures no table prefix). */
    static final String MEMBERSHIPS = "select M.GROUP_ID_ || '/' || M.USER_ID_ as ID_, M.USER_ID_ as FIRST_, "
        + "M.GROUP_ID_ as LAST_ from ACT_ID_MEMBERSHIP M order by M.GROUP_ID_, M.USER_ID_";

    Set<String> membersOf(String group) {
      return new HashSet<>(members.getOrDefault(group, Set.of()));
    }

    private static <T> List<T> pages(java.util.function.IntFunction<List<T>> page) {
      List<T> all = new ArrayList<>();
      for (int first = 0; ; first += PAGE) {
        List<T> rows = page.apply(first);
        all.addAll(rows);
        if (rows.size() < PAGE) {
          return all;
        }
      }
    }
  }
}
