package vn.congdoan.cascade.database;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link DatabaseOutageFilter} after the security headers and the start-up filter, before
 * any authentication (which asks the database too).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutage() {
    FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
    registration.setName("cascade-database-outage");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
