package vn.congdoan.cascade.report;

import java.util.List;
import java.util.Map;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.nomination.NominationKind;

/**
 * The figures a results report is built from, gathered from every unit's rows.
 *
 * @param acceptedByMovement accepted nominations per movement name: [individuals, collectives]
 * @param rows one line per grassroots union, in the registry's order
 * @param acceptedNominations the nominations the sector accepted, by movement, collectives before
 *     individuals; rejected ones are not listed
 * @param childUnions how many of the units are unions with children of their own, whose figures are those of
 *     their issued reports
 * @param grassrootsReported the grassroots unions anywhere below that reported, as {@link ReportTotals} counts them
 */
record CascadeResults(
    int units,
    int subPlans,
    int onTime,
    int onTimeWithinExtension,
    int late,
    int notReported,
    int pending,
    ActivityFigures activities,
    int proposedIndividuals,
    int proposedCollectives,
    int accepted,
    int rejected,
    Map<String, int[]> acceptedByMovement,
    List<UnitRow> rows,
    List<AcceptedNomination> acceptedNominations,
    int childUnions,
    int grassrootsReported) {

  /** The totals a report keeps for the level above. */
  ReportTotals totals() {
    return new ReportTotals(units, onTime + onTimeWithinExtension + late, grassrootsReported, activities);
  }

  /** Whether some of the units are unions with children of their own (the plan went down more than one level). */
  boolean reachesChildUnions() {
    return childUnions > 0;
  }

  /**
   * One grassroots union's line in the annex table.
   *
   * @param reporting how the unit reported: on time, on time within its extension, late, not at all, not yet
   * @param figures what its activity report counted, or null if it sent none
   */
  public record UnitRow(String unitName, Reporting reporting, boolean subPlan, ActivityFigures figures, int proposed,
      int accepted) {}

  /** An exemplar the sector accepted, as the annex lists it. */
  public record AcceptedNomination(String movement, NominationKind kind, String name, String position,
      String workplace, String unitName, String achievement, String recognition) {}

  /** How a grassroots union stands at the end of the collection. */
  public enum Reporting {
    ON_TIME("Đúng hạn"),
    /** Submitted after the directive's deadline, by the unit's extended deadline. */
    ON_TIME_WITHIN_EXTENSION("Đúng hạn (gia hạn)"),
    LATE("Muộn"),
    NOT_REPORTED("Không báo cáo"),
    PENDING("Chưa hoàn thành");

    private final String label;

    Reporting(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
