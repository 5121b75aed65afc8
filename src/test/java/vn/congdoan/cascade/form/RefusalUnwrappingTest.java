package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusalUnwrappingTest {

  private final RefusalUnwrapping unwrapping = new RefusalUnwrapping(event -> { });

  @Test
  void aRefusedFormWrappedByTheEngine_reachesTheCallerUnwrapped() {
    FormValidationException refusal = new FormValidationException("number", "Số văn bản không được để trống.");
    assertThat(unwrapping.onFailure(new ProcessEngineException("There was an exception while invoking the TaskListener",
        new ProcessEngineException("inner", refusal)))).isSameAs(refusal);
  }

  @Test
  void anyOtherFailure_passesUnchanged() {
    ProcessEngineException other = new ProcessEngineException("listener failed", new IllegalStateException());
    assertThat(unwrapping.onFailure(other)).isSameAs(other);
  }
}
