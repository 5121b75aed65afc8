package vn.congdoan.cascade.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.congdoan.cascade.calendar.VietnamTime;

/**
 * @param startBatchSize how many grassroots processes Task_StartUnitProcesses (or Task_CloseCollection)
 *     starts (or closes) in one transaction
 * @param deadlineTime the time of day, Vietnam time, at which a deadline day ends: 23:59:59; set it
 *     earlier only to watch a deadline pass in a demonstration
 * @param deadlineLeadWorkingDays how many working days before its own report is due a unit that received its
 *     parent's plan inside the system sets the deadline of its children (never later than its own): 3
 */
@ConfigurationProperties("cascade")
public record CascadeProperties(
    @DefaultValue("200") int startBatchSize,
    @DefaultValue("23:59:59") LocalTime deadlineTime,
    @DefaultValue("3") int deadlineLeadWorkingDays) {

  /** The defaults, for code and tests that run without Spring's binding. */
  public static final CascadeProperties DEFAULTS = new CascadeProperties(200, LocalTime.of(23, 59, 59), 3);

  public CascadeProperties {
    if (deadlineLeadWorkingDays < 0) {
      throw new IllegalArgumentException("cascade.deadline-lead-working-days must not be negative: " + deadlineLeadWorkingDays);
    }
  }

  /** The moment a deadline set for the given day passes. */
  public Instant deadlineOf(LocalDate day) {
    return day.atTime(deadlineTime).atZone(VietnamTime.ZONE).toInstant();
  }
}
