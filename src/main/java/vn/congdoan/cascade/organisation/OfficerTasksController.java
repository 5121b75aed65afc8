package vn.congdoan.cascade.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/organisation/officers/{username}/return-tasks}: an administrator hands every open task
 * an officer holds back to the task's group (the officer is away, has left and the registry is not yet
 * updated, …), without losing what the tasks hold; answers how many tasks were returned.
 */
@RestController
class OfficerTasksController {

  private static final Logger log = LoggerFactory.getLogger(OfficerTasksController.class);

  private final OfficerTasks officerTasks;
  private final CurrentOfficer officer;

  OfficerTasksController(OfficerTasks officerTasks, CurrentOfficer officer) {
    this.officerTasks = officerTasks;
    this.officer = officer;
  }

  /** How many of the officer's tasks went back to their groups. */
  record ReturnedTasks(String username, int returned) {
  }

  @PostMapping("/api/organisation/officers/{username}/return-tasks")
  public ReturnedTasks returnTasks(@PathVariable("username") String username) {
    if (!officer.isAdministrator()) {
      throw new AccessRefusedException("Chỉ quản trị hệ thống được chuyển công việc của cán bộ về nhóm của đơn vị.");
    }
    log.info("Tasks of {} returned to their groups at the request of {}", username, officer.userId());
    return new ReturnedTasks(username, officerTasks.returnAll(username));
  }
}
