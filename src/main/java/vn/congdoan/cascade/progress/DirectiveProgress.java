package vn.congdoan.cascade.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A directive's progress over the grassroots unions the caller may see.
 *
 * @param title the sector's implementing plan (or, before it is issued, the directive) as officers cite it
 * @param status whether the cascade runs, has finished or was cancelled
 * @param units the grassroots unions the caller sees (all of the directive's for the sector)
 * @param counts units per state, every state present, in the order of {@link ProgressState}
 * @param finished units whose own part is done (submitted, whatever the review of their nominations)
 * @param onTime finished by the directive's deadline
 * @param onTimeWithinExtension finished after the directive's deadline but by their extended one
 * @param late finished after their own deadline
 * @param notReported closed by the sector without having reported
 * @param rows one line per unit (empty in the list of directives)
 * @param complete whether the caller sees every unit (sector) or only their own (grassroots union)
 * @param recallReason the chair's reason when the directive was recalled, else null
 * @param reportDueAt when the unit's report is due to its parent inside the system; null when the parent is outside
 * @param parentReceipt for a directive received from a parent inside the system, whether and when the parent
 *     registered the unit's report ("… đã nhận báo cáo … số đến …"), else null
 */
public record DirectiveProgress(Long directiveId, String title, String subject, String unitName, Instant deadline,
    DirectiveStatus status, String statusLabel, int units, Map<ProgressState, Long> counts,
    Map<ProgressState, String> labels, int finished, int onTime, int onTimeWithinExtension, int late, int notReported,
    List<UnitProgress> rows, boolean complete, String recallReason, Instant reportDueAt, String parentReceipt) {

  DirectiveProgress withRows(List<UnitProgress> rows) {
    return new DirectiveProgress(directiveId, title, subject, unitName, deadline, status, statusLabel, units, counts, labels,
        finished, onTime, onTimeWithinExtension, late, notReported, rows, complete, recallReason, reportDueAt, parentReceipt);
  }

  DirectiveProgress withReceipt(String receipt) {
    return new DirectiveProgress(directiveId, title, subject, unitName, deadline, status, statusLabel, units, counts, labels,
        finished, onTime, onTimeWithinExtension, late, notReported, rows, complete, recallReason, reportDueAt, receipt);
  }
}
