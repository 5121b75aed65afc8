package vn.congdoan.cascade.report;

import java.util.List;
import java.util.Map;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;

/**
 * The figures a results report is built from, gathered from every unit's rows.
 *
 * @param acceptedByMovement accepted nominations per movement name: [individuals, collectives]
 */
public record CascadeResults(
    int units,
    int subPlans,
    int onTime,
    int late,
    int notReported,
    int pending,
    ActivityFigures activities,
    int proposedIndividuals,
    int proposedCollectives,
    int accepted,
    int rejected,
    Map<String, int[]> acceptedByMovement,
    List<UnitRow> rows) {

  /** One grassroots union's line in the annex table. */
  public record UnitRow(String unitName, String status, boolean subPlan, boolean late, int proposed, int accepted) {}
}
