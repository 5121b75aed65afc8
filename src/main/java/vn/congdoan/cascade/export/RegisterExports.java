package vn.congdoan.cascade.export;

import java.util.Comparator;
import vn.congdoan.cascade.report.ReceivedReport;
import vn.congdoan.cascade.report.ReceivedReportRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.export.Spreadsheet.Column;
import vn.congdoan.cascade.organisation.AccessRefusedException;
import vn.congdoan.cascade.organisation.CurrentOfficer;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OfficerRole;

/**
 * The sector's registers of a year as XLSX: outgoing documents (sổ văn bản đi — what its register
 * numbered: plans and reports, {@code issued_document}) and incoming documents (sổ văn bản đến, with their
 * arrival numbers — the higher bodies' directives it registered or received inside the system, and its
 * children's reports received inside the system, by the Vietnam date they arrived). An officer of a
 * sector union (office, chair, administrator) gets their sector's entries, the installation's administrator
 * every sector's; a grassroots union's officer is refused.
 */
@Service
class RegisterExports {

  private final IssuedDocumentRepository documents;
  private final DirectiveRepository directives;
  private final OfficerRepository officers;
  private final CurrentOfficer officer;
  private final ReceivedReportRepository received;

  public RegisterExports(IssuedDocumentRepository documents, DirectiveRepository directives, OfficerRepository officers,
      CurrentOfficer officer, ReceivedReportRepository received) {
    this.received = received;
    this.documents = documents;
    this.directives = directives;
    this.officers = officers;
    this.officer = officer;
  }

  @Transactional(readOnly = true)
  public Download outgoing(int year) {
    checkMayReadRegisters();
    Map<String, String> names = officerNames();
    List<Column> columns = List.of(new Column("STT", 6), new Column("Số, ký hiệu văn bản", 20), new Column("Ngày ban hành", 13),
        new Column("Tên loại", 12), new Column("Trích yếu nội dung", 60, true), new Column("Người ký", 24),
        new Column("Cơ quan ban hành", 36, true), new Column("Ngày vào sổ", 17));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (IssuedDocument d : documents.findByIssueYearInRegisterOrder(year)) {
      if (!officer.isOfficerOf(d.getIssuer())) {
        continue;
      }
      List<Object> row = new ArrayList<>();
      row.add(n++);
      row.add(d.getNumber());
      row.add(d.getIssuedOn());
      row.add(d.getKind().title());
      row.add(d.getSubject());
      row.add(d.getSignedBy() == null ? null : names.getOrDefault(d.getSignedBy(), d.getSignedBy()));
      row.add(d.getIssuer().getName());
      row.add(d.getCreatedAt());
      rows.add(row);
    }
    return new Download("Sổ văn bản đi năm " + year + ".xlsx", Spreadsheet.of("Sổ văn bản đi " + year, columns, rows));
  }

  @Transactional(readOnly = true)
  public Download incoming(int year) {
    checkMayReadRegisters();
    Map<String, String> names = officerNames();
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();
    List<Column> columns = List.of(new Column("STT", 6), new Column("Ngày đến", 17), new Column("Số đến", 8),
        new Column("Số, ký hiệu văn bản", 20), new Column("Ngày văn bản", 13), new Column("Cơ quan ban hành", 36, true),
        new Column("Trích yếu nội dung", 60, true), new Column("Hạn báo cáo", 13), new Column("Người ghi nhận", 24),
        new Column("Đơn vị nhận", 36, true));
    List<Arrival> arrivals = new ArrayList<>();
    for (Directive d : directives.findRegisteredBetween(from, to)) {
      if (officer.isOfficerOf(d.getSector())) {
        // a directive typed in by an officer, or the parent's plan registered by the system
        String by = d.getRegisteredBy() == null ? (d.isFromParentInSystem() ? RECEIVED_IN_SYSTEM : null)
            : names.getOrDefault(d.getRegisteredBy(), d.getRegisteredBy());
        LocalDate due = VietnamTime.dayOf(d.getReportDueAt() != null ? d.getReportDueAt() : d.getDeadline());
        arrivals.add(new Arrival(d.getRegisteredAt(), d.getArrivalNumber(), d.getNumber(), d.getIssuedOn(), d.getIssuer(),
            d.getSubject(), due, by, d.getSector().getName()));
      }
    }
    for (ReceivedReport r : received.findReceivedBetween(from, to)) {
      if (officer.isOfficerOf(r.getReceiver())) {
        Directive answered = r.getReport().getDirective();
        arrivals.add(new Arrival(r.getReceivedAt(), r.getArrivalNumber(), r.getDocument().getNumber(), r.getDocument().getIssuedOn(),
            answered.getSector().getName(), "Báo cáo kết quả thực hiện Kế hoạch số " + answered.getNumber() + " ngày "
                + VietnamTime.format(answered.getIssuedOn()), null, RECEIVED_IN_SYSTEM, r.getReceiver().getName()));
      }
    }
    arrivals.sort(Comparator.comparing(Arrival::at));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (Arrival a : arrivals) {
      List<Object> row = new ArrayList<>();
      row.add(n++);
      row.add(a.at());
      row.add(a.arrivalNumber());
      row.add(a.number());
      row.add(a.issuedOn());
      row.add(a.issuer());
      row.add(a.subject());
      row.add(a.due());
      row.add(a.registeredBy());
      row.add(a.receiver());
      rows.add(row);
    }
    return new Download("Sổ văn bản đến năm " + year + ".xlsx", Spreadsheet.of("Sổ văn bản đến " + year, columns, rows));
  }

  /** Who registered a document that arrived inside the system. */
  static final String RECEIVED_IN_SYSTEM = "Hệ thống (nhận trong hệ thống)";

  /** One line of the incoming register. */
  private record Arrival(Instant at, Integer arrivalNumber, String number, LocalDate issuedOn, String issuer, String subject,
      LocalDate due, String registeredBy, String receiver) {}

  /** The registers are the sector union's: its office, chair and administrators, and the installation's administrator. */
  private void checkMayReadRegisters() {
    if (officer.isAdministrator()) {
      return;
    }
    boolean sectorOfficer = officers.findByUsername(officer.userId())
        .map(o -> o.isActive() && o.getRole() != OfficerRole.GRASSROOTS_OFFICER).orElse(false);
    if (!sectorOfficer) {
      throw new AccessRefusedException("Chỉ văn phòng và chủ tịch của đơn vị được xem sổ văn bản đi, đến.");
    }
  }

  private Map<String, String> officerNames() {
    Map<String, String> names = new HashMap<>();
    for (Officer o : officers.findAll()) {
      names.put(o.getUsername(), o.getFullName());
    }
    return names;
  }
}
