package vn.congdoan.cascade.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.AdministrativeDates;
import vn.congdoan.cascade.grassroots.ActivityReport;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.ForwardedNominationRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.nomination.NominationKind;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.report.CascadeResults.AcceptedNomination;
import vn.congdoan.cascade.report.CascadeResults.Reporting;

/**
 * Compiles what every grassroots union did into the figures, the per-unit lines and the list of
 * accepted exemplars of the results report, and writes its opening and sections I and II, with a
 * fixed number of queries whatever the number of units.
 */
@Component
public class ResultsCompiler {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository activityReports;
  private final NominationRepository nominations;
  private final ImplementingPlanRepository plans;
  private final ResultsReportRepository reports;
  private final ForwardedNominationRepository forwarded;

  public ResultsCompiler(UnitAssignmentRepository assignments, SubPlanRepository subPlans,
      ActivityReportRepository activityReports, NominationRepository nominations, ImplementingPlanRepository plans,
      ResultsReportRepository reports, ForwardedNominationRepository forwarded) {
    this.reports = reports;
    this.forwarded = forwarded;
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.activityReports = activityReports;
    this.nominations = nominations;
    this.plans = plans;
  }

  public CascadeResults results(Directive directive) {
    // in the registry's order (the order of the registry file), as the annex lists the units
    List<UnitAssignment> units = new ArrayList<>(assignments.findByDirectiveWithUnit(directive));
    units.sort(Comparator.comparing(a -> a.getUnit().getId()));
    Map<Long, ActivityReport> reports = activityReports.findByDirective(directive).stream()
        .collect(Collectors.toMap(r -> r.getAssignment().getId(), Function.identity()));
    Set<Long> withSubPlan = new java.util.HashSet<>(subPlans.findAssignmentIdsByDirective(directive));
    // a union with children: its plan stands for a sub-plan, its issued report's totals for an activity report
    boolean anyChildUnion = units.stream().anyMatch(a -> a.getUnit().getLevel() != UnitLevel.GRASSROOTS);
    Map<Long, ReportTotals> childTotals = new java.util.HashMap<>();
    if (anyChildUnion) {
      withSubPlan.addAll(plans.findAssignmentIdsWithIssuedChildPlan(directive));
      for (ResultsReport report : this.reports.findOfChildren(directive)) {
        report.getTotals().ifPresent(t -> childTotals.put(report.getDirective().getParentAssignmentId(), t));
      }
    }
    // this level's decisions: on its own CĐCS' nominations, and on those its child unions forwarded
    List<Decided> all = new ArrayList<>();
    nominations.findByDirective(directive).forEach(n -> all.add(new Decided(n, n.getStatus(), n.getAssignment().getId())));
    if (anyChildUnion) {
      forwarded.findByDirective(directive).forEach(f -> all.add(new Decided(f.getNomination(), f.getStatus(),
          f.getAssignment().getId())));
    }
    Map<Long, List<Decided>> byUnit = all.stream().collect(Collectors.groupingBy(Decided::rowAssignmentId));

    int onTime = 0;
    int withinExtension = 0;
    int late = 0;
    int notReported = 0;
    int pending = 0;
    ActivityFigures figures = ActivityFigures.NONE;
    int childUnions = 0;
    int grassrootsReported = 0;
    List<CascadeResults.UnitRow> rows = new ArrayList<>();
    for (UnitAssignment a : units) {
      Reporting reporting;
      if (a.getStatus() == AssignmentStatus.NOT_REPORTED) {
        notReported++;
        reporting = Reporting.NOT_REPORTED;
      } else if (a.getSubmittedAt() == null) {
        pending++;
        reporting = Reporting.PENDING;
      } else if (a.isOnTimeWithinExtension()) {
        withinExtension++;
        reporting = Reporting.ON_TIME_WITHIN_EXTENSION;
      } else if (a.isLate()) {
        late++;
        reporting = Reporting.LATE;
      } else {
        onTime++;
        reporting = Reporting.ON_TIME;
      }
      ActivityFigures unitFigures = null;
      if (a.getUnit().getLevel() != UnitLevel.GRASSROOTS) {
        childUnions++;
        // only a report that arrived while the collection was open counts (the child then reported)
        ReportTotals totals = a.getStatus().reportArrived() ? childTotals.get(a.getId()) : null;
        if (totals != null) {
          unitFigures = totals.activities();
          grassrootsReported += totals.grassrootsReported();
        }
      } else {
        ActivityReport report = reports.get(a.getId());
        if (report != null) {
          unitFigures = report.figures();
          grassrootsReported++;
        }
      }
      if (unitFigures != null) {
        figures = figures.plus(unitFigures);
      }
      List<Decided> own = byUnit.getOrDefault(a.getId(), List.of());
      rows.add(new CascadeResults.UnitRow(a.getUnit().getName(), reporting, withSubPlan.contains(a.getId()),
          unitFigures, own.size(),
          (int) own.stream().filter(n -> n.status() == NominationStatus.ACCEPTED).count()));
    }
    Map<String, int[]> byMovement = new LinkedHashMap<>();
    List<AcceptedNomination> acceptedList = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    int individuals = 0;
    int collectives = 0;
    for (Decided d : all) {
      Nomination n = d.nomination();
      if (n.getKind() == NominationKind.INDIVIDUAL) {
        individuals++;
      } else {
        collectives++;
      }
      if (d.status() == NominationStatus.ACCEPTED) {
        accepted++;
        byMovement.computeIfAbsent(n.getMovement().getName(), k -> new int[2])[n.getKind() == NominationKind.INDIVIDUAL ? 0 : 1]++;
        acceptedList.add(new AcceptedNomination(n.getMovement().getName(), n.getKind(), n.getName(), n.getPosition(),
            n.getWorkplace(), n.getAssignment().getUnit().getName(), n.getAchievement(), n.getRecognition().label()));
      } else if (d.status() == NominationStatus.REJECTED) {
        rejected++;
      }
    }
    return new CascadeResults(units.size(), withSubPlan.size(), onTime, withinExtension, late, notReported, pending, figures,
        individuals, collectives, accepted, rejected, byMovement, rows, acceptedList, childUnions, grassrootsReported);
  }

