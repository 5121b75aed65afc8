package vn.congdoan.cascade.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** What the one engine plugin installs, on a configuration that is never built into an engine. */
class EngineInternalsPluginTest {

  private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
  private final List<String> seen = new ArrayList<>();

  private EngineInternals plugin() {
    return new EngineInternals(beans.getBeanProvider(EngineHooks.BeforeEngineStarts.class),
        beans.getBeanProvider(EngineHooks.CommandFailure.class), beans.getBeanProvider(EngineHooks.SubmittedFormValueHistory.class),
        beans.getBeanProvider(EngineHooks.TaskCompletion.class), beans.getBeanProvider(EngineHooks.PasswordCheck.class),
        beans.getBeanProvider(ServiceRules.class));
  }

  @Test
  void turnsJavaSerializationOff_whateverTheConfigurationSaid_andInstallsOneInterceptorAndTheGuardedServices() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJavaSerializationFormatEnabled(true);
    plugin().preInit(configuration);
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getCustomPreCommandInterceptorsTxRequired()).hasSize(1);
    assertThat(configuration.getTaskService()).isInstanceOf(EngineInternals.GuardedTasks.class);
    assertThat(configuration.getFormService()).isInstanceOf(EngineInternals.GuardedForms.class);
    assertThat(configuration.getRuntimeService()).isInstanceOf(EngineInternals.GuardedRuntime.class);
    assertThat(configuration.getIdentityService()).isInstanceOf(EngineInternals.GuardedIdentity.class);
    assertThat(configuration.getHistoryEventProducer()).as("no hook, no producer of its own").isNull();
    assertThat(configuration.getCustomSessionFactories()).hasSize(2)
        .anySatisfy(factory -> assertThat(factory).isInstanceOf(EngineInternals.FewGroupsAuthorizations.Factory.class))
        .anySatisfy(factory -> assertThat(factory).isInstanceOf(EngineInternals.NewTaskVariables.Factory.class));
    assertThat(configuration.getAuthorizationCheckRevokes()).as("until the start-up check found no REVOKE").isEqualTo("auto");
  }

  @Test
  void anOfficersFewGroupsAreCheckedAsTheyAre_manyGroupsGetTheEnginesFilter() {
    EngineInternals.FewGroupsAuthorizations manager = new EngineInternals.FewGroupsAuthorizations();
    assertThat(manager.filterAuthenticatedGroupIds(List.of("cdcs-a", "cdcs-a", "camunda-admin"))).containsExactly("cdcs-a", "camunda-admin");
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void runsTheStartHooksFirst_andRecordsFormValuesAsTheHookSays_andSwitchesTheAccountLockOffForAPasswordCheck() {
    beans.addBean("lock", (EngineHooks.BeforeEngineStarts) () -> seen.add("lock"));
    beans.addBean("history", (EngineHooks.SubmittedFormValueHistory) value -> value);
    beans.addBean("passwords", (EngineHooks.PasswordCheck) (user, check) -> check.getAsBoolean());
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    plugin().preInit(configuration);
    assertThat(seen).containsExactly("lock");
    assertThat(configuration.getHistoryEventProducer()).isInstanceOf(EngineInternals.FormValueHistoryProducer.class);
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayBase()).isZero();
  }

  @Test
  void theInterceptorShowsAFailureToEachHookInTurn() {
    ProcessEngineException thrown = new ProcessEngineException("thrown");
    IllegalStateException replaced = new IllegalStateException("replaced");
    EngineInternals.ShowFailures interceptor = new EngineInternals.ShowFailures(List.of(
        failure -> {
          seen.add("first saw " + failure.getMessage());
          return replaced;
        },
        failure -> {
          seen.add("second saw " + failure.getMessage());
          return failure;
        }));
    interceptor.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw thrown;
      }
    });
    assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(replaced);
    assertThat(seen).containsExactly("first saw thrown", "second saw replaced");
  }
}
