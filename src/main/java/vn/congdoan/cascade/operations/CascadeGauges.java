package vn.congdoan.cascade.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;

/**
 * The application's and the engine's gauges. Each scrape reads one snapshot, taken by a handful of
 * aggregate queries at most every {@code cascade.metrics.refresh} (10 s by default) whatever the number
 * of series and scrapes; a snapshot that cannot be taken (the database out of reach) shows the values
 * as not known (NaN) until the next attempt, one refresh interval later. Counts are of the whole
 * installation (every node of a cluster reports the same).
 */
@Component
class CascadeGauges implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(CascadeGauges.class);

  /** The engine's own job metrics (its meter log, written by every node), as counters labelled by result. */
  private static final Map<String, String> ACQUISITION = Map.of(
      "attempt", Metrics.JOB_ACQUISITION_ATTEMPT,
      "acquired", Metrics.JOB_ACQUIRED_SUCCESS,
      "not_acquired", Metrics.JOB_ACQUIRED_FAILURE,
      "rejected", Metrics.JOB_EXECUTION_REJECTED);
  private static final Map<String, String> EXECUTION = Map.of(
      "successful", Metrics.JOB_SUCCESSFUL,
      "failed", Metrics.JOB_FAILED);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final IdentityService identity;
  private final UnitAssignmentRepository assignments;
  private final Duration refresh;
  private volatile Snapshot snapshot;

  CascadeGauges(RuntimeService runtime, ManagementService management, IdentityService identity,
      UnitAssignmentRepository assignments, @Value("${cascade.metrics.refresh:10s}") Duration refresh) {
    this.runtime = runtime;
    this.management = management;
    this.identity = identity;
    this.assignments = assignments;
    this.refresh = refresh;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "cascade.directives.in.progress", "Directives whose cascade is running", Snapshot::directivesInProgress);
    for (AssignmentStatus state : AssignmentStatus.values()) {
      Gauge.builder("cascade.units", this, g -> g.read(s -> s.unitsByState().getOrDefault(state, 0L)))
          .description("Grassroots unions whose part in a directive is not finished, by state")
          .tag("state", state.name()).register(registry);
    }
    gauge(registry, "cascade.units.overdue", "Grassroots unions past their deadline whose part is not finished",
        Snapshot::unitsOverdue);
    gauge(registry, "cascade.engine.jobs.due", "Jobs due now with retries left (timers, asynchronous steps)", Snapshot::jobsDue);
    gauge(registry, "cascade.engine.jobs.failed", "Jobs without retries left (each has an incident)", Snapshot::jobsFailed);
    gauge(registry, "cascade.engine.incidents.open", "Open incidents (Cockpit shows them)", Snapshot::incidentsOpen);
    ACQUISITION.forEach((result, metric) -> FunctionCounter.builder("cascade.engine.job.acquisitions", this,
            g -> g.read(s -> s.engineMetrics().getOrDefault(metric, 0L)))
        .description("The engine's job acquisition, from its meter log (all nodes)").tag("result", result).register(registry));
    EXECUTION.forEach((result, metric) -> FunctionCounter.builder("cascade.engine.job.executions", this,
            g -> g.read(s -> s.engineMetrics().getOrDefault(metric, 0L)))
        .description("Jobs executed, from the engine's meter log (all nodes)").tag("result", result).register(registry));
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
    Gauge.builder(name, this, g -> g.read(value)).description(description).register(registry);
  }

  private double read(ToDoubleFunction<Snapshot> value) {
    Snapshot current = current();
    return current.known() ? value.applyAsDouble(current) : Double.NaN;
  }

  /** The snapshot, taken again when older than the refresh interval; not {@code known()} when it could not be taken. */
  Snapshot current() {
    Snapshot current = snapshot;
    long now = System.nanoTime();
    if (current != null && now - current.takenAt() < refresh.toNanos()) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (current != null && System.nanoTime() - current.takenAt() < refresh.toNanos()) {
        return current;
      }
      try {
        current = WithoutCaller.lookup(identity, this::take);
      } catch (RuntimeException e) {
        log.debug("Metrics not read: {}", e.toString());
        current = Snapshot.unknown(System.nanoTime());
      }
      snapshot = current;
      return current;
    }
  }

  private Snapshot take() {
    Map<AssignmentStatus, Long> byState = new EnumMap<>(AssignmentStatus.class);
    for (Object[] row : assignments.countUnfinishedByStatus()) {
      byState.put((AssignmentStatus) row[0], ((Number) row[1]).longValue());
    }
    Map<String, Long> engine = new java.util.HashMap<>();
    for (String metric : ACQUISITION.values()) {
      engine.put(metric, management.createMetricsQuery().name(metric).sum());
    }
    for (String metric : EXECUTION.values()) {
      engine.put(metric, management.createMetricsQuery().name(metric).sum());
    }
    return new Snapshot(true, System.nanoTime(),
        runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveCascadeContract.PROCESS_KEY).count(),
        byState,
        assignments.countUnfinishedOverdue(),
        management.createJobQuery().executable().count(),
        management.createJobQuery().noRetriesLeft().count(),
        runtime.createIncidentQuery().count(),
        engine);
  }

  record Snapshot(boolean known, long takenAt, long directivesInProgress, Map<AssignmentStatus, Long> unitsByState, long unitsOverdue,
      long jobsDue, long jobsFailed, long incidentsOpen, Map<String, Long> engineMetrics) {

    static Snapshot unknown(long at) {
      return new Snapshot(false, at, 0, Map.of(), 0, 0, 0, 0, Map.of());
    }
  }
}
