package vn.congdoan.cascade.progress;

import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.report.ReceivedReportRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.ActivityReport;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.engine.WithoutCaller;

/**
 * Reads a directive's progress from the application's tables (not from process variables): a handful
 * of queries per directive, whatever the number of units. The sector's officers see every unit; a
 * grassroots union's officer sees only their own unit; anyone else is refused.
 */
@Service
public class ProgressQuery {

  private static final java.time.format.DateTimeFormatter RECEIVED_AT =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(VietnamTime.ZONE);

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final ActivityReportRepository activityReports;
  private final NominationRepository nominations;
  private final CurrentOfficer officer;
  private final HistoryService history;
  private final IdentityService identity;
  private final OfficerRepository officers;
  private final ReceivedReportRepository received;

  public ProgressQuery(DirectiveRepository directives, ImplementingPlanRepository plans, UnitAssignmentRepository assignments,
      SubPlanRepository subPlans, ActivityReportRepository activityReports, NominationRepository nominations,
      CurrentOfficer officer, HistoryService history, IdentityService identity, OfficerRepository officers,
      ReceivedReportRepository received) {
    this.received = received;
    this.officers = officers;
    this.history = history;
    this.identity = identity;
    this.directives = directives;
    this.plans = plans;
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.activityReports = activityReports;
    this.nominations = nominations;
    this.officer = officer;
  }

