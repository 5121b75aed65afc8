package vn.congdoan.cascade.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start-up: load the registry file (if one is configured), then mirror it into Camunda's identity. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationStartup implements ApplicationRunner {

  private final OrganisationSync sync;

  public OrganisationStartup(OrganisationSync sync) {
    this.sync = sync;
  }

  @Override
  public void run(ApplicationArguments args) {
    sync.run();
  }
}
