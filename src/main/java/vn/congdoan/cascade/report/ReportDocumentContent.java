package vn.congdoan.cascade.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.AdministrativeDates;
import vn.congdoan.cascade.document.DocumentContent;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.Letterheads;
import vn.congdoan.cascade.document.OfficialDocument;
import vn.congdoan.cascade.document.OfficialDocument.Align;
import vn.congdoan.cascade.document.OfficialDocument.Annex;
import vn.congdoan.cascade.document.OfficialDocument.Block;
import vn.congdoan.cascade.document.OfficialDocument.Cells;
import vn.congdoan.cascade.document.OfficialDocument.Column;
import vn.congdoan.cascade.document.OfficialDocument.Group;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;
import vn.congdoan.cascade.document.OfficialDocument.Row;
import vn.congdoan.cascade.document.OfficialDocument.Table;
import vn.congdoan.cascade.document.Registration;
import vn.congdoan.cascade.document.TextBlocks;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.nomination.NominationKind;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.report.CascadeResults.AcceptedNomination;
import vn.congdoan.cascade.report.CascadeResults.Reporting;
import vn.congdoan.cascade.report.CascadeResults.UnitRow;

/**
 * The sector's results report as a document ("BÁO CÁO"), in the outline the federation expects: the
 * compiled opening with sections I (direction) and II (results) as the chair approved them, III the
 * office's assessment and shortcomings, IV its proposals, the closing, recipients and signature; annex 1
 * a line per grassroots union, annex 2 the accepted exemplars by emulation movement, collectives and
 * individuals apart. The annexes are built from the same rows as the compiled figures; those rows do
 * not change once the collection has ended.
 */
@Component
class ReportDocumentContent implements DocumentContent {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final ResultsReportRepository reports;
  private final ImplementingPlanRepository plans;
  private final ResultsCompiler compiler;
  private final Letterheads letterheads;

  private final DirectiveRepository directives;

  public ReportDocumentContent(DirectiveRepository directives, ResultsReportRepository reports, ImplementingPlanRepository plans,
      ResultsCompiler compiler, Letterheads letterheads) {
    this.directives = directives;
    this.reports = reports;
    this.plans = plans;
    this.compiler = compiler;
    this.letterheads = letterheads;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.REPORT;
  }

  @Override
  public OrganisationUnit issuer(long directiveId) {
    return issuer(directive(directiveId));
  }

  private OrganisationUnit issuer(Directive directive) {
    return directive.getSector();
  }

  @Override
  public boolean available(long directiveId) {
    return available(directive(directiveId));
  }

  private boolean available(Directive directive) {
    return reports.findByDirective(directive).isPresent();
  }

  @Override
  public String approver(long directiveId) {
    return approver(directive(directiveId));
  }

  private String approver(Directive directive) {
    return reports.findByDirective(directive).map(ResultsReport::getSignedBy).orElse(null);
  }

  @Override
  public OfficialDocument compose(long directiveId, Registration registration) {
    return compose(directive(directiveId), registration);
  }

