package vn.congdoan.cascade.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's administrator account, outside the registry: it administers users, groups and
 * authorizations in Camunda Admin and sees everything in Cockpit.
 *
 * @param username the account's user id (default {@code admin})
 * @param password its password, from the environment ({@code CASCADE_ADMIN_PASSWORD}); required outside
 *     the demo profile, checked against Camunda's password policy
 */
@ConfigurationProperties("cascade.admin")
record AdminAccountProperties(String username, String password) {

  public AdminAccountProperties {
    username = username == null || username.isBlank() ? "admin" : username.trim();
  }

  public boolean configured() {
    return password != null && !password.isBlank();
  }
}
