package vn.congdoan.cascade.progress;

import java.time.Instant;
import java.util.List;

/**
 * One grassroots union's progress with a directive.
 *
 * @param state the state the chart counts
 * @param subPlanDrafted the unit has drafted its own plan
 * @param activitiesReported the unit has reported its activities
 * @param nominations how many exemplars the unit nominated
 * @param late the unit submitted after its own deadline (the directive's, or its extension)
 * @param onTimeWithinExtension the unit submitted after the directive's deadline but by its extended one
 * @param contacts the unit's officers from the registry, for a late unit seen by the sector (empty otherwise)
 * @param directiveId for a union with children of its own, its directive (the plan as it received it), whose
 *     progress the caller may open; null for a grassroots union
 */
public record UnitProgress(String unitCode, String unitName, ProgressState state, String stateLabel,
    boolean subPlanDrafted, boolean activitiesReported, long nominations, boolean late, boolean onTimeWithinExtension, Instant deadline,
    Instant submittedAt, List<Contact> contacts, Long directiveId) {

  /** An officer of a late unit, as the registry has them: whom the sector's office calls. */
  record Contact(String name, String title, String email, String phone) {}
}
