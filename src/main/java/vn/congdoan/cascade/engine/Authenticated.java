package vn.congdoan.cascade.engine;

import java.util.List;

/**
 * A logged-in user as the engine or the webapps hold them: to the engine's identity service (the REST
 * API's authentication, the application's {@code /api}) or in a webapp's session (Tasklist, Cockpit,
 * Admin). Read through {@link EngineInternals#currentAuthentication} and {@link WebappInternals#sessionUser},
 * so that no other class handles the engine's or the webapps' own authentication types.
 */
public record Authenticated(String userId, List<String> groupIds, List<String> tenantIds) {

  /** Null groups or tenants stay null: the engine then has not been told them (and looks the groups up). */
  public Authenticated {
    groupIds = groupIds == null ? null : List.copyOf(groupIds);
    tenantIds = tenantIds == null ? null : List.copyOf(tenantIds);
  }

  /** The user's groups as given, or none. */
  public List<String> groups() {
    return groupIds == null ? List.of() : groupIds;
  }
}
