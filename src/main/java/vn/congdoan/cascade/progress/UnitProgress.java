package vn.congdoan.cascade.progress;

import java.time.Instant;

/**
 * One grassroots union's progress with a directive.
 *
 * @param state the state the chart counts
 * @param subPlanDrafted the unit has drafted its own plan
 * @param activitiesReported the unit has reported its activities
 * @param nominations how many exemplars the unit nominated
 * @param late the unit submitted after its own deadline (the directive's, or its extension)
 * @param onTimeWithinExtension the unit submitted after the directive's deadline but by its extended one
 */
public record UnitProgress(String unitCode, String unitName, ProgressState state, String stateLabel,
    boolean subPlanDrafted, boolean activitiesReported, long nominations, boolean late, boolean onTimeWithinExtension, Instant deadline,
    Instant submittedAt) {}
