package vn.congdoan.cascade.security;

import vn.congdoan.cascade.engine.EngineHooks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows a password guesser without letting anyone lock an account: failed logins are counted per account
 * <em>and client</em> (the request's address), so a stranger's wrong passwords delay only the stranger.
 * After {@link LoginThrottleProperties#freeAttempts()} failures that client's attempts on that account are
 * refused, without checking, for a time that doubles with each further failure up to a maximum; a
 * success, or {@link LoginThrottleProperties#forgetAfter()} without a failure, clears the count. When a
 * client is first held back the administrator is told: a WARN line and a {@link LoginThrottled} event
 * ({@code LoginThrottledNotice} e-mails it). Every login path checks passwords through the engine's
 * identity service, where this sits (installed by {@code engine.EngineInternals} as its password check, in place of the
 * engine's account lock): Tasklist's login, HTTP Basic on
 * {@code /engine-rest} and {@code /api}. Counts are per node and in memory (a restart forgets them); at
 * most {@value #MAX_TRACKED} pairs are kept, the least recently used dropped first.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle implements EngineHooks.PasswordCheck {

  static final int MAX_TRACKED = 50_000;
  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** A client held back from an account: published once, when it starts. */
  record LoginThrottled(String userId, String client, int failures, Instant until) {
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant blockedUntil = Instant.MIN;
  }

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
      return size() > MAX_TRACKED;
    }
  };

  @Autowired
  LoginThrottle(LoginThrottleProperties properties, ApplicationEventPublisher events) {
    this(properties, Clock.systemUTC(), events);
  }

  LoginThrottle(LoginThrottleProperties properties, Clock clock, ApplicationEventPublisher events) {
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  /** Checks a password with {@code check} unless this client is held back from this account. */
  @Override
  public boolean check(String userId, BooleanSupplier check) {
    String client = client();
    String key = userId + "\n" + client;
    Instant now = clock.instant();
    synchronized (failures) {
      Failures known = failures.get(key);
      if (known != null && known.blockedUntil.isAfter(now)) {
        log.info("Login of {} from {} refused unchecked: held back until {} after {} failures", userId, client,
            known.blockedUntil, known.count);
        return false;
      }
    }
    boolean valid = check.getAsBoolean();
    LoginThrottled started = null;
    synchronized (failures) {
      if (valid) {
        failures.remove(key);
        return true;
      }
      Failures known = failures.get(key);
      if (known == null || Duration.between(known.last, now).compareTo(properties.forgetAfter()) > 0) {
        known = new Failures();
        failures.put(key, known);
      }
      known.count++;
      known.last = now;
      int over = known.count - properties.freeAttempts();
      if (over >= 0) {
        Duration block = properties.firstBlock().multipliedBy(1L << Math.min(over, 20));
        known.blockedUntil = now.plus(block.compareTo(properties.maxBlock()) > 0 ? properties.maxBlock() : block);
        if (over == 0) {
          started = new LoginThrottled(userId, client, known.count, known.blockedUntil);
        }
      }
    }
    if (started != null) {
      log.warn("Login of {} from {} held back until {} after {} wrong passwords (the account stays open to other clients)",
          userId, client, started.until(), started.failures());
      events.publishEvent(started);
    }
    return false;
  }

  /** The address of the request being served, or "local" for a check outside a request. */
  private static String client() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return "local";
  }
}
