package vn.congdoan.cascade.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

/**
 * Deny by default on the engine's services: every method of the task, form and runtime services that is
 * not a read is overridden by the guarded service, so that a method the engine adds in an upgrade cannot
 * bypass {@link ServiceRules} unnoticed (this test then fails until the method has its rule).
 */
class GuardedServicesTest {

  @Test
  void everyMethodThatChangesSomething_isGuarded() {
    List<String> unguarded = new ArrayList<>();
    unguarded.addAll(unguarded(TaskService.class, EngineInternals.GuardedTasks.class));
    unguarded.addAll(unguarded(FormService.class, EngineInternals.GuardedForms.class));
    unguarded.addAll(unguarded(RuntimeService.class, EngineInternals.GuardedRuntime.class));
    assertThat(unguarded).isEmpty();
  }

  @Test
  void readsAreRecognisedByName() {
    assertThat(EngineInternals.isRead("getVariablesTyped")).isTrue();
    assertThat(EngineInternals.isRead("createTaskQuery")).isTrue();
    assertThat(EngineInternals.isRead("createProcessInstanceByKey")).isFalse();
    assertThat(EngineInternals.isRead("createMessageCorrelation")).isFalse();
    assertThat(EngineInternals.isRead("complete")).isFalse();
  }

  private static List<String> unguarded(Class<?> service, Class<?> guarded) {
    List<String> missing = new ArrayList<>();
    for (Method method : service.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || EngineInternals.isRead(method.getName())) {
        continue;
      }
      try {
        guarded.getDeclaredMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(service.getSimpleName() + "." + method.getName() + Arrays.toString(method.getParameterTypes()));
      }
    }
    return missing;
  }
}
