package vn.congdoan.cascade.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * Puts the directive and the grassroots union a piece of work is about into the logging context (MDC)
 * of every line it logs, under the contract's variable names ({@code directiveId}, {@code unitCode}):
 * around every call of the engine into the application (a delegate, a listener, an expression), read
 * from the execution's variables, and around any other code through {@link #of(Long, String)}. The plain
 * log format does not show them; the JSON format ({@code json-logs} profile, docs/operations.md) carries
 * them as fields. A context nested in another (a sector's delegate starting a unit's process) restores
 * the outer one when it ends (the sector's reminders name each unit as its e-mail goes out).
 */
@Component
public class LogContext implements EngineHooks.DelegateContext {

  /** The logging context's key of the directive's id. */
  static final String DIRECTIVE = GrassrootsUnionContract.DIRECTIVE_ID.name();
  /** The logging context's key of the grassroots union's code. */
  static final String UNIT = GrassrootsUnionContract.UNIT_CODE.name();

  @Override
  public AutoCloseable enter(VariableScope execution) {
    if (execution == null) {
      return () -> { };
    }
    Long directive = null;
    String unit = null;
    try {
      directive = GrassrootsUnionContract.DIRECTIVE_ID.from(execution).getOrNull();
      unit = GrassrootsUnionContract.UNIT_CODE.from(execution).getOrNull();
    } catch (RuntimeException e) {
      // an execution being torn down may no longer read its variables: no context, the call goes on
    }
    return of(directive, unit);
  }

  /**
   * Sets the directive and unit (either may be null: then it is left as it is) until the returned
   * scope is closed, which restores what was there before. Closing it throws nothing.
   */
  public static Scope of(Long directiveId, String unitCode) {
    String previousDirective = MDC.get(DIRECTIVE);
    String previousUnit = MDC.get(UNIT);
    if (directiveId != null) {
      MDC.put(DIRECTIVE, directiveId.toString());
    }
    if (unitCode != null) {
      MDC.put(UNIT, unitCode);
    }
    return () -> {
      restore(DIRECTIVE, previousDirective);
      restore(UNIT, previousUnit);
    };
  }

  private static void restore(String key, String previous) {
    if (previous == null) {
      MDC.remove(key);
    } else if (!Objects.equals(MDC.get(key), previous)) {
      MDC.put(key, previous);
    }
  }

  /** A logging context to close; closing throws nothing. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
