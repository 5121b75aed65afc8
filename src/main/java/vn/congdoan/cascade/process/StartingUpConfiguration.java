package vn.congdoan.cascade.process;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link StartingUpFilter} right after the security headers, before any authentication. */
@Configuration(proxyBeanMethods = false)
class StartingUpConfiguration {

  @Bean
  FilterRegistrationBean<StartingUpFilter> startingUp(ApplicationAvailability availability) {
    FilterRegistrationBean<StartingUpFilter> registration = new FilterRegistrationBean<>(new StartingUpFilter(availability));
    registration.setName("cascade-starting-up");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
