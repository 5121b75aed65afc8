package vn.congdoan.cascade.organisation;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In the demo profile, tells on start-up where Tasklist and Cockpit are and whom to log in as. */
@Component
@Profile("demo")
class DemoLoginHints {

  private static final Logger log = LoggerFactory.getLogger(DemoLoginHints.class);

  private final OfficerRepository officers;
  private final OrganisationProperties properties;
  private final Environment environment;

  public DemoLoginHints(OfficerRepository officers, OrganisationProperties properties, Environment environment) {
    this.officers = officers;
    this.properties = properties;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void printHints() {
    String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    String users = officers.findAllActiveWithUnit().stream()
        .map(o -> String.format("  %-22s %-14s %s", o.getUsername(), o.getRole(), o.getUnit().getName()))
        .collect(Collectors.joining("\n"));
    log.info("""

        ==================================================================================
         Directive cascade (demo) is running.
           Tasklist: {}/camunda/app/tasklist/
           Cockpit:  {}/camunda/app/cockpit/
           REST:     {}/engine-rest/ (HTTP Basic)
         Every demo officer's password is "{}". Officers:
        {}
        ==================================================================================""",
        base, base, base, properties.demoPassword(), users);
  }
}
