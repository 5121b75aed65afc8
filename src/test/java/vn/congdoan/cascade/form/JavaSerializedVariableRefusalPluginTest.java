package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

class JavaSerializedVariableRefusalPluginTest {

  @Test
  void theEnginesProhibitionBecomesARefusalNamingTheVariable() {
    // the very exception the engine throws (CoreLogger, ENGINE-17007), also when wrapped
    ProcessEngineException prohibited = ProcessEngineLogger.CORE_LOGGER.javaSerializationProhibitedException("subPlanContent");
    FormValidationException refusal = JavaSerializedVariableRefusalPlugin.refusalFor(new ProcessEngineException("wrapped", prohibited));
    assertThat(refusal).isNotNull();
    assertThat(refusal.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("subPlanContent");
      assertThat(e.message()).startsWith("Dữ liệu \"subPlanContent\" được gửi dưới dạng đối tượng Java tuần tự hoá")
          .contains("Không có gì được lưu.");
    });
    assertThat(refusal.getCode()).isEqualTo(FormValidationException.CODE);
  }

  @Test
  void otherFailuresPassUnchanged() {
    assertThat(JavaSerializedVariableRefusalPlugin.refusalFor(new ProcessEngineException("Unknown property used in expression"))).isNull();
    assertThat(JavaSerializedVariableRefusalPlugin.refusalFor(new IllegalStateException((String) null))).isNull();
  }

  @Test
  void turnsJavaSerializationOff_whateverTheConfigurationSaid() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJavaSerializationFormatEnabled(true);
    new JavaSerializedVariableRefusalPlugin().preInit(configuration);
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getCustomPreCommandInterceptorsTxRequired()).hasSize(1);
  }
}
