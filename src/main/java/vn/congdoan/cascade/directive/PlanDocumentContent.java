package vn.congdoan.cascade.directive;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.document.AdministrativeDates;
import vn.congdoan.cascade.document.DocumentContent;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.Letterheads;
import vn.congdoan.cascade.document.OfficialDocument;
import vn.congdoan.cascade.document.OfficialDocument.Block;
import vn.congdoan.cascade.document.OfficialDocument.Heading;
import vn.congdoan.cascade.document.OfficialDocument.Paragraph;
import vn.congdoan.cascade.document.Registration;
import vn.congdoan.cascade.document.TextBlocks;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;

/**
 * The sector's implementing plan as a document ("KẾ HOẠCH"), laid out like Plan 220/KH-CĐYT: the
 * opening that cites the federation's directive, I. purpose and requirements, II. activities,
 * III. organisation, the closing that asks the grassroots unions to carry it out and report by the
 * deadline; the recipients; the chair's signature.
 */
@Component
class PlanDocumentContent implements DocumentContent {

  private final ImplementingPlanRepository plans;
  private final Letterheads letterheads;

  private final DirectiveRepository directives;

  private final OrganisationRegistry registry;

  public PlanDocumentContent(DirectiveRepository directives, ImplementingPlanRepository plans, Letterheads letterheads,
      OrganisationRegistry registry) {
    this.registry = registry;
    this.directives = directives;
    this.plans = plans;
    this.letterheads = letterheads;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.PLAN;
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
    return plans.findByDirective(directive).isPresent();
  }

  @Override
  public String approver(long directiveId) {
    return approver(directive(directiveId));
  }

  private String approver(Directive directive) {
    return plans.findByDirective(directive)
        .filter(p -> p.getStatus() == PlanStatus.APPROVED || p.getStatus() == PlanStatus.ISSUED)
        .map(ImplementingPlan::getDecidedBy).orElse(null);
  }

  @Override
  public OfficialDocument compose(long directiveId, Registration registration) {
    return compose(directive(directiveId), registration);
  }

  private OfficialDocument compose(Directive directive, Registration registration) {
    ImplementingPlan plan = plans.findByDirective(directive)
        .orElseThrow(() -> new IllegalStateException("Directive " + directive.getId() + " has no implementing plan"));
    OrganisationUnit sector = directive.getSector();
    List<Block> body = new ArrayList<>();
    body.add(Paragraph.of("Thực hiện " + citation(directive) + " về " + lowerFirst(directive.getSubject()) + "; "
        + sector.getName() + " xây dựng kế hoạch triển khai thực hiện trong các Công đoàn cơ sở như sau:"));
    body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU"));
    body.addAll(TextBlocks.of(plan.getPurpose()));
    body.add(new Heading("II. NỘI DUNG HOẠT ĐỘNG"));
    body.addAll(TextBlocks.of(plan.getActivities()));
    body.add(new Heading("III. TỔ CHỨC THỰC HIỆN"));
    body.addAll(TextBlocks.of(plan.getOrganisation()));
    boolean levels = registry.childrenOf(sector).stream().anyMatch(u -> u.getLevel() != UnitLevel.GRASSROOTS);
    body.add(Paragraph.of("Nhận Kế hoạch này, đề nghị " + (levels ? "các đơn vị trực thuộc" : "các Công đoàn cơ sở")
        + " triển khai thực hiện và báo cáo kết quả về "
        + sector.getName() + " chậm nhất ngày " + AdministrativeDates.shortDate(VietnamTime.dayOf(directive.getDeadline())) + "./."));

    List<String> recipients = plan.getRecipients().isEmpty() ? defaultRecipients(sector, levels) : plan.getRecipients();
    return new OfficialDocument(letterheads.letterhead(sector, DocumentKind.PLAN, registration), DocumentKind.PLAN,
        plan.getSubject(), body, recipients, letterheads.signature(sector, approver(directive)), List.of(),
        sector.getName());
  }

  /** "Nơi nhận" unless the office wrote its own: the superior body, the standing committee, the units, the archive. */
  List<String> defaultRecipients(OrganisationUnit sector) {
    return defaultRecipients(sector, registry.childrenOf(sector).stream().anyMatch(u -> u.getLevel() != UnitLevel.GRASSROOTS));
  }

  private List<String> defaultRecipients(OrganisationUnit sector, boolean levels) {
    List<String> recipients = new ArrayList<>(letterheads.superiorRecipient(sector));
    recipients.add("Ban Thường vụ " + (levels ? sector.getName() : sector.selfReference()) + ";");
    recipients.add(levels ? "Các đơn vị trực thuộc (thực hiện);" : "Các CĐCS trực thuộc (thực hiện);");
    recipients.add("Lưu: VP.");
    return recipients;
  }

  /** "Kế hoạch số 291/KH-LĐLĐ ngày 11/5/2023 của Liên đoàn Lao động tỉnh Thái Bình". */
  static String citation(Directive directive) {
    return "Kế hoạch số " + directive.getNumber() + " ngày " + AdministrativeDates.shortDate(directive.getIssuedOn())
        + " của " + directive.getIssuer();
  }

  static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private Directive directive(long directiveId) {
    return directives.findById(directiveId)
        .orElseThrow(() -> new IllegalStateException("No directive " + directiveId));
  }
}
