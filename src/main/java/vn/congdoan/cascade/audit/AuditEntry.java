package vn.congdoan.cascade.audit;

import java.time.Instant;

/**
 * One line of a directive's audit trail, as officers read it.
 *
 * @param at when it happened
 * @param time the same in Vietnam time, {@code dd/MM/yyyy HH:mm}
 * @param step what kind of step, stable for other systems (e.g. {@code PLAN_RETURNED}, {@code REMINDER_SENT})
 * @param action what was done, in Vietnamese
 * @param actor the officer's username, or null for the system
 * @param actorName the officer's name from the registry ("Hệ thống" for the system, the username if the
 *     officer is no longer in the registry)
 * @param unitCode the grassroots union the step belongs to, or null for the sector's own steps
 * @param unitName its name
 * @param detail what was decided or written: a return's reason, a document's number, a new deadline
 */
public record AuditEntry(Instant at, String time, String step, String action, String actor, String actorName,
    String unitCode, String unitName, String detail) {}
