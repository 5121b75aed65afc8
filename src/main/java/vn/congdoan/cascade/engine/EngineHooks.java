package vn.congdoan.cascade.engine;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What the application hooks into the engine, as plain interfaces that know nothing of the engine's
 * implementation classes. {@link EngineInternals} finds the Spring beans that implement them and installs
 * each where the engine needs it; no other class of the application touches the engine's internals.
 */
public final class EngineHooks {

  private EngineHooks() {
  }

  /** Runs before the engine creates or checks its schema (e.g. the start-up lock of a cluster). */
  public interface BeforeEngineStarts {
    void beforeEngineStarts();
  }

  /**
   * Sees the failure of every engine command (called by the REST APIs, the webapps, the application's
   * code or the job executor; a command nested in another passes here too), outside the transaction of a
   * command that has its own, before the caller does. Hooks run in their {@code @Order}: the lowest sees the exception as the engine threw it,
   * each later one what the one before returned.
   */
  public interface CommandFailure {
    /** The exception the caller gets instead: {@code failure} itself, or a replacement. */
    RuntimeException onFailure(RuntimeException failure);

    /** An {@link Error} is only shown, never replaced. */
    default void onError(Error error) {
    }
  }

  /**
   * Runs a task's completion or form submission made from outside the engine (never one nested in an
   * engine command): {@code attempt} runs the engine's command once, in a transaction of its own unless
   * the caller has one, and may be run again.
   */
  public interface TaskCompletion {
    <T> T complete(String taskId, Supplier<T> attempt);
  }

  /**
   * The values a task's form shows that the engine does not hold, worked out when the form is read: added to what
   * the engine's form service answers ({@code GET /task/{id}/form-variables}, which Tasklist's forms read), after the
   * engine has checked that the caller may read the task. {@code read} is every variable the task sees.
   */
  public interface ShownFormValues {
    VariableMap shown(String taskId, VariableMap read);
  }

  /** What the engine records in its history ({@code ACT_HI_DETAIL}) for a submitted form value. */
  public interface SubmittedFormValueHistory {
    String recorded(String submitted);
  }

  /**
   * Surrounds every call the engine makes into the application's code — a delegate, a listener, an
   * expression — with a context of its own (e.g. the directive and unit in the log lines it writes):
   * {@code enter} is given the execution the call runs in (null when there is none) and returns what
   * undoes it, run when the call ends, however it ends.
   */
  public interface DelegateContext {
    AutoCloseable enter(org.camunda.bpm.engine.delegate.VariableScope execution);
  }

  /**
   * Checks a password in place of the engine's account lock, which is switched off when this hook is
   * present: {@code check} asks the engine's identity store.
   */
  public interface PasswordCheck {
    boolean check(String userId, BooleanSupplier check);
  }
}
