package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.document.AdministrativeDates;
import vn.congdoan.cascade.document.DocumentFile;
import vn.congdoan.cascade.document.DocumentFileRepository;
import vn.congdoan.cascade.document.DocumentFormat;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.OnceOnlyMailer;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.Superior;
import vn.congdoan.cascade.process.EngineClock;

/**
 * Task_SendReport: the issued report goes to the body above the sector (its parent, or the external parent
 * the registry names for a top unit) by e-mail, its PDF and DOCX attached,
 * with a copy to the sector's office; sent once whatever the retries ({@link OnceOnlyMailer}). The
 * federation's address is the registry's; without one the job fails into an incident that names it.
 */
@Component("sendReport")
class SendReportDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SendReportDelegate.class);

  private final ResultsReportRepository reports;
  private final IssuedDocumentRepository documents;
  private final DocumentFileRepository files;
  private final OrganisationRegistry registry;
  private final OnceOnlyMailer mailer;
  private final EngineClock clock;

  public SendReportDelegate(ResultsReportRepository reports, IssuedDocumentRepository documents,
      DocumentFileRepository files, OrganisationRegistry registry, OnceOnlyMailer mailer, EngineClock clock) {
    this.reports = reports;
    this.documents = documents;
    this.files = files;
    this.registry = registry;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ResultsReport report = reports.findById(REPORT_ID.from(execution).get()).orElseThrow();
    Directive directive = report.getDirective();
    IssuedDocument document = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.REPORT).orElseThrow(
        () -> new IllegalStateException("Report " + report.getId() + " has not been issued as a document"));
    OrganisationUnit sector = directive.getSector();
    Superior federation = sector.superior().filter(Superior::hasEmail).orElseThrow(() -> new IllegalStateException(
        "The registry has no e-mail address for the body above " + sector.getCode()
            + sector.superior().map(s -> " (" + (s.inRegistry() ? s.code() : s.name()) + ")").orElse("")
            + "; add it to the registry file, restart and retry this job to send report " + document.getNumber()));
    boolean sent = mailer.sendOnce(NotificationKind.RESULTS_REPORT, report.getId(), document.getIssuedOn(),
        compose(directive, document, federation, copies(sector)));
    report.sent(clock.now());
    log.info("Results report {} ({}) {} to {} <{}>", report.getId(), document.getNumber(),
        sent ? "sent" : "had already been sent", federation.name(), federation.email());
  }

  private List<String> copies(OrganisationUnit sector) {
    Set<String> cc = new LinkedHashSet<>();
    if (sector.getEmail() != null && !sector.getEmail().isBlank()) {
      cc.add(sector.getEmail());
    }
    registry.officersOf(sector).stream()
        .filter(o -> o.getRole() == OfficerRole.OFFICE)
        .map(Officer::getEmail).filter(e -> e != null && !e.isBlank()).forEach(cc::add);
    return new ArrayList<>(cc);
  }

  private OutgoingMail compose(Directive directive, IssuedDocument document, Superior federation,
      List<String> cc) {
    List<OutgoingMail.Attachment> attachments = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (DocumentFormat format : DocumentFormat.values()) {
      DocumentFile file = files.findByDocumentAndFormat(document, format).orElseThrow();
      attachments.add(new OutgoingMail.Attachment(file.getFileName(), file.getMediaType(), file.getContent()));
      list.append("- ").append(file.getFileName()).append(format == DocumentFormat.PDF ? " (bản PDF)\n" : " (bản Word)\n");
    }
    String sector = directive.getSector().getName();
    String subject = "[Báo cáo] Số " + document.getNumber() + " của " + sector + ": " + document.getSubject();
    String body = "Kính gửi: " + federation.name() + "\n\n"
        + sector + " trân trọng gửi Báo cáo số " + document.getNumber() + " ngày "
        + AdministrativeDates.shortDate(document.getIssuedOn()) + " về kết quả thực hiện Kế hoạch số "
        + directive.getNumber() + " ngày " + AdministrativeDates.shortDate(directive.getIssuedOn()) + " của "
        + directive.getIssuer() + ".\n\n"
        + "Tệp đính kèm:\n" + list + "\n"
        + "Trân trọng.\n" + "Văn phòng " + sector + "\n\n(Thư gửi tự động.)\n";
    return new OutgoingMail(List.of(federation.email()), cc, subject, body, attachments);
  }
}
