package vn.congdoan.cascade.reliability;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.congdoan.cascade.CascadeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Test-only additions to the application that {@link AbstractCrashRecoveryTest} starts as a separate JVM. It is
 * never found by component scanning (it carries no stereotype annotation); the child JVM's main class,
 * {@link #main}, runs {@link CascadeApplication} exactly as its own main method does, with this
 * initializer added, so no other test's application context is affected.
 *
 * <ul>
 *   <li>{@code cascade.test.clock} (e.g. {@code 2023-05-12T08:00:00+07:00}): engine time, frozen at that
 *       moment from before the engine starts, as the in-JVM tests set it with {@code ClockUtil};</li>
 *   <li>{@code PUT /test-support/clock} with such a moment as the body moves engine time while the
 *       application runs (only this child JVM has the endpoint);</li>
 *   <li>{@code cascade.test.crash-point} and {@code cascade.test.crash-at}: see {@link CrashPoints}.</li>
 * </ul>
 */
public class CrashHarness implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The child JVM's main class: the application with this initializer. */
  public static void main(String[] args) {
    new SpringApplicationBuilder(CascadeApplication.class).initializers(new CrashHarness()).run(args);
  }

  public static final String CLOCK = "cascade.test.clock";
  public static final String CLOCK_PATH = "/test-support/clock";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Environment environment = context.getEnvironment();
    String clock = environment.getProperty(CLOCK);
    if (clock != null && !clock.isBlank()) {
      setClock(clock);
    }
    GenericApplicationContext registry = (GenericApplicationContext) context;
    CrashPoints crashPoints = new CrashPoints(context);
    registry.registerBean("crashPoints", CrashPoints.class, () -> crashPoints);
    context.addApplicationListener(ApplicationListener.forPayload(crashPoints::notificationSent));
    registry.registerBean("testClockEndpoint", RouterFunction.class, () -> RouterFunctions.route()
        .PUT(CLOCK_PATH, request -> {
          setClock(request.body(String.class).strip());
          return ServerResponse.status(HttpStatus.NO_CONTENT).build();
        })
        .build());
  }

  private static void setClock(String isoMoment) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoMoment).toInstant()));
    System.out.println("TEST-CLOCK " + ClockUtil.getCurrentTime().toInstant());
  }
}