  /**
   * The opening and sections I and II of the report, in Vietnamese, from the figures: the part the
   * office does not write. One line a paragraph; "I.", "II." lines are headings (see
   * {@code document.TextBlocks}).
   */
  public String compile(Directive directive) {
    return compile(directive, results(directive));
  }

  /** {@link #compile(Directive)} from results already gathered. */
  String compile(Directive directive, CascadeResults r) {
    // one level down only CĐCS; further, unions with children too, whose figures are their reports'
    boolean levels = r.reachesChildUnions();
    String member = levels ? "đơn vị" : "CĐCS";
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    String sector = directive.getSector().getName();
    NumberFormat n = NumberFormat.getIntegerInstance(VIETNAMESE);
    StringBuilder text = new StringBuilder();
    text.append("Thực hiện Kế hoạch số ").append(directive.getNumber()).append(" ngày ")
        .append(AdministrativeDates.shortDate(directive.getIssuedOn())).append(" của ").append(directive.getIssuer())
        .append(" về ").append(lowerFirst(directive.getSubject())).append(", ").append(sector)
        .append(" đã ban hành Kế hoạch số ").append(plan.getNumber()).append(" ngày ")
        .append(AdministrativeDates.shortDate(plan.getIssuedOn()))
        .append(levels ? " triển khai tới các đơn vị trực thuộc. Kết quả thực hiện như sau:\n\n"
            : " triển khai tới các Công đoàn cơ sở (CĐCS) trực thuộc. Kết quả thực hiện như sau:\n\n");
    String issuer = levels ? sector : directive.getSector().selfReference();
    text.append("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI\n")
        .append(issuer).append(" ban hành Kế hoạch số ").append(plan.getNumber()).append(" tới ")
        .append(n.format(r.units())).append(levels ? " đơn vị trực thuộc (" + n.format(r.childUnions())
            + " công đoàn cấp trên cơ sở, " + n.format(r.units() - r.childUnions()) + " CĐCS); " : " CĐCS; ")
        .append(n.format(r.subPlans())).append("/")
        .append(n.format(r.units())).append(" ").append(member).append(" (").append(percent(r.subPlans(), r.units()))
        .append(") xây dựng kế hoạch của đơn vị. ").append(issuer).append(" theo dõi, đôn đốc các ").append(member)
        .append(" thực hiện và báo cáo kết quả theo thời hạn của kế hoạch.\n\n");
    text.append("II. KẾT QUẢ THỰC HIỆN\n")
        .append("1. Công tác tuyên truyền: ").append(levels ? "theo báo cáo của " + n.format(r.grassrootsReported())
            + " CĐCS, các đơn vị tổ chức " : "các CĐCS tổ chức ").append(n.format(r.activities().propagandaSessions()))
        .append(" buổi tuyên truyền với ").append(n.format(r.activities().participants()))
        .append(" lượt người tham gia; đăng ").append(n.format(r.activities().articles())).append(" tin, bài viết.\n")
        .append("2. Các phong trào thi đua: ").append(n.format(r.activities().initiatives()))
        .append(" sáng kiến, cải tiến kỹ thuật.\n")
        .append("3. Xây dựng điển hình tiên tiến: các ").append(member).append(" đề xuất ")
        .append(n.format(r.proposedIndividuals() + r.proposedCollectives())).append(" điển hình (")
        .append(n.format(r.proposedIndividuals())).append(" cá nhân, ").append(n.format(r.proposedCollectives()))
        .append(" tập thể); ").append(issuer).append(" chấp nhận ").append(n.format(r.accepted())).append(", không chấp nhận ")
        .append(n.format(r.rejected())).append(".");
    if (!r.acceptedByMovement().isEmpty()) {
      text.append(" Các điển hình được chấp nhận theo phong trào thi đua (danh sách tại Phụ lục 2):");
    }
    text.append("\n");
    r.acceptedByMovement().forEach((movement, counts) -> {
      List<String> parts = new ArrayList<>();
      if (counts[1] > 0) {
        parts.add(n.format(counts[1]) + " tập thể");
      }
      if (counts[0] > 0) {
        parts.add(n.format(counts[0]) + " cá nhân");
      }
      text.append("- ").append(movement).append(": ").append(String.join(", ", parts)).append(";\n");
    });
    text.append("4. Công tác theo dõi, đôn đốc: ").append(n.format(r.onTime())).append(" ").append(member).append(" báo cáo đúng hạn (")
        .append(percent(r.onTime(), r.units())).append("), ");
    if (r.onTimeWithinExtension() > 0) {
      text.append(n.format(r.onTimeWithinExtension())).append(" ").append(member).append(" báo cáo trong thời gian được gia hạn (")
          .append(percent(r.onTimeWithinExtension(), r.units())).append("), ");
    }
    text.append(n.format(r.late())).append(" ").append(member).append(" báo cáo muộn (")
        .append(percent(r.late(), r.units())).append("), ").append(n.format(r.notReported()))
        .append(" ").append(member).append(" không báo cáo (").append(percent(r.notReported(), r.units())).append(")");
    if (r.pending() > 0) {
      text.append(", ").append(n.format(r.pending())).append(" ").append(member).append(" chưa hoàn thành");
    }
    text.append("; kết quả của từng ").append(member).append(" tại Phụ lục 1.");
    return text.toString();
  }

  /** A nomination as this level decided on it, and the unit's line (its CĐCS, or the child union that forwarded it). */
  private record Decided(Nomination nomination, NominationStatus status, long rowAssignmentId) {}

  /** "94,4%". */
  static String percent(int part, int whole) {
    if (whole == 0) {
      return "0%";
    }
    NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
    format.setMaximumFractionDigits(1);
    return format.format(100.0 * part / whole) + "%";
  }

  static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
