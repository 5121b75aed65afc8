package vn.congdoan.cascade.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine lookup as the application, not as the officer calling: for checks that must see what
 * the officer may not (another unit's groups, a task's candidates). The caller's authentication is
 * restored afterwards.
 */
public final class WithoutCaller {

  private WithoutCaller() {
  }

  public static <T> T lookup(IdentityService identity, Supplier<T> lookup) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
