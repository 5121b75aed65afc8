package vn.congdoan.cascade.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the database pool is too small for the job executor: a reminder's sent-log row
 * commits in a transaction of its own ({@link OnceOnlyMailer#sendOnceApart}) while its job's transaction
 * holds a connection, so a job thread may need two at once (a CĐCS's own reminder timer of a model deployed
 * earlier), and a batch of the parent's reminders sends {@code cascade.reminders.parallel-sends} e-mails at once,
 * each with a connection of its own, while its job holds one. With fewer, reminders wait for connections, time out
 * after 30 s and are retried (nothing is lost or sent twice, but a day's reminders crawl).
 */
@Component
class ConnectionPoolCheck {

  private static final Logger log = LoggerFactory.getLogger(ConnectionPoolCheck.class);

  private final Environment environment;

  public ConnectionPoolCheck(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void check() {
    if (!environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true)) {
      return;
    }
    int threads = environment.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, 10);
    int parallelSends = environment.getProperty("cascade.reminders.parallel-sends", Integer.class, 4);
    int pool = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
    if (pool < needed(threads, parallelSends)) {
      log.warn("Database pool of {} connections for {} job executor threads and {} parallel reminder e-mails:"
          + " set CASCADE_DB_POOLSIZE to at least {} (docs/operations.md)", pool, threads, parallelSends,
          needed(threads, parallelSends));
    }
  }

  static int needed(int jobThreads, int parallelSends) {
    return 2 * jobThreads + parallelSends + 2;
  }
}
