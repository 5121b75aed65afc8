package vn.congdoan.cascade.process;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time the engine works with. Timestamps the application records (submitted, late, reviewed) use
 * the engine's clock so that they agree with timers and due dates, also when tests move engine time.
 * The one place where the application touches an engine-internal class.
 */
@Component
public class EngineClock {

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
