package vn.congdoan.cascade.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The officer logged in to Tasklist, Cockpit or Admin in the request's session, if any. */
public final class WebappSession {

  private static final String ENGINE = "default";

  private WebappSession() {
  }

  /**
   * Whether the request comes from someone logged in: to the REST API (the engine's current
   * authentication, set by the API's authentication filter) or to the webapps (their session).
   */
  public static boolean isLoggedIn(HttpServletRequest request, IdentityService identity) {
    return identity.getCurrentAuthentication() != null || user(request).isPresent();
  }

  public static Optional<UserAuthentication> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
  }
}
