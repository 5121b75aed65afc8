package vn.congdoan.cascade.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import vn.congdoan.cascade.engine.WebappInternals;
import vn.congdoan.cascade.form.TaskFormErrorMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API answers only authenticated calls (HTTP Basic, checked against Camunda's
 * identity service); so do the application's own endpoints under {@code /api}, which also accept the
 * Tasklist session for reading (see {@link ApiAuthenticationFilter}). The webapps keep their own session
 * login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  /** Runs first, so that every response, a refusal of the filters below included, carries the headers. */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("cascade-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Refusals of this application's forms without the engine REST API's English prefix (for Tasklist). */
  @Bean
  FilterRegistrationBean<TaskFormErrorMessages> taskFormErrorMessages() {
    FilterRegistrationBean<TaskFormErrorMessages> registration = new FilterRegistrationBean<>(new TaskFormErrorMessages());
    registration.setName("cascade-task-form-error-messages");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3); // inside database.DatabaseOutageFilter (+ 2)
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", WebappInternals.HTTP_BASIC_AUTHENTICATION_PROVIDER);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /**
   * The edge of the engine's and the webapps' APIs: each caller only the endpoints of their role, on the
   * decoded path. Runs after the REST API's authentication (above), so that it knows the caller; for the
   * webapps' APIs it reads their session.
   */
  @Bean
  FilterRegistrationBean<ApiGuard> apiGuard(IdentityService identity, AuthorizationService authorizations) {
    FilterRegistrationBean<ApiGuard> registration = new FilterRegistrationBean<>(new ApiGuard(identity, authorizations));
    registration.setName("cascade-api-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  /** Spring Boot Actuator: health and info public, the rest the administrator's (see {@link ActuatorGuard}). */
  @Bean
  FilterRegistrationBean<ActuatorGuard> actuatorGuard(IdentityService identity) {
    FilterRegistrationBean<ActuatorGuard> registration = new FilterRegistrationBean<>(new ActuatorGuard(identity));
    registration.setName("cascade-actuator-guard");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("cascade-api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
