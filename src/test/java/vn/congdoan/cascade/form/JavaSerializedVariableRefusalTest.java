package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.junit.jupiter.api.Test;

class JavaSerializedVariableRefusalTest {

  @Test
  void theEnginesProhibitionBecomesARefusalNamingTheVariable() {
    // the very exception the engine throws (CoreLogger, ENGINE-17007), also when wrapped
    ProcessEngineException prohibited = ProcessEngineLogger.CORE_LOGGER.javaSerializationProhibitedException("subPlanContent");
    FormValidationException refusal = JavaSerializedVariableRefusal.refusalFor(new ProcessEngineException("wrapped", prohibited));
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
    assertThat(JavaSerializedVariableRefusal.refusalFor(new ProcessEngineException("Unknown property used in expression"))).isNull();
    assertThat(JavaSerializedVariableRefusal.refusalFor(new IllegalStateException((String) null))).isNull();
  }

  @Test
  void asAHook_replacesOnlyTheProhibition() {
    JavaSerializedVariableRefusal hook = new JavaSerializedVariableRefusal();
    ProcessEngineException prohibited = ProcessEngineLogger.CORE_LOGGER.javaSerializationProhibitedException("x");
    assertThat(hook.onFailure(prohibited)).isInstanceOf(FormValidationException.class);
    IllegalStateException other = new IllegalStateException("other");
    assertThat(hook.onFailure(other)).isSameAs(other);
  }
}
