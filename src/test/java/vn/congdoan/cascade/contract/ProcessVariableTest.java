package vn.congdoan.cascade.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed variables against a real (in-memory, standalone) engine with Spin and without Java
 * serialization, as the application configures it: what a delegate writes, another reads with its type.
 */
class ProcessVariableTest {

  static final ProcessVariable<Long> ID = ProcessVariable.longVariable("someId");
  static final ProcessVariable<String> TEXT = ProcessVariable.stringVariable("someText");
  static final ProcessVariable<Boolean> FLAG = ProcessVariable.booleanVariable("someFlag");
  static final ProcessVariable<Date> WHEN = ProcessVariable.dateVariable("someDate");
  static final ProcessVariable<String> JSON = ProcessVariable.jsonVariable("someJson");
  static final ProcessVariable<List<Long>> IDS = ProcessVariable.listOfLongs("someIds");

  static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:process-variable-test;DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("waiting.bpmn",
        Bpmn.createExecutableProcess("waiting").camundaHistoryTimeToLive(1).startEvent().userTask("wait").endEvent().done())
        .deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("waiting");
  }

  private <T> T roundTrip(ProcessVariable<T> variable, T value) {
    String id = start().getId();
    engine.getRuntimeService().setVariable(id, variable.name(), variable.typed(value));
    return variable.read(engine.getRuntimeService().getVariableTyped(id, variable.name(), false));
  }

  @Test
  void primitivesKeepTheirTypes() {
    assertThat(roundTrip(ID, 42L)).isEqualTo(42L);
    assertThat(roundTrip(TEXT, "Công đoàn")).isEqualTo("Công đoàn");
    assertThat(roundTrip(FLAG, false)).isEqualTo(Boolean.FALSE);
    Date now = new Date(1_685_400_000_000L);
    assertThat(roundTrip(WHEN, now)).isEqualTo(now);
    assertThat(roundTrip(JSON, "{\"a\":[1,2]}")).isEqualTo("{\"a\":[1,2]}");
    String id = start().getId();
    assertThat((Object) engine.getRuntimeService().getVariableTyped(id, ID.name(), false)).isNull();
    engine.getRuntimeService().setVariable(id, ID.name(), ID.typed(7L));
    assertThat(engine.getRuntimeService().getVariableTyped(id, ID.name(), false).getType().getName()).isEqualTo("long");
  }

  @Test
  void aListOfTensOfThousandsOfIdsIsAJsonVariable() {
    List<Long> ids = LongStream.rangeClosed(1_000_000, 1_040_000).boxed().toList();
    String id = start().getId();
    engine.getRuntimeService().setVariable(id, IDS.name(), IDS.typed(ids));
    assertThat(engine.getRuntimeService().getVariableTyped(id, IDS.name(), false).getType().getName()).isEqualTo("json");
    assertThat(IDS.read(engine.getRuntimeService().getVariableTyped(id, IDS.name(), false))).isEqualTo(ids);
    assertThat(roundTrip(IDS, List.of())).isEmpty();
  }

  @Test
  void aListStoredTheOldWayAsACommaJoinedStringIsStillRead() {
    String id = start().getId();
    engine.getRuntimeService().setVariable(id, IDS.name(), Variables.stringValue("12,13, 14"));
    assertThat(IDS.read(engine.getRuntimeService().getVariableTyped(id, IDS.name(), false))).containsExactly(12L, 13L, 14L);
    engine.getRuntimeService().setVariable(id, IDS.name(), Variables.stringValue(""));
    assertThat(IDS.read(engine.getRuntimeService().getVariableTyped(id, IDS.name(), false))).isEmpty();
  }

  @Test
  void aNumberOfAnotherIntegerTypeReadsAsLongAndAnotherTypeIsRefusedNamingTheVariable() {
    String id = start().getId();
    engine.getRuntimeService().setVariable(id, ID.name(), Variables.integerValue(5));
    assertThat(ID.read(engine.getRuntimeService().getVariableTyped(id, ID.name(), false))).isEqualTo(5L);
    engine.getRuntimeService().setVariable(id, ID.name(), "5");
    assertThatThrownBy(() -> ID.read(engine.getRuntimeService().getVariableTyped(id, ID.name(), false)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("someId").hasMessageContaining("string");
    engine.getRuntimeService().setVariable(id, FLAG.name(), 1L);
    assertThatThrownBy(() -> FLAG.read(engine.getRuntimeService().getVariableTyped(id, FLAG.name(), false)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("someFlag");
  }

  /** A plain value in a map of variables (untyped, as a test's mock or a start's map holds it) reads with its type. */
  @Test
  void anUntypedValueReadsByItsJavaType() {
    var variables = Variables.createVariables().putValue(ID.name(), 4).putValue(TEXT.name(), "a").putValue(FLAG.name(), "no");
    assertThat(ID.read(variables.getValueTyped(ID.name()))).isEqualTo(4L);
    assertThat(TEXT.read(variables.getValueTyped(TEXT.name()))).isEqualTo("a");
    assertThatThrownBy(() -> FLAG.read(variables.getValueTyped(FLAG.name())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("someFlag");
  }

  /** What a delegate does: from(scope).get(), getOrNull(), orElse(), on(scope).set(), remove(). */
  @Test
  void aDelegateReadsAndWritesThroughItsScope() {
    engine.getRepositoryService().createDeployment().addModelInstance("delegating.bpmn",
        Bpmn.createExecutableProcess("delegating").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("work").camundaClass(Recorder.class.getName()).userTask("wait").endEvent().done())
        .deploy();
    String id = engine.getRuntimeService().startProcessInstanceByKey("delegating",
        ID.putInto(Variables.createVariables(), 3L)).getId();
    assertThat(Recorder.read).isEqualTo(3L);
    assertThat(Recorder.missing).isNull();
    assertThat(Recorder.missingMessage).contains("someText");
    assertThat(FLAG.read(engine.getRuntimeService().getVariableTyped(id, FLAG.name(), false))).isEqualTo(Boolean.TRUE);
    assertThat((Object) engine.getRuntimeService().getVariableTyped(id, ID.name(), false)).isNull();
    assertThat(IDS.read(engine.getRuntimeService().getVariableTyped(id, IDS.name(), false))).containsExactly(1L, 2L);
  }

  public static class Recorder implements JavaDelegate {
    static Long read;
    static String missing = "not read";
    static String missingMessage;

    @Override
    public void execute(DelegateExecution execution) {
      read = ID.from(execution).get();
      missing = TEXT.from(execution).getOrNull();
      assertThat(TEXT.from(execution).orElse("x")).isEqualTo("x");
      try {
        TEXT.from(execution).get();
      } catch (IllegalStateException e) {
        missingMessage = e.getMessage();
      }
      FLAG.on(execution).set(true);
      IDS.on(execution).set(List.of(1L, 2L));
      ID.on(execution).remove();
    }
  }
}
