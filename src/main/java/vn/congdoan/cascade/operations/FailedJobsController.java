package vn.congdoan.cascade.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;

/**
 * For the administrator, after an outage: {@code GET /api/directives/{id}/failed-jobs} counts the
 * directive's failed jobs (its own process and all its units'), {@code POST …/retry-failed-jobs} retries
 * them all in one action and answers how many were retried.
 */
@RestController
@RequestMapping("/api/directives/{id}")
class FailedJobsController {

  private static final Logger log = LoggerFactory.getLogger(FailedJobsController.class);

  private final FailedJobs failedJobs;
  private final CurrentOfficer officer;

  FailedJobsController(FailedJobs failedJobs, CurrentOfficer officer) {
    this.failedJobs = failedJobs;
    this.officer = officer;
  }

  /** How many of the directive's jobs have failed for good. */
  record FailedJobCount(long directiveId, int failedJobs) {
  }

  /** How many failed jobs were given another attempt. */
  record RetriedJobs(long directiveId, int retried) {
  }

  @GetMapping("/failed-jobs")
  public FailedJobCount failed(@PathVariable("id") long id) {
    administratorOnly();
    return new FailedJobCount(id, failedJobs.of(id).size());
  }

  @PostMapping("/retry-failed-jobs")
  public RetriedJobs retry(@PathVariable("id") long id) {
    administratorOnly();
    log.info("Retry of the failed jobs of directive {} requested by {}", id, officer.userId());
    return new RetriedJobs(id, failedJobs.retry(id));
  }

  private void administratorOnly() {
    if (!officer.isAdministrator()) {
      throw new AccessRefusedException("Chỉ quản trị hệ thống được chạy lại các việc bị lỗi.");
    }
  }
}
