package vn.congdoan.cascade.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/organisation/sync}: an administrator reloads the registry file and brings Camunda's
 * users, groups, authorizations and filters in line, without restarting.
 */
@RestController
class OrganisationSyncController {

  private static final Logger log = LoggerFactory.getLogger(OrganisationSyncController.class);

  private final OrganisationSync sync;
  private final CurrentOfficer officer;

  public OrganisationSyncController(OrganisationSync sync, CurrentOfficer officer) {
    this.sync = sync;
    this.officer = officer;
  }

  @PostMapping("/api/organisation/sync")
  public OrganisationSynchronised synchronise() {
    if (!officer.isAdministrator()) {
      throw new AccessRefusedException("Chỉ quản trị hệ thống được cập nhật danh sách tổ chức và cán bộ.");
    }
    log.info("Registry synchronisation requested by {}", officer.userId());
    return sync.run();
  }
}