  private OfficialDocument compose(Directive directive, Registration registration) {
    ResultsReport report = reports.findByDirective(directive)
        .orElseThrow(() -> new IllegalStateException("Directive " + directive.getId() + " has no results report"));
    ImplementingPlan plan = plans.findByDirective(directive).orElseThrow();
    OrganisationUnit sector = directive.getSector();
    CascadeResults results = compiler.results(directive);
    OfficialDocument.Letterhead letterhead = letterheads.letterhead(sector, DocumentKind.REPORT, registration);

    List<Block> body = new ArrayList<>(TextBlocks.of(report.getCompiled()));
    body.add(new Heading("III. ĐÁNH GIÁ CHUNG"));
    body.add(new Paragraph("1. Ưu điểm:", ""));
    body.addAll(narrative(report.getAssessment()));
    body.add(new Paragraph("2. Tồn tại, hạn chế và nguyên nhân:", ""));
    body.addAll(narrative(report.getShortcomings()));
    if (report.getProposals() != null) {
      body.add(new Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT"));
      body.addAll(TextBlocks.of(report.getProposals()));
    }
    body.add(Paragraph.of("Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + directive.getNumber() + " ngày "
        + AdministrativeDates.shortDate(directive.getIssuedOn()) + " của " + directive.getIssuer() + ", "
        + sector.getName() + " trân trọng báo cáo./."));

    // a plan that went down more than one level: its units are unions and CĐCS, its own name stands for "ngành"
    boolean levels = results.reachesChildUnions();
    String us = levels ? sector.getName() : sector.selfReference();
    List<String> recipients = new ArrayList<>(letterheads.superiorRecipient(sector));
    recipients.add("Ban Thường vụ " + us + ";");
    recipients.add("Lưu: VP.");

    String reference = "(Kèm theo " + letterheads.citation(sector, DocumentKind.REPORT, registration) + " của "
        + sector.getName() + ")";
    List<Annex> annexes = List.of(
        new Annex("Phụ lục 1", levels ? "KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ TRỰC THUỘC" : "KẾT QUẢ THỰC HIỆN CỦA CÁC CÔNG ĐOÀN CƠ SỞ",
            reference, unitsTable(results), "Không có CĐCS nào được giao kế hoạch."),
        new Annex("Phụ lục 2", "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC " + us.toUpperCase(java.util.Locale.forLanguageTag("vi"))
            + " CHẤP NHẬN", reference, exemplarsTable(results.acceptedNominations()),
            "Không có điển hình nào được " + us + " chấp nhận."));

    String subject = "Kết quả thực hiện Kế hoạch số " + plan.getNumber() + " ngày "
        + AdministrativeDates.shortDate(plan.getIssuedOn()) + " về " + ResultsCompiler.lowerFirst(plan.getSubject());
    return new OfficialDocument(letterhead, DocumentKind.REPORT, subject, body, recipients,
        letterheads.signature(sector, report.getSignedBy()), annexes, sector.getName());
  }

  private static List<Block> narrative(String text) {
    List<Block> blocks = TextBlocks.of(text);
    return blocks.isEmpty() ? List.of(Paragraph.of("(Văn phòng chưa nhập.)")) : blocks;
  }

  static Table unitsTable(CascadeResults results) {
    NumberFormat n = NumberFormat.getIntegerInstance(VIETNAMESE);
    List<Column> columns = List.of(
        new Column("TT", 4, Align.CENTER),
        new Column(results.reachesChildUnions() ? "Đơn vị" : "Công đoàn cơ sở", 26, Align.LEFT),
        new Column(results.reachesChildUnions() ? "Kế hoạch của đơn vị" : "Kế hoạch của CĐCS", 9, Align.CENTER),
        new Column("Báo cáo kết quả", 10, Align.CENTER),
        new Column("Buổi tuyên truyền", 9, Align.RIGHT),
        new Column("Lượt người tham gia", 10, Align.RIGHT),
        new Column("Tin, bài viết", 8, Align.RIGHT),
        new Column("Sáng kiến, cải tiến", 9, Align.RIGHT),
        new Column("Điển hình đề xuất", 9, Align.RIGHT),
        new Column("Điển hình được chấp nhận", 10, Align.RIGHT));
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int proposed = 0;
    int accepted = 0;
    for (UnitRow unit : results.rows()) {
      ActivityFigures f = unit.figures();
      rows.add(Cells.of(Integer.toString(++i), unit.unitName(), unit.subPlan() ? "Có" : "Chưa", unit.reporting().label(),
          f == null ? "-" : n.format(f.propagandaSessions()), f == null ? "-" : n.format(f.participants()),
          f == null ? "-" : n.format(f.articles()), f == null ? "-" : n.format(f.initiatives()),
          n.format(unit.proposed()), n.format(unit.accepted())));
      proposed += unit.proposed();
      accepted += unit.accepted();
    }
    ActivityFigures total = results.activities();
    int reported = (int) results.rows().stream()
        .filter(r -> r.reporting() == Reporting.ON_TIME || r.reporting() == Reporting.ON_TIME_WITHIN_EXTENSION
            || r.reporting() == Reporting.LATE).count();
    rows.add(new Cells(List.of("", "Tổng cộng", n.format(results.subPlans()) + "/" + n.format(results.units()),
        n.format(reported) + "/" + n.format(results.units()), n.format(total.propagandaSessions()),
        n.format(total.participants()), n.format(total.articles()), n.format(total.initiatives()), n.format(proposed),
        n.format(accepted)), true));
    return new Table(columns, rows);
  }

  static Table exemplarsTable(List<AcceptedNomination> accepted) {
    List<Column> columns = List.of(
        new Column("TT", 4, Align.CENTER),
        new Column("Tên tập thể / Họ và tên", 17, Align.LEFT),
        new Column("Chức vụ", 11, Align.LEFT),
        new Column("Đơn vị công tác", 14, Align.LEFT),
        new Column("CĐCS đề xuất", 15, Align.LEFT),
        new Column("Thành tích chủ yếu", 26, Align.LEFT),
        new Column("Hình thức khen thưởng đề nghị", 13, Align.LEFT));
    List<Row> rows = new ArrayList<>();
    String movement = null;
    NominationKind kind = null;
    int movements = 0;
    int i = 0;
    for (AcceptedNomination a : accepted) {
      if (!a.movement().equals(movement)) {
        movement = a.movement();
        kind = null;
        rows.add(new Group(roman(++movements) + ". " + movement, 1));
      }
      if (a.kind() != kind) {
        kind = a.kind();
        NominationKind current = kind;
        String group = movement;
        long count = accepted.stream().filter(x -> x.movement().equals(group) && x.kind() == current).count();
        rows.add(new Group((kind == NominationKind.COLLECTIVE ? "Tập thể" : "Cá nhân") + " (" + count + ")", 2));
        i = 0;
      }
      rows.add(Cells.of(Integer.toString(++i), a.name(), Objects.requireNonNullElse(a.position(), ""), a.workplace(),
          a.unitName(), a.achievement(), a.recognition()));
    }
    return new Table(columns, rows);
  }

  private static String roman(int n) {
    String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < values.length; k++) {
      while (n >= values[k]) {
        out.append(numerals[k]);
        n -= values[k];
      }
    }
    return out.toString();
  }

  private Directive directive(long directiveId) {
    return directives.findById(directiveId)
        .orElseThrow(() -> new IllegalStateException("No directive " + directiveId));
  }
}
