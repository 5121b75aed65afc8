package vn.congdoan.cascade.process;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineInternals;

/**
 * The time the engine works with. Timestamps the application records (submitted, late, reviewed) use
 * the engine's clock so that they agree with timers and due dates, also when tests move engine time.
 * The engine's clock has no public API: {@link EngineInternals#now()} reads it.
 */
@Component
public class EngineClock {

  public Instant now() {
    return EngineInternals.now();
  }
}
