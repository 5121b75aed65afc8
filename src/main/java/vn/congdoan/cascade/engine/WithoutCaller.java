package vn.congdoan.cascade.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs an engine lookup as the application, not as the officer calling: for checks that must see what
 * the officer may not (another unit's groups, a task's candidates, whether a task still exists). The
 * caller's authentication (user, groups, tenants) is restored afterwards.
 */
public final class WithoutCaller {

  private WithoutCaller() {
  }

  public static <T> T lookup(IdentityService identity, Supplier<T> lookup) {
    Authenticated caller = EngineInternals.currentAuthentication(identity).orElse(null);
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
      }
    }
  }
}
