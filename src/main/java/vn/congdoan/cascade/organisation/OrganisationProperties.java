package vn.congdoan.cascade.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param dataFile the registry file loaded at start-up (units and officers), or none
 * @param demoPassword password given to officers created from the registry; set only in the demo profile
 */
@ConfigurationProperties("cascade.organisation")
public record OrganisationProperties(Resource dataFile, String demoPassword) {}
