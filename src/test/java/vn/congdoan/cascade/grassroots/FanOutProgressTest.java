package vn.congdoan.cascade.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * The fan-out's progress (`unitsNotStarted`, what Cockpit shows) is worked out from the batch before, and counted by
 * the first batch and by one that may be the last: when the units are a multiple of the batch, the batch after which
 * none should be left counts them and ends the fan-out. Every unit is started. The sector here has 18 units, started
 * 6 at a time.
 */
@SpringBootTest(properties = "cascade.start-batch-size=6")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class FanOutProgressTest {

  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void mayTwelve() {
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void theProgressFallsByABatchAtATime_andTheBatchThatShouldBeTheLastCountsTheUnitsLeft() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);

    List<Long> seen = new ArrayList<>();
    scenario.runJobs(List.of(sector.getId()), () -> {
      Object value = engine.getRuntimeService().getVariable(sector.getId(), DirectiveCascadeContract.UNITS_NOT_STARTED.name());
      if (value != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(value))) {
        seen.add((Long) value);
      }
    });

    List<UnitAssignment> units = scenario.assignmentsOf(sector);
    assertThat(units).hasSize(18).allSatisfy(unit -> assertThat(unit.getProcessInstanceId()).isNotNull());
    assertThat(seen).containsExactly(12L, 6L, 0L);
    assertThat(engine.getRuntimeService().getVariable(sector.getId(), DirectiveCascadeContract.ALL_UNITS_STARTED.name()))
        .isEqualTo(true);
  }
}
