package vn.congdoan.cascade.calendar;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param daysBefore the default reminder schedule: days before the deadline (a directive may set its own)
 * @param sendAt the time of day (Vietnam) reminders go out
 */
@ConfigurationProperties("cascade.reminders")
public record ReminderProperties(
    @DefaultValue({"7", "3", "1", "0"}) List<Integer> daysBefore,
    @DefaultValue("08:00") LocalTime sendAt) {}
