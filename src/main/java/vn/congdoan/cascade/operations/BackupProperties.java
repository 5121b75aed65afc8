package vn.congdoan.cascade.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online backups of the embedded H2 database (PostgreSQL is backed up with {@code pg_dump}, see
 * docs/operations.md).
 *
 * @param directory where the backup files go
 * @param cron when the scheduled backup runs, Vietnam time (Spring cron; {@code -} turns it off)
 * @param keep how many backup files are kept; older ones are deleted after each new backup
 */
@ConfigurationProperties("cascade.backup")
record BackupProperties(
    @DefaultValue("./backups") Path directory,
    @DefaultValue("0 30 1 * * *") String cron,
    @DefaultValue("14") int keep) {

  BackupProperties {
    if (keep < 1) {
      throw new IllegalArgumentException("cascade.backup.keep must be at least 1, was " + keep);
    }
  }
}
