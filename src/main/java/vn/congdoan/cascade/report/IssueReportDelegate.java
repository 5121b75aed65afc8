package vn.congdoan.cascade.report;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.document.DocumentIssuer;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocument;

/**
 * Task_IssueReport: the signed report is issued as a document: its number from the sector's register,
 * dated today, stored as PDF and DOCX with the directive, in the job's transaction. Sending is the
 * next job, so a mail server that is down never holds up (or rolls back) the issue.
 */
@Component("issueReport")
class IssueReportDelegate implements JavaDelegate {

  private final ResultsReportRepository reports;
  private final DocumentIssuer documents;

  public IssueReportDelegate(ResultsReportRepository reports, DocumentIssuer documents) {
    this.reports = reports;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ResultsReport report = reports.findById(REPORT_ID.from(execution).get()).orElseThrow();
    IssuedDocument document = documents.issue(report.getDirective().getId(), DocumentKind.REPORT);
    report.issued(document.getNumber(), document.getIssuedOn());
  }
}
