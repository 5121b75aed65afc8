package vn.congdoan.cascade.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The failed jobs of one directive (no retries left, each an incident in Cockpit): those of the sector's
 * process and of all its units' processes. Retrying gives each one more attempt, due now, through the
 * engine's public API ({@code setJobRetries}), which resolves their incidents; the job executor then runs
 * them, and the cascade carries on where it stopped.
 */
@Service
class FailedJobs {

  /** Jobs given their retries per engine command (one transaction each). */
  static final int CHUNK = 500;
  private static final Logger log = LoggerFactory.getLogger(FailedJobs.class);

  private final ManagementService management;
  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final EngineClock clock;

  FailedJobs(ManagementService management, DirectiveRepository directives, UnitAssignmentRepository assignments,
      EngineClock clock) {
    this.clock = clock;
    this.management = management;
    this.directives = directives;
    this.assignments = assignments;
  }

  /**
   * The ids of the directive's failed jobs: the jobs without retries of the directive's process instances (the
   * sector's and every unit's), looked up a thousand instances at a time, so that the other directives' failures
   * of a large installation are never read.
   */
  List<String> of(long directiveId) {
    Directive directive = directives.findById(directiveId)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + directiveId + "."));
    List<String> instances = new ArrayList<>(assignments.findProcessInstanceIds(directive));
    if (directive.getProcessInstanceId() != null) {
      instances.add(directive.getProcessInstanceId());
    }
    List<String> failed = new ArrayList<>();
    for (int from = 0; from < instances.size(); from += CHUNK) {
      management.createJobQuery().noRetriesLeft()
          .processInstanceIds(new HashSet<>(instances.subList(from, Math.min(instances.size(), from + CHUNK))))
          .list().forEach(job -> failed.add(job.getId()));
    }
    return failed;
  }

  /** Gives every failed job of the directive one more attempt, due now; answers how many. */
  int retry(long directiveId) {
    List<String> ids = new ArrayList<>(of(directiveId));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      management.setJobRetries(1).jobIds(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .dueDate(Date.from(clock.now())).execute();
    }
    log.info("Retried {} failed jobs of directive {}", ids.size(), directiveId);
    return ids.size();
  }
}
