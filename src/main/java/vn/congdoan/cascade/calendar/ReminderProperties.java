package vn.congdoan.cascade.calendar;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param daysBefore the default reminder schedule: days before the deadline (a directive may set its own)
 * @param sendAt the time of day (Vietnam) reminders go out
 * @param parallelSends how many reminder e-mails of a batch are sent at the same time (each over its own connection to
 *     the SMTP server and in its own short database transaction; the application's threads for it, shared by all
 *     directives): sending one is mostly waiting for the two servers
 */
@ConfigurationProperties("cascade.reminders")
public record ReminderProperties(
    @DefaultValue({"7", "3", "1", "0"}) List<Integer> daysBefore,
    @DefaultValue("08:00") LocalTime sendAt,
    @DefaultValue("4") int parallelSends) {

  public ReminderProperties {
    if (parallelSends < 1) {
      throw new IllegalArgumentException("cascade.reminders.parallel-sends must be at least 1: " + parallelSends);
    }
  }
}
