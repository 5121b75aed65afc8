package vn.congdoan.cascade.operations;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * The job executor, which runs every timer, reminder and asynchronous step: DOWN when it is configured
 * to run ({@code camunda.bpm.job-execution.enabled}) and is not running on this node; the jobs due and
 * the failed jobs (no retries left, each an incident) as details. Replaces the starter's indicator of
 * the same name (which reads the executor's internals).
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngine engine;
  private final ManagementService management;
  private final IdentityService identity;
  private final boolean enabled;

  JobExecutorHealth(ProcessEngine engine, ManagementService management, IdentityService identity,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.engine = engine;
    this.management = management;
    this.identity = identity;
    this.enabled = enabled;
  }

  @Override
  public Health health() {
    boolean active = EngineInternals.jobExecutorActive(engine);
    Health.Builder health = enabled && !active ? Health.down() : Health.up();
    health.withDetail("enabled", enabled).withDetail("active", active);
    WithoutCaller.lookup(identity, () -> {
      health.withDetail("jobsDue", management.createJobQuery().executable().count());
      health.withDetail("jobsFailed", management.createJobQuery().noRetriesLeft().count());
      return null;
    });
    return health.build();
  }
}
