package vn.congdoan.cascade.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the registry file (if one is configured) and mirrors it into Camunda's identity; listeners of
 * {@link OrganisationSynchronised} then bring authorizations and filters in line, in the same transaction.
 */
@Service
class OrganisationSync {

  private static final Logger log = LoggerFactory.getLogger(OrganisationSync.class);

  private final OrganisationProperties properties;
  private final OrganisationLoader loader;
  private final CamundaIdentitySync identitySync;
  private final ApplicationEventPublisher events;

  public OrganisationSync(OrganisationProperties properties, OrganisationLoader loader, CamundaIdentitySync identitySync,
      ApplicationEventPublisher events) {
    this.properties = properties;
    this.loader = loader;
    this.identitySync = identitySync;
    this.events = events;
  }

  @Transactional
  public OrganisationSynchronised run() {
    long started = System.nanoTime();
    if (properties.dataFile() != null) {
      loader.load(loader.read(properties.dataFile()));
    }
    OrganisationSynchronised result = identitySync.synchronise();
    events.publishEvent(result);
    log.info("Registry synchronised in {} ms (identity, authorizations and filters; not yet committed)",
        (System.nanoTime() - started) / 1_000_000);
    return result;
  }
}
