package vn.congdoan.cascade.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.camunda.bpm.engine.IdentityService;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.NotFoundException;
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

  private static final String REFUSED =
      "Chỉ quản trị viên của đơn vị thực hiện kế hoạch, của đơn vị cấp trên hoặc quản trị hệ thống được chạy lại các việc bị lỗi.";

  private final DirectiveRepository directives;
  private final IdentityService identity;

  FailedJobsController(FailedJobs failedJobs, CurrentOfficer officer, DirectiveRepository directives, IdentityService identity) {
    this.directives = directives;
    this.identity = identity;
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
    administratorOf(id);
    return new FailedJobCount(id, WithoutCaller.lookup(identity, () -> failedJobs.of(id)).size());
  }

  @PostMapping("/retry-failed-jobs")
  public RetriedJobs retry(@PathVariable("id") long id) {
    administratorOf(id);
    log.info("Retry of the failed jobs of directive {} requested by {}", id, officer.userId());
    return new RetriedJobs(id, WithoutCaller.lookup(identity, () -> failedJobs.retry(id)));
  }

  /**
   * The installation's administrators, and the administrators of the directive's unit or of a unit above it (they
   * follow it on the progress page without Cockpit); the jobs are then read and retried as the application.
   */
  private void administratorOf(long id) {
    Directive directive = directives.findWithSector(id)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + id + "."));
    if (!officer.administers(directive.getSector())) {
      throw new AccessRefusedException(REFUSED);
    }
  }
}