  /**
   * The directives the caller may follow, newest first, each with its status and its counts over the
   * units the caller sees; in five queries whatever the number of directives (directives, their units,
   * nominations, plans, process states).
   */
  @Transactional(readOnly = true)
  public List<DirectiveProgress> visibleDirectives() {
    List<Directive> all = directives.findAll();
    Map<Long, List<UnitAssignment>> unitsOf = new HashMap<>();
    if (!all.isEmpty()) {
      for (UnitAssignment a : assignments.findByDirectiveInWithUnit(all)) {
        unitsOf.computeIfAbsent(a.getDirective().getId(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Directive> visible = new ArrayList<>();
    Map<Long, List<UnitAssignment>> seen = new HashMap<>();
    for (Directive d : all) {
      List<UnitAssignment> units = unitsOf.getOrDefault(d.getId(), List.of());
      boolean sector = officer.oversees(d.getSector());
      List<UnitAssignment> own = sector ? units : units.stream().filter(a -> officer.isOfUnit(a.getUnit())).toList();
      if (sector || !own.isEmpty()) {
        visible.add(d);
        seen.put(d.getId(), own);
      }
    }
    if (visible.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> nominated = nominationCounts(nominations.countByAssignmentOf(visible));
    Map<Long, ImplementingPlan> planOf = new HashMap<>();
    plans.findByDirectiveIn(visible).forEach(p -> planOf.put(p.getDirective().getId(), p));
    Map<String, DirectiveStatus> statusOf = statuses(visible);
    return visible.stream()
        .sorted((a, b) -> b.getRegisteredAt().compareTo(a.getRegisteredAt()))
        .map(d -> heading(d, planOf.get(d.getId()), statusOf.getOrDefault(d.getProcessInstanceId(), DirectiveStatus.UNKNOWN),
            seen.get(d.getId()), nominated, officer.oversees(d.getSector())))
        .toList();
  }

  private Map<String, DirectiveStatus> statuses(List<Directive> visible) {
    Set<String> ids = new HashSet<>();
    visible.stream().map(Directive::getProcessInstanceId).filter(id -> id != null).forEach(ids::add);
    Map<String, DirectiveStatus> statuses = new HashMap<>();
    if (ids.isEmpty()) {
      return statuses;
    }
    // as the application: a grassroots officer may not read the sector's process history
    List<HistoricProcessInstance> instances = WithoutCaller.lookup(identity,
        () -> history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list());
    instances.forEach(i -> statuses.put(i.getId(), DirectiveStatus.of(i)));
    return statuses;
  }

  private static Map<Long, Long> nominationCounts(List<Object[]> rows) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Transactional(readOnly = true)
  public DirectiveProgress of(long directiveId) {
    Directive directive = directives.findById(directiveId)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + directiveId + "."));
    boolean sector = officer.oversees(directive.getSector());
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
    Map<Long, Long> nominated = nominationCounts(nominations.countByAssignment(directive));
    Map<Long, List<UnitProgress.Contact>> contacts = sector ? contactsOfLateUnits(visible, nominated) : Map.of();
    // unions with children of their own: their plan stands for a sub-plan, their directive can be opened
    Map<Long, Long> childDirectives = new HashMap<>();
    if (visible.stream().anyMatch(a -> a.getUnit().getLevel() != UnitLevel.GRASSROOTS)) {
      withSubPlan = new HashSet<>(withSubPlan);
      withSubPlan.addAll(plans.findAssignmentIdsWithIssuedChildPlan(directive));
      directives.findChildrenOf(directive).forEach(d -> childDirectives.put(d.getParentAssignmentId(), d.getId()));
    }
    Set<Long> withPlan = withSubPlan;
    List<UnitProgress> rows = visible.stream().map(a -> {
      long count = nominated.getOrDefault(a.getId(), 0L);
      ProgressState state = ProgressState.of(a, count);
      return new UnitProgress(a.getUnit().getCode(), a.getUnit().getName(), state, state.label(),
          withPlan.contains(a.getId()), reported.contains(a.getId()) || a.getStatus().reportArrived(),
          count, a.isLateBeyondDeadline(), a.isOnTimeWithinExtension(),
          a.getDeadline(), a.getSubmittedAt(), contacts.getOrDefault(a.getUnit().getId(), List.of()),
          childDirectives.get(a.getId()));
    }).sorted(VietnameseOrder.ofUnits()).toList();
    return heading(directive, plans.findByDirective(directive).orElse(null), statuses(List.of(directive))
        .getOrDefault(directive.getProcessInstanceId(), DirectiveStatus.UNKNOWN), visible, nominated, sector)
        .withRows(rows).withReceipt(receiptOf(directive));
  }

  /**
   * "Liên đoàn Lao động tỉnh Thái Bình đã nhận báo cáo số 5/BC-CĐYT: số đến 12, ngày 29/05/2023 lúc 09:15.", with
   * the parent's decision on it once taken (accepted, or returned with its reason), or that it came after the parent
   * had closed the collection for this unit (registered, not counted, not reviewed).
   */
  private String receiptOf(Directive directive) {
    if (!directive.isFromParentInSystem()) {
      return null;
    }
    return received.findLatestByDirectiveId(directive.getId()).map(r -> {
      String text = r.getReceiver().getName() + " đã nhận báo cáo số " + r.getDocument().getNumber() + ": số đến "
          + r.getArrivalNumber() + ", ngày " + VietnamTime.format(r.getReceivedAt()) + " lúc "
          + RECEIVED_AT.format(r.getReceivedAt()) + ".";
      if (r.getAcceptedAt() != null) {
        return text + " Cấp trên đã chấp nhận báo cáo ngày " + VietnamTime.format(r.getAcceptedAt()) + ".";
      }
      if (r.getReturnedAt() != null) {
        return text + " Cấp trên đã trả lại báo cáo để sửa ngày " + VietnamTime.format(r.getReturnedAt()) + ", lý do: "
            + r.getReturnReason();
      }
      if (r.getAssignment().getStatus() == AssignmentStatus.NOT_REPORTED) {
        return text + " Cấp trên đã kết thúc thu thập trước khi báo cáo đến: báo cáo được vào sổ nhưng không được tính vào"
            + " báo cáo của cấp trên.";
      }
      return text + " Cấp trên đang xem xét báo cáo.";
    }).orElse(null);
  }

  /** The active officers of the late units, by unit id, in one query. */
  private Map<Long, List<UnitProgress.Contact>> contactsOfLateUnits(List<UnitAssignment> units, Map<Long, Long> nominated) {
    List<OrganisationUnit> late = units.stream().filter(a -> ProgressState.of(a, nominated.getOrDefault(a.getId(), 0L)).late())
        .map(UnitAssignment::getUnit).toList();
    Map<Long, List<UnitProgress.Contact>> contacts = new HashMap<>();
    if (late.isEmpty()) {
      return contacts;
    }
    for (Officer o : officers.findByUnitInAndActiveTrueOrderByUsername(late)) {
      contacts.computeIfAbsent(o.getUnit().getId(), k -> new ArrayList<>())
          .add(new UnitProgress.Contact(o.getFullName(), o.getTitle(), o.getEmail(), o.getPhone()));
    }
    return contacts;
  }

  private DirectiveProgress heading(Directive directive, ImplementingPlan plan, DirectiveStatus processStatus,
      List<UnitAssignment> units, Map<Long, Long> nominated, boolean complete) {
    DirectiveStatus status = directive.isRecalled() ? DirectiveStatus.RECALLED : processStatus;
    Map<ProgressState, Long> counts = new EnumMap<>(ProgressState.class);
    Map<ProgressState, String> labels = new EnumMap<>(ProgressState.class);
    for (ProgressState state : ProgressState.values()) {
      counts.put(state, 0L);
      labels.put(state, state.label());
    }
    int finished = 0;
    int onTime = 0;
    int withinExtension = 0;
    int late = 0;
    for (UnitAssignment a : units) {
      counts.merge(ProgressState.of(a, nominated.getOrDefault(a.getId(), 0L)), 1L, Long::sum);
      if (a.getSubmittedAt() != null) {
        finished++;
        if (a.isOnTimeWithinExtension()) {
          withinExtension++;
        } else if (a.isLate()) {
          late++;
        } else {
          onTime++;
        }
      }
    }
    String title = plan != null && plan.getNumber() != null
        ? "Kế hoạch số " + plan.getNumber() + " (thực hiện " + directive.citation() + ")"
        : directive.citation();
    String subject = plan != null && plan.getSubject() != null ? plan.getSubject() : directive.getSubject();
    return new DirectiveProgress(directive.getId(), title, subject, directive.getSector().getName(), directive.getDeadline(),
        status, status.label(),
        units.size(), counts, labels, finished, onTime, withinExtension, late, counts.get(ProgressState.NOT_REPORTED).intValue(),
        List.of(), complete, directive.getRecallReason(), directive.getReportDueAt(), null);
  }
}
