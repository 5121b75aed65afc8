package vn.congdoan.cascade.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator account from the environment, a member of {@code camunda-admin}. When the
 * password in the environment changes, the stored (hashed) password follows at the next start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AdminAccount implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

  private final AdminAccountProperties properties;
  private final IdentityService identity;

  public AdminAccount(AdminAccountProperties properties, IdentityService identity) {
    this.properties = properties;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.configured()) {
      return;
    }
    String id = properties.username();
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(properties.password());
      identity.saveUser(user);
      log.info("Administrator account '{}' created", id);
    } else if (!identity.checkPassword(id, properties.password())) {
      user.setPassword(properties.password());
      identity.saveUser(user);
      log.info("Administrator account '{}': password changed to the one in the environment", id);
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Quản trị Camunda");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    }
  }
}
