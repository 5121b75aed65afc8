package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Wrong passwords hold back one client from one account, for a time; they never lock the account. */
class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final List<Object> events = new ArrayList<>();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleProperties(5, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1)), clock, events::add);
  private final AtomicInteger checked = new AtomicInteger();

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void fiveWrongPasswordsAreFree_thenTheClientIsHeldBack_andTheTimeDoubles() {
    from("10.0.0.9");
    for (int i = 0; i < 5; i++) {
      assertThat(attempt("an", false)).isFalse();
    }
    assertThat(checked).hasValue(5);
    assertThat(events).hasSize(1).first().isEqualTo(new LoginThrottle.LoginThrottled("an", "10.0.0.9", 5,
        clock.instant().plusSeconds(5)));
    assertThat(attempt("an", true)).as("held back: not even checked").isFalse();
    assertThat(checked).hasValue(5);
    clock.advance(Duration.ofSeconds(6));
    assertThat(attempt("an", false)).isFalse();
    assertThat(checked).hasValue(6);
    clock.advance(Duration.ofSeconds(6));
    assertThat(attempt("an", true)).as("the sixth failure held it back for 10 s").isFalse();
    clock.advance(Duration.ofSeconds(5));
    assertThat(attempt("an", true)).isTrue();
    assertThat(attempt("an", false)).as("a success clears the count").isFalse();
    assertThat(attempt("an", true)).isTrue();
    assertThat(events).hasSize(1);
  }

  @Test
  void anotherClient_andAnotherAccount_areNotHeldBack() {
    from("10.0.0.9");
    for (int i = 0; i < 12; i++) {
      attempt("an", false);
    }
    assertThat(attempt("an", true)).isFalse();
    assertThat(attempt("binh", true)).as("another account from the same client").isTrue();
    from("10.0.0.10");
    assertThat(attempt("an", true)).as("the owner from their own machine").isTrue();
  }

  @Test
  void theBlockIsCapped_andOldFailuresAreForgotten() {
    from("10.0.0.9");
    for (int i = 0; i < 40; i++) {
      clock.advance(Duration.ofMinutes(16));
      attempt("an", false);
    }
    clock.advance(Duration.ofMinutes(14));
    assertThat(attempt("an", true)).as("still within the 15-minute cap").isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(attempt("an", true)).isTrue();
    for (int i = 0; i < 4; i++) {
      attempt("an", false);
    }
    clock.advance(Duration.ofHours(2));
    assertThat(attempt("an", false)).as("the count started again").isFalse();
    assertThat(attempt("an", true)).as("one failure after the pause: not held back").isTrue();
  }

  @Test
  void aCheckOutsideARequest_isCountedAsLocal() {
    for (int i = 0; i < 5; i++) {
      attempt("an", false);
    }
    assertThat(events).singleElement().extracting(e -> ((LoginThrottle.LoginThrottled) e).client()).isEqualTo("local");
  }

  private boolean attempt(String user, boolean right) {
    return throttle.check(user, () -> {
      checked.incrementAndGet();
      return right;
    });
  }

  private static void from(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-05T01:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
