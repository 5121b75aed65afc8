package vn.congdoan.cascade.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily backup of the embedded H2 database ({@code cascade.backup.cron}, Vietnam time; {@code -}
 * turns it off). On PostgreSQL it does nothing: the database server is backed up with {@code pg_dump}
 * (the compose profile {@code backup} runs it daily).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledBackup {

  private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

  private final H2Backups backups;

  ScheduledBackup(H2Backups backups) {
    this.backups = backups;
  }

  @Scheduled(cron = "${cascade.backup.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
  void run() {
    if (!backups.supported()) {
      log.debug("Scheduled backup skipped: the database is not H2 (back PostgreSQL up with pg_dump)");
      return;
    }
    try {
      backups.create();
    } catch (RuntimeException e) {
      log.error("Scheduled database backup failed", e);
    }
  }
}
