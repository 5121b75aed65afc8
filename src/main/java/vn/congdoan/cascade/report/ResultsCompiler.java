package vn.congdoan.cascade.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.ActivityReport;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationKind;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;

/**
 * Compiles what every grassroots union did into the figures and the opening sections of the results
 * report, with a fixed number of queries whatever the number of units.
 */
@Component
public class ResultsCompiler {

  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository activityReports;
  private final NominationRepository nominations;
  private final ImplementingPlanRepository plans;

  public ResultsCompiler(UnitAssignmentRepository assignments, SubPlanRepository subPlans,
      ActivityReportRepository activityReports, NominationRepository nominations, ImplementingPlanRepository plans) {
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.activityReports = activityReports;
    this.nominations = nominations;
    this.plans = plans;
  }

  public CascadeResults results(Directive directive) {
    List<UnitAssignment> units = assignments.findByDirectiveWithUnit(directive);
    Map<Long, ActivityReport> reports = activityReports.findByDirective(directive).stream()
        .collect(Collectors.toMap(r -> r.getAssignment().getId(), Function.identity()));
    Set<Long> withSubPlan = subPlans.findAssignmentIdsByDirective(directive);
    List<Nomination> all = nominations.findByDirective(directive);
    Map<Long, List<Nomination>> byUnit = all.stream().collect(Collectors.groupingBy(n -> n.getAssignment().getId()));

    int onTime = 0;
    int late = 0;
    int notReported = 0;
    int pending = 0;
    ActivityFigures figures = ActivityFigures.NONE;
    List<CascadeResults.UnitRow> rows = new ArrayList<>();
    for (UnitAssignment a : units) {
      if (a.getStatus() == AssignmentStatus.NOT_REPORTED) {
        notReported++;
      } else if (a.getSubmittedAt() == null) {
        pending++;
      } else if (a.isLate()) {
        late++;
      } else {
        onTime++;
      }
      ActivityReport report = reports.get(a.getId());
      if (report != null) {
        figures = figures.plus(report.figures());
      }
      List<Nomination> own = byUnit.getOrDefault(a.getId(), List.of());
      rows.add(new CascadeResults.UnitRow(a.getUnit().getName(), a.getStatus().label(), withSubPlan.contains(a.getId()),
          a.isLate(), own.size(), (int) own.stream().filter(n -> n.getStatus() == NominationStatus.ACCEPTED).count()));
    }
    Map<String, int[]> byMovement = new LinkedHashMap<>();
    int accepted = 0;
    int rejected = 0;
    int individuals = 0;
    int collectives = 0;
    for (Nomination n : all) {
      if (n.getKind() == NominationKind.INDIVIDUAL) {
        individuals++;
      } else {
        collectives++;
      }
      if (n.getStatus() == NominationStatus.ACCEPTED) {
        accepted++;
        byMovement.computeIfAbsent(n.getMovement().getName(), k -> new int[2])[n.getKind() == NominationKind.INDIVIDUAL ? 0 : 1]++;
      } else if (n.getStatus() == NominationStatus.REJECTED) {
        rejected++;
      }
    }
    return new CascadeResults(units.size(), withSubPlan.size(), onTime, late, notReported, pending, figures,
        individuals, collectives, accepted, rejected, byMovement, rows);
  }

  /** Sections I and II of the report, in Vietnamese, from the figures. */
  public String compile(Directive directive) {
    CascadeResults r = results(directive);
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    StringBuilder text = new StringBuilder();
    text.append("Thực hiện ").append(directive.citation()).append(" và Kế hoạch số ").append(plan.getNumber())
        .append(" ngày ").append(VietnamTime.format(plan.getIssuedOn())).append(" của ")
        .append(directive.getSector().getName()).append(" về việc ").append(lowerFirst(plan.getSubject()))
        .append(", ").append(directive.getSector().getName()).append(" báo cáo kết quả như sau:\n\n");
    text.append("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI\n")
        .append("Công đoàn ngành ban hành Kế hoạch số ").append(plan.getNumber()).append(" tới ")
        .append(n.format(r.units())).append(" CĐCS; ").append(n.format(r.subPlans())).append("/")
        .append(n.format(r.units())).append(" CĐCS (").append(percent(r.subPlans(), r.units()))
        .append(") xây dựng kế hoạch của đơn vị.\n\n");
    text.append("II. KẾT QUẢ THỰC HIỆN\n")
        .append("1. Công tác tuyên truyền: ").append(n.format(r.activities().propagandaSessions()))
        .append(" buổi tuyên truyền, ").append(n.format(r.activities().participants()))
        .append(" lượt người tham gia, ").append(n.format(r.activities().articles())).append(" tin, bài viết.\n")
        .append("2. Các phong trào thi đua: ").append(n.format(r.activities().initiatives()))
        .append(" sáng kiến, cải tiến kỹ thuật.\n")
        .append("3. Xây dựng điển hình tiên tiến: các CĐCS đề xuất ")
        .append(n.format(r.proposedIndividuals() + r.proposedCollectives())).append(" điển hình (")
        .append(n.format(r.proposedIndividuals())).append(" cá nhân, ").append(n.format(r.proposedCollectives()))
        .append(" tập thể); Công đoàn ngành chấp nhận ").append(n.format(r.accepted())).append(", không chấp nhận ")
        .append(n.format(r.rejected())).append(".\n");
    r.acceptedByMovement().forEach((movement, counts) -> text.append("   - ").append(movement).append(": ")
        .append(n.format(counts[0])).append(" cá nhân, ").append(n.format(counts[1])).append(" tập thể.\n"));
    text.append("4. Công tác theo dõi, đôn đốc: ").append(n.format(r.onTime())).append(" CĐCS báo cáo đúng hạn (")
        .append(percent(r.onTime(), r.units())).append("), ").append(n.format(r.late())).append(" CĐCS báo cáo muộn, ")
        .append(n.format(r.notReported())).append(" CĐCS không báo cáo");
    if (r.pending() > 0) {
      text.append(", ").append(n.format(r.pending())).append(" CĐCS chưa hoàn thành");
    }
    text.append(".");
    return text.toString();
  }

  /** "94,4%". */
  static String percent(int part, int whole) {
    if (whole == 0) {
      return "0%";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
    format.setMaximumFractionDigits(1);
    return format.format(100.0 * part / whole) + "%";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
