package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import vn.congdoan.cascade.organisation.UnitLevel;

/**
 * A unit of a directive that still has work open, as the parent's daily reminders read it for thousands of
 * units a page at a time ({@link UnitAssignmentRepository#findOpenWorkAfter}): its assignment, its level, its process (none
 * before the fan-out has reached it), its current deadline and when it received the plan.
 */
public record OpenWork(Long assignmentId, UnitLevel level, String processInstanceId, Instant deadline, Instant received) {}
