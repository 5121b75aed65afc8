package vn.congdoan.cascade.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.audit.AuditEntry;
import vn.congdoan.cascade.audit.AuditTrail;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.export.Spreadsheet.Column;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.NotFoundException;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.progress.DirectiveProgress;
import vn.congdoan.cascade.progress.ProgressQuery;
import vn.congdoan.cascade.progress.UnitProgress;

/**
 * A directive's data as XLSX: its progress per unit, its nominations with their review, its audit trail.
 * Each reads through the same service and rules as the page and the API it mirrors, so a file shows
 * exactly what its caller may see: the sector's officers every unit, a grassroots union's officer their
 * own unit only, anyone else is refused.
 */
@Service
class DirectiveExports {

  private final ProgressQuery progress;
  private final AuditTrail audit;
  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final NominationRepository nominations;
  private final OfficerRepository officers;
  private final CurrentOfficer officer;
  private final UnitAssignmentRepository assignments;

  public DirectiveExports(ProgressQuery progress, AuditTrail audit, DirectiveRepository directives, ImplementingPlanRepository plans,
      NominationRepository nominations, OfficerRepository officers, CurrentOfficer officer, UnitAssignmentRepository assignments) {
    this.assignments = assignments;
    this.progress = progress;
    this.audit = audit;
    this.directives = directives;
    this.plans = plans;
    this.nominations = nominations;
    this.officers = officers;
    this.officer = officer;
  }

  @Transactional(readOnly = true)
  public Download progress(long directiveId) {
    DirectiveProgress p = progress.of(directiveId);
    // a plan issued to unions with children of their own as well (the LĐLĐ's): its rows are units, not only CĐCS
    String member = assignments.findByDirectiveWithUnit(directive(directiveId)).stream()
        .anyMatch(a -> a.getUnit().getLevel() != vn.congdoan.cascade.organisation.UnitLevel.GRASSROOTS) ? "đơn vị" : "CĐCS";
    List<Column> columns = List.of(new Column("STT", 6), new Column("Mã " + member, 18), new Column("Tên " + member, 45, true),
        new Column("Tình trạng", 30), new Column("Đã xây dựng kế hoạch", 12), new Column("Đã báo cáo kết quả", 12),
        new Column("Số đề xuất điển hình", 12), new Column("Hạn", 12), new Column("Ngày nộp", 17),
        new Column("Nộp muộn", 10));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (UnitProgress u : p.rows()) {
      rows.add(Arrays.asList(n++, u.unitCode(), u.unitName(), u.stateLabel(), u.subPlanDrafted(), u.activitiesReported(),
          u.nominations(), day(u.deadline()), u.submittedAt(), u.late()));
    }
    return new Download("Tiến độ - " + name(directiveId) + ".xlsx", Spreadsheet.of("Tiến độ", columns, rows));
  }

  @Transactional(readOnly = true)
  public Download nominations(long directiveId) {
    Directive directive = directive(directiveId);
    boolean sector = officer.oversees(directive.getSector());
    List<Nomination> all = nominations.findByDirective(directive);
    List<Nomination> visible = sector ? all : all.stream().filter(x -> officer.isOfUnit(x.getAssignment().getUnit())).toList();
    if (!sector && visible.isEmpty() && !assignments.existsByDirectiveAndUnit_CodeIn(directive, officer.groups())) {
      throw new AccessRefusedException("Anh/chị không có quyền xem đề xuất điển hình của kế hoạch này.");
    }
    Map<String, String> names = officerNames();
    List<Column> columns = List.of(new Column("STT", 6), new Column("CĐCS", 40, true), new Column("Cá nhân/Tập thể", 12),
        new Column("Họ tên/Tên tập thể", 28, true), new Column("Chức vụ", 20, true), new Column("Nơi công tác", 24, true),
        new Column("Thành tích", 60, true), new Column("Phong trào thi đua", 36, true), new Column("Hình thức khen thưởng", 32, true),
        new Column("Người đề xuất", 24), new Column("Ngày đề xuất", 17), new Column("Kết quả xét duyệt", 18),
        new Column("Lý do không chấp nhận", 40, true), new Column("Người xét duyệt", 24), new Column("Ngày xét duyệt", 17));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (Nomination x : visible.stream().sorted(Comparator.comparing((Nomination x) -> x.getAssignment().getUnit().getName())
        .thenComparing(Nomination::getId)).toList()) {
      List<Object> row = new ArrayList<>();
      row.add(n++);
      row.add(x.getAssignment().getUnit().getName());
      row.add(x.getKind().label());
      row.add(x.getName());
      row.add(x.getPosition());
      row.add(x.getWorkplace());
      row.add(x.getAchievement());
      row.add(x.getMovement().getName());
      row.add(x.getRecognition().label());
      row.add(person(names, x.getProposedBy()));
      row.add(x.getProposedAt());
      row.add(review(x.getStatus()));
      row.add(x.getRejectionReason());
      row.add(person(names, x.getReviewedBy()));
      row.add(x.getReviewedAt());
      rows.add(row);
    }
    return new Download("Đề xuất điển hình - " + name(directiveId) + ".xlsx", Spreadsheet.of("Đề xuất điển hình", columns, rows));
  }

  @Transactional(readOnly = true)
  public Download audit(long directiveId) {
    List<AuditEntry> entries = audit.of(directiveId);
    List<Column> columns = List.of(new Column("STT", 6), new Column("Thời gian", 17), new Column("Người thực hiện", 26),
        new Column("Tài khoản", 18), new Column("CĐCS", 40, true), new Column("Nội dung", 40, true),
        new Column("Chi tiết", 60, true));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (AuditEntry e : entries) {
      List<Object> row = new ArrayList<>();
      row.add(n++);
      row.add(e.at());
      row.add(e.actorName());
      row.add(e.actor());
      row.add(e.unitName());
      row.add(e.action());
      row.add(e.detail());
      rows.add(row);
    }
    return new Download("Nhật ký - " + name(directiveId) + ".xlsx", Spreadsheet.of("Nhật ký", columns, rows));
  }

  private static String review(NominationStatus status) {
    return switch (status) {
      case ACCEPTED -> "Chấp nhận";
      case REJECTED -> "Không chấp nhận";
      default -> "Chờ xét duyệt";
    };
  }

  private Map<String, String> officerNames() {
    Map<String, String> names = new HashMap<>();
    for (Officer o : officers.findAll()) {
      names.put(o.getUsername(), o.getFullName());
    }
    return names;
  }

  private static String person(Map<String, String> names, String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  /** The plan's number once issued (e.g. "Kế hoạch 220-KH-CĐYT"), else the directive's; no slash in a file name. */
  private String name(long directiveId) {
    Directive directive = directive(directiveId);
    String number = plans.findByDirective(directive).map(p -> p.getNumber()).orElse(null);
    return "Kế hoạch " + (number != null ? number : directive.getNumber()).replace('/', '-');
  }

  private Directive directive(long id) {
    return directives.findById(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch số " + id + "."));
  }

  private static LocalDate day(java.time.Instant instant) {
    return instant == null ? null : VietnamTime.dayOf(instant);
  }
}
