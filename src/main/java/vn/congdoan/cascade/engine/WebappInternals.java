package vn.congdoan.cascade.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * <b>Webapp internals</b>: the one class of the application (with {@link EngineInternals} for the
 * engine) that uses the implementation classes of Camunda's webapps and REST API
 * ({@code org.camunda.bpm.webapp.impl…}, {@code org.camunda.bpm.engine.rest…impl…}), which have no
 * public counterpart: who is logged in to Tasklist, Cockpit or Admin in a request's session, and the
 * REST API's HTTP Basic authentication provider.
 */
public final class WebappInternals {

  /** The REST API's HTTP Basic authentication (for {@code ProcessEngineAuthenticationFilter}'s init parameter). */
  public static final String HTTP_BASIC_AUTHENTICATION_PROVIDER = HttpBasicAuthenticationProvider.class.getName();

  private static final String ENGINE = "default";

  private WebappInternals() {
  }

  /** The officer logged in to Tasklist, Cockpit or Admin in the request's session, if any. */
  public static Optional<Authenticated> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user
        ? Optional.of(new Authenticated(user.getIdentityId(), user.getGroupIds() == null ? null : List.copyOf(user.getGroupIds()),
            user.getTenantIds() == null ? null : List.copyOf(user.getTenantIds())))
        : Optional.empty();
  }
}
