package vn.congdoan.cascade.progress;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.ActivityReport;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.security.AccessRefusedException;
import vn.congdoan.cascade.security.CurrentOfficer;
import vn.congdoan.cascade.security.NotFoundException;

/**
 * Reads a directive's progress from the application's tables (not from process variables): a handful
 * of queries per directive, whatever the number of units. The sector's officers see every unit; a
 * grassroots union's officer sees only their own unit; anyone else is refused.
 */
@Service
public class ProgressQuery {

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository activityReports;
  private final NominationRepository nominations;
  private final CurrentOfficer officer;

  public ProgressQuery(DirectiveRepository directives, ImplementingPlanRepository plans, UnitAssignmentRepository assignments,
      SubPlanRepository subPlans, ActivityReportRepository activityReports, NominationRepository nominations,
      CurrentOfficer officer) {
    this.directives = directives;
    this.plans = plans;
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.activityReports = activityReports;
    this.nominations = nominations;
    this.officer = officer;
  }

  /** The directives the caller may follow, newest first. */
  @Transactional(readOnly = true)
  public List<DirectiveProgress> visibleDirectives() {
    return directives.findAll().stream()
        .sorted((a, b) -> b.getRegisteredAt().compareTo(a.getRegisteredAt()))
        .filter(d -> officer.isOfSector(d.getSector()) || assignments.existsByDirectiveAndUnit_CodeIn(d, officer.groups()))
        .map(d -> heading(d, List.of(), false))
        .toList();
  }

  @Transactional(readOnly = true)
  public DirectiveProgress of(long directiveId) {
    Directive directive = directives.findById(directiveId)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + directiveId + "."));
    boolean sector = officer.isOfSector(directive.getSector());
    List<UnitAssignment> all = assignments.findByDirectiveWithUnit(directive);
    List<UnitAssignment> visible = sector ? all : all.stream().filter(a -> officer.isOfUnit(a.getUnit())).toList();
    if (visible.isEmpty() && !sector) {
      throw new AccessRefusedException("Anh/chị không có quyền xem tiến độ của kế hoạch này.");
    }
    Set<Long> withSubPlan = subPlans.findAssignmentIdsByDirective(directive);
    Set<Long> reported = new HashSet<>();
    for (ActivityReport report : activityReports.findByDirective(directive)) {
      reported.add(report.getAssignment().getId());
    }
    Map<Long, Long> nominated = new HashMap<>();
    for (Object[] row : nominations.countByAssignment(directive)) {
      nominated.put((Long) row[0], (Long) row[1]);
    }
    List<UnitProgress> rows = visible.stream().map(a -> {
      long count = nominated.getOrDefault(a.getId(), 0L);
      ProgressState state = ProgressState.of(a, count);
      return new UnitProgress(a.getUnit().getCode(), a.getUnit().getName(), state, state.label(),
          withSubPlan.contains(a.getId()), reported.contains(a.getId()), count, a.isLate(), a.getDeadline(), a.getSubmittedAt());
    }).toList();
    return heading(directive, rows, sector);
  }

  private DirectiveProgress heading(Directive directive, List<UnitProgress> rows, boolean complete) {
    Map<ProgressState, Long> counts = new EnumMap<>(ProgressState.class);
    Map<ProgressState, String> labels = new EnumMap<>(ProgressState.class);
    for (ProgressState state : ProgressState.values()) {
      counts.put(state, 0L);
      labels.put(state, state.label());
    }
    rows.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
    ImplementingPlan plan = plans.findByDirective(directive).orElse(null);
    String title = plan != null && plan.getNumber() != null
        ? "Kế hoạch số " + plan.getNumber() + " (thực hiện " + directive.citation() + ")"
        : directive.citation();
    String subject = plan != null && plan.getSubject() != null ? plan.getSubject() : directive.getSubject();
    return new DirectiveProgress(directive.getId(), title, subject, directive.getDeadline(), rows.size(), counts, labels,
        rows, complete);
  }
}
