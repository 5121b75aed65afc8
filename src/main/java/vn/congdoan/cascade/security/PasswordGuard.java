package vn.congdoan.cascade.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.organisation.OrganisationProperties;

/**
 * Refuses to start an installation that would run with demonstration passwords. Demo officers and their
 * shared password exist only in the {@code demo} profile; any other profile must not set a demo password
 * and must take the administrator's password from the environment, strong enough for Camunda's
 * password policy. Runs while the context starts, before any user is created.
 */
@Component
class PasswordGuard {

  public static final String DEMO_PROFILE = "demo";

  public PasswordGuard(Environment environment, OrganisationProperties organisation, AdminAccountProperties admin,
      IdentityService identity) {
    if (environment.matchesProfiles(DEMO_PROFILE)) {
      return;
    }
    String profiles = Arrays.stream(environment.getActiveProfiles()).collect(Collectors.joining(", "));
    if (organisation.demoPassword() != null && !organisation.demoPassword().isBlank()) {
      throw new IllegalStateException("cascade.organisation.demo-password is set, but the demo profile is not active (profiles: ["
          + profiles + "]). Demo passwords are allowed only in the demo profile: remove the setting.");
    }
    if (!admin.configured()) {
      throw new IllegalStateException("No administrator password: set CASCADE_ADMIN_PASSWORD (cascade.admin.password) "
          + "for the account '" + admin.username() + "', or run the demo profile.");
    }
    PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(admin.password());
    if (!policy.isValid()) {
      String broken = policy.getViolatedRules().stream().map(rule -> rule.getPlaceholder()).collect(Collectors.joining(", "));
      throw new IllegalStateException("The administrator password in CASCADE_ADMIN_PASSWORD is too weak for the password policy ("
          + broken + ").");
    }
  }
}
