package vn.congdoan.cascade.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotification;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;

/**
 * A directive's audit trail, put together when it is read from where each kind of step is recorded
 * (docs/audit.md): the officers' steps from {@code audit_entry} ({@link AuditRecorder}), the registration
 * from the directive, issued documents from the register, notifications from the sent-log, the closing of
 * late units from their assignments, the system's compiling and extension steps from the engine's history
 * of activities. Read-only: nothing here writes.
 *
 * <p>The sector's officers and administrators see everything; a grassroots union's officer sees only the
 * entries about their own unit (their submissions, the review of their nominations, their reminders, their
 * extension or closing); anyone else is refused.
 */
@Service
public class AuditTrail {

  /** Largest page the API serves. */
  static final int MAX_PAGE_SIZE = 1000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);
  private static final String SYSTEM = "Hệ thống";
  private static final int CHUNK = 1000;

  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final UnitAssignmentRepository assignments;
  private final AuditEntryRepository entries;
  private final IssuedDocumentRepository documents;
  private final SentNotificationRepository notifications;
  private final ResultsReportRepository reports;
  private final OfficerRepository officers;
  private final CurrentOfficer officer;
  private final HistoryService history;
  private final IdentityService identity;

  public AuditTrail(DirectiveRepository directives, ImplementingPlanRepository plans, UnitAssignmentRepository assignments,
      AuditEntryRepository entries, IssuedDocumentRepository documents, SentNotificationRepository notifications,
      ResultsReportRepository reports, OfficerRepository officers, CurrentOfficer officer, HistoryService history,
      IdentityService identity) {
    this.directives = directives;
    this.plans = plans;
    this.assignments = assignments;
    this.entries = entries;
    this.documents = documents;
    this.notifications = notifications;
    this.reports = reports;
    this.officers = officers;
    this.officer = officer;
    this.history = history;
    this.identity = identity;
  }

  /** The directive as officers cite it: its implementing plan once issued, else the directive. */
  @Transactional(readOnly = true)
  public String title(long directiveId) {
    Directive directive = directive(directiveId);
    return plans.findByDirective(directive).filter(p -> p.getNumber() != null)
        .map(p -> "Kế hoạch số " + p.getNumber() + " (thực hiện " + directive.citation() + ")")
        .orElse(directive.citation());
  }

  /** Every entry the caller may see, oldest first (refused: 403; unknown directive: 404). */
  @Transactional(readOnly = true)
  public List<AuditEntry> of(long directiveId) {
    return visible(directive(directiveId)).entries();
  }

  @Transactional(readOnly = true)
  AuditPage page(long directiveId, int page, int size) {
    Directive directive = directive(directiveId);
    Visible visible = visible(directive);
    int from = (int) Math.min((long) page * size, visible.entries().size());
    int to = Math.min(from + size, visible.entries().size());
    return new AuditPage(directiveId, title(directiveId), visible.complete(), visible.entries().size(), page, size,
        List.copyOf(visible.entries().subList(from, to)));
  }

  private record Visible(List<AuditEntry> entries, boolean complete) {}

  private Directive directive(long id) {
    return directives.findById(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + id + "."));
  }

  private Visible visible(Directive directive) {
    boolean sector = officer.oversees(directive.getSector());
    List<UnitAssignment> all = assignments.findByDirectiveWithUnit(directive);
    List<UnitAssignment> units = sector ? all : all.stream().filter(a -> officer.isOfUnit(a.getUnit())).toList();
    if (!sector && units.isEmpty()) {
      throw new AccessRefusedException("Anh/chị không có quyền xem nhật ký của kế hoạch này.");
    }
    return new Visible(build(directive, units, sector), sector);
  }

  /** A line before sorting: {@code rank} orders steps of the same instant in the order the cascade takes them. */
  private record Line(Instant at, int rank, long sequence, String step, String action, String actor, UnitAssignment unit,
      String detail) {}

  private List<AuditEntry> build(Directive directive, List<UnitAssignment> units, boolean sector) {
    Map<Long, UnitAssignment> byId = new HashMap<>();
    units.forEach(a -> byId.put(a.getId(), a));
    List<Line> lines = new ArrayList<>();
    long[] sequence = {0};
    java.util.function.Consumer<Line> add = line -> lines.add(new Line(line.at(), line.rank(), sequence[0]++, line.step(),
        line.action(), line.actor(), line.unit(), line.detail()));

    if (sector) {
      add.accept(new Line(directive.getRegisteredAt(), 0, 0, "DIRECTIVE_REGISTERED", "Ghi nhận văn bản đến",
          directive.getRegisteredBy(), null, directive.citation() + ": " + directive.getSubject() + "; hạn báo cáo "
              + VietnamTime.format(directive.getDeadline())));
    }
    List<AuditEntryRecord> recorded = sector ? entries.findByDirective(directive.getId())
        : entries.findByDirectiveAndAssignments(directive.getId(), new ArrayList<>(byId.keySet()));
    for (AuditEntryRecord r : recorded) {
      UnitAssignment unit = r.getAssignmentId() == null ? null : byId.get(r.getAssignmentId());
      if (r.getAssignmentId() != null && unit == null) {
        continue;
      }
      Step step = Step.of(r.getStep(), r.getOutcome());
      add.accept(new Line(r.getOccurredAt(), step.rank(), 0, step.code(), step.action(), r.getActor(), unit, r.getDetail()));
    }
    for (IssuedDocument d : documents.findByDirectiveIdOrderByIssuedOnAscIdAsc(directive.getId())) {
      if (sector || d.getKind() == DocumentKind.PLAN) {
        boolean plan = d.getKind() == DocumentKind.PLAN;
        add.accept(new Line(d.getCreatedAt(), plan ? 30 : 130, 0, plan ? "PLAN_ISSUED" : "REPORT_ISSUED",
            plan ? "Ban hành kế hoạch" : "Ban hành báo cáo kết quả", d.getSignedBy(), null,
            "Số " + d.getNumber() + " ngày " + VietnamTime.format(d.getIssuedOn())));
      }
    }
    if (sector) {
      units.stream().map(UnitAssignment::getIssuedAt).min(Comparator.naturalOrder()).ifPresent(first ->
          add.accept(new Line(first, 40, 0, "PLAN_DISTRIBUTED", "Giao kế hoạch cho các CĐCS", null, null,
              units.size() + " CĐCS")));
    } else {
      units.forEach(a -> add.accept(new Line(a.getIssuedAt(), 40, 0, "PLAN_RECEIVED", "Nhận kế hoạch của cấp trên", null, a,
          "Hạn báo cáo " + VietnamTime.format(a.getDeadline()))));
    }
    List<Long> ids = new ArrayList<>(byId.keySet());
    for (int i = 0; i < ids.size(); i += CHUNK) {
      for (SentNotification n : notifications.findByKindAndSubjectIdIn(NotificationKind.REMINDER, ids.subList(i, Math.min(i + CHUNK, ids.size())))) {
        add.accept(new Line(n.getSentAt(), 45, 0, "REMINDER_SENT", "Gửi e-mail nhắc hạn", null, byId.get(n.getSubjectId()),
            "Nhắc ngày " + VietnamTime.format(n.getPoint()) + " tới " + n.getRecipients()));
      }
    }
    for (UnitAssignment a : units) {
      if (a.getStatus() == AssignmentStatus.NOT_REPORTED && a.getFinishedAt() != null) {
        add.accept(new Line(a.getFinishedAt(), 96, 0, "UNIT_CLOSED", "Kết thúc thu thập: CĐCS không báo cáo", null, a, null));
      }
    }
    if (sector) {
      for (SentNotification n : notifications.findByKindAndSubjectIdOrderByPoint(NotificationKind.ESCALATION, directive.getId())) {
        add.accept(new Line(n.getSentAt(), 85, 0, "ESCALATION_SENT", "Báo cáo CĐCS quá hạn cho Văn phòng",
            null, null, "Hạn " + VietnamTime.format(n.getPoint()) + " — " + n.getSubject() + " — tới " + n.getRecipients()));
      }
      systemSteps(directive).forEach(add);
      ResultsReport report = reports.findByDirective(directive).orElse(null);
      if (report != null) {
        for (SentNotification n : notifications.findByKindAndSubjectIdOrderByPoint(NotificationKind.RESULTS_REPORT, report.getId())) {
          add.accept(new Line(n.getSentAt(), 140, 0, "REPORT_SENT", "Gửi báo cáo lên cấp trên", null, null,
              (report.getNumber() == null ? "" : "Báo cáo số " + report.getNumber() + " ") + "tới " + n.getRecipients()));
        }
      }
    }
    Map<String, String> names = officerNames(lines);
    return lines.stream()
        .sorted(Comparator.comparing(Line::at).thenComparingInt(Line::rank).thenComparingLong(Line::sequence))
        .map(l -> new AuditEntry(l.at(), TIME.format(l.at()), l.step(), l.action(), l.actor(),
            l.actor() == null ? SYSTEM : names.getOrDefault(l.actor(), l.actor()),
            l.unit() == null ? null : l.unit().getUnit().getCode(), l.unit() == null ? null : l.unit().getUnit().getName(),
            l.detail()))
        .toList();
  }

  /** The system's steps of the sector's process, from the engine's history of activities. */
  private List<Line> systemSteps(Directive directive) {
    if (directive.getProcessInstanceId() == null) {
      return List.of();
    }
    List<HistoricActivityInstance> done = WithoutCaller.lookup(identity, () -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(directive.getProcessInstanceId())
        .activityType("serviceTask").finished().list());
    Set<String> wanted = Set.of("Task_ExtendDeadlines", "Task_CloseCollection", "Task_CompileReportFigures");
    List<Line> lines = new ArrayList<>();
    for (HistoricActivityInstance a : done) {
      if (!wanted.contains(a.getActivityId()) || a.isCanceled() || a.getEndTime() == null) {
        continue;
      }
      Instant at = a.getEndTime().toInstant();
      switch (a.getActivityId()) {
        case "Task_ExtendDeadlines" -> lines.add(new Line(at, 92, 0, "DEADLINES_EXTENDED", "Áp dụng gia hạn, báo cho các CĐCS được gia hạn",
            null, null, null));
        case "Task_CloseCollection" -> lines.add(new Line(at, 97, 0, "COLLECTION_CLOSED", "Kết thúc thu thập đối với các CĐCS quá hạn",
            null, null, null));
        default -> lines.add(new Line(at, 100, 0, "FIGURES_COMPILED", "Tổng hợp số liệu từ báo cáo của các đơn vị", null, null, null));
      }
    }
    return lines;
  }

  private Map<String, String> officerNames(List<Line> lines) {
    Set<String> usernames = new HashSet<>();
    lines.stream().map(Line::actor).filter(a -> a != null).forEach(usernames::add);
    Map<String, String> names = new HashMap<>();
    if (usernames.size() > 50) {
      officers.findAll().stream().filter(o -> usernames.contains(o.getUsername()))
          .forEach(o -> names.put(o.getUsername(), o.getFullName()));
      return names;
    }
    for (String username : usernames) {
      officers.findByUsername(username).map(Officer::getFullName).ifPresent(name -> names.put(username, name));
    }
    return names;
  }
}
