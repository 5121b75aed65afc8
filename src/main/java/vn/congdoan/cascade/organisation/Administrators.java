package vn.congdoan.cascade.organisation;

import vn.congdoan.cascade.engine.WithoutCaller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/** Whether a user is an administrator ({@code camunda-admin}), whoever asks. */
@Component
public class Administrators {

  private final IdentityService identity;

  public Administrators(IdentityService identity) {
    this.identity = identity;
  }

  public boolean isAdministrator(String userId) {
    return WithoutCaller.lookup(identity,
        () -> identity.createGroupQuery().groupMember(userId).groupId(Groups.CAMUNDA_ADMIN).count() > 0);
  }
}
