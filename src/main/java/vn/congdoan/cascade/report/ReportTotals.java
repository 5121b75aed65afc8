package vn.congdoan.cascade.report;

import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;

/**
 * What a results report adds up, as the level above reads it.
 *
 * @param units the units the directive went to (direct children)
 * @param unitsReported those of them that reported (on time, within an extension or late)
 * @param grassrootsReported the grassroots unions anywhere below that reported: a CĐCS that reported counts
 *     one, a child union counts the CĐCS its own report counted
 * @param activities the activities' figures, summed over every grassroots union that reported
 */
public record ReportTotals(int units, int unitsReported, int grassrootsReported, ActivityFigures activities) {}
