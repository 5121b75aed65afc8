package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.contract.SharedVariables;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;

/**
 * What a form shows is worked out as it is opened ({@link OpenedForms}), never stored in the engine: a new task has
 * no variables of its own and leaves no history rows for them; the form service answers with the shown values beside
 * the process's, for the names asked or all of them. A task created before (its shown values stored as its own
 * variables, issue 17 before step 9) shows today's values and is completed as before, its stored values removed.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class OpenedFormsTest {

  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired SubPlanRepository subPlans;

  @BeforeEach
  void mayTwelve() {
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void aUnitsForm_showsItsValuesAsItOpens_andTheEngineStoresNoneOfThem() {
    UnitAssignment unit = distributed().get(0);
    Task draft = subPlanTask(unit);

    assertThat(engine.getTaskService().getVariablesLocal(draft.getId())).as("the task's own variables").isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(draft.getId()).includeDeleted().count())
        .as("history rows of the task's variables").isZero();

    VariableMap all = engine.getFormService().getTaskFormVariables(draft.getId());
    assertThat((String) all.get(SharedVariables.PLAN_SUMMARY.name())).contains("Thực hiện Kế hoạch số ");
    assertThat(all).containsKeys("planPdfUrl", "assignmentId"); // the shown values beside the process's
    assertThat(engine.getRuntimeService().getVariables(unit.getProcessInstanceId()))
        .doesNotContainKeys(SharedVariables.PLAN_SUMMARY.name(), "planPdfUrl");

    VariableMap asked = engine.getFormService().getTaskFormVariables(draft.getId(),
        List.of(SharedVariables.PLAN_SUMMARY.name(), "assignmentId", "noSuchVariable"), false);
    assertThat(asked).containsOnlyKeys(SharedVariables.PLAN_SUMMARY.name(), "assignmentId");
    assertThat(asked.get(SharedVariables.PLAN_SUMMARY.name())).isEqualTo(all.get(SharedVariables.PLAN_SUMMARY.name()));
  }

  @Test
  void aTaskWhoseShownValuesWereStored_showsTodaysValues_andIsCompletedAsBefore() {
    UnitAssignment unit = distributed().get(1);
    Task draft = subPlanTask(unit);
    // as the listener of the earlier version stored them
    engine.getTaskService().setVariablesLocal(draft.getId(), Map.of(SharedVariables.PLAN_SUMMARY.name(), "Nội dung cũ",
        "planPdfUrl", "/api/documents/0/content?format=pdf"));

    assertThat((String) engine.getFormService().getTaskFormVariables(draft.getId()).get(SharedVariables.PLAN_SUMMARY.name()))
        .contains("Thực hiện Kế hoạch số ").doesNotContain("Nội dung cũ");

    ProcessInstance process = scenario.unitProcess(unit);
    scenario.draftSubPlan(process);
    assertThat(subPlans.findAll()).anySatisfy(plan -> assertThat(plan.getAssignment().getId()).isEqualTo(unit.getId()));
    List<HistoricVariableInstance> stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(draft.getId()).includeDeleted().list();
    assertThat(stored).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(SharedVariables.PLAN_SUMMARY.name(), "planPdfUrl");
    assertThat(stored).allSatisfy(variable -> {
      assertThat(variable.getState()).isEqualTo(HistoricVariableInstance.STATE_DELETED);
      assertThat(variable.getValue()).isNull();
    });
  }

  private List<UnitAssignment> distributed() {
    ProcessInstance sector = scenario.startDirective();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    return scenario.distribute(sector);
  }

  private Task subPlanTask(UnitAssignment unit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(unit.getProcessInstanceId())
        .taskDefinitionKey("Task_DraftSubPlan").singleResult();
  }
}
