package vn.congdoan.cascade.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A directive's progress over the grassroots unions the caller may see.
 *
 * @param title the sector's implementing plan (or, before it is issued, the directive) as officers cite it
 * @param counts units per state, every state present, in the order of {@link ProgressState}
 * @param complete whether the caller sees every unit (sector) or only their own (grassroots union)
 */
public record DirectiveProgress(Long directiveId, String title, String subject, Instant deadline, int units,
    Map<ProgressState, Long> counts, Map<ProgressState, String> labels, List<UnitProgress> rows, boolean complete) {}
