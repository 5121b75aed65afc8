package vn.congdoan.cascade.security;

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
 * bypass {@link EngineRules} unnoticed (this test then fails until the method has its rule).
 */
class GuardedServicesTest {

  @Test
  void everyMethodThatChangesSomething_isGuarded() {
    List<String> unguarded = new ArrayList<>();
    unguarded.addAll(unguarded(TaskService.class, GuardedServices.Tasks.class));
    unguarded.addAll(unguarded(FormService.class, GuardedServices.Forms.class));
    unguarded.addAll(unguarded(RuntimeService.class, GuardedServices.Runtime.class));
    assertThat(unguarded).isEmpty();
  }

  @Test
  void readsAreRecognisedByName() {
    assertThat(GuardedServices.isRead("getVariablesTyped")).isTrue();
    assertThat(GuardedServices.isRead("createTaskQuery")).isTrue();
    assertThat(GuardedServices.isRead("createProcessInstanceByKey")).isFalse();
    assertThat(GuardedServices.isRead("createMessageCorrelation")).isFalse();
    assertThat(GuardedServices.isRead("complete")).isFalse();
  }

  private static List<String> unguarded(Class<?> service, Class<?> guarded) {
    List<String> missing = new ArrayList<>();
    for (Method method : service.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || GuardedServices.isRead(method.getName())) {
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
