package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * Text an officer typed is stored as entered (in NFC) and shown as text wherever it appears: markup in a
 * directive's subject, a plan and a nomination's name is not interpreted in the issued PDF and DOCX,
 * in the e-mails (plain text) or in the data the embedded forms display; Vietnamese typed with combining
 * marks is stored, and so found, exactly like the precomposed letters; control characters pasted from
 * Word do not break the documents.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "camunda.bpm.process-engine-name=userTextShownAsTextTest"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class UserTextShownAsTextTest {

  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String EXEMPLAR = SCRIPT + " Nguyễn Văn <b>An</b> & \"Cộng sự\"";
  /** "Tháng Công nhân" typed with combining marks (NFD), a Word line break (vertical tab) and a NUL. */
  static final String SUBJECT_TYPED = Normalizer.normalize("Tổ chức Tháng Công nhân", Normalizer.Form.NFD)
      + " <i>2023</i>\u000b& an toàn\u0000 vệ sinh lao động";
  static final String SUBJECT_STORED = "Tổ chức Tháng Công nhân <i>2023</i>\n& an toàn vệ sinh lao động";

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired IssuedDocumentRepository documents;
  @Autowired DocumentFileRepository files;
  @Autowired NominationRepository nominations;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void markupAndDecomposedVietnamese_areStoredAsTyped_andShownAsText() throws Exception {
    CascadeScenario.setVietnamTime(5, 12, 8);
    Map<String, Object> form = scenario.directiveForm();
    form.put("directiveSubject", SUBJECT_TYPED);
    ProcessInstance sector = scenario.startDirective(form);
    Directive directive = scenario.directiveOf(sector);
    assertThat(directive.getSubject()).isEqualTo(SUBJECT_STORED);

    Map<String, Object> plan = scenario.planForm();
    plan.put("planSubject", "Kế hoạch " + SCRIPT);
    scenario.draftPlan(sector, plan);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);

    // 23/5, a reminder day: the e-mails are plain text with the subject as typed
    CascadeScenario.setVietnamTime(5, 23, 9);
    scenario.runAllJobs(sector);
    MimeMessage reminder = smtp.getReceivedMessages()[0];
    assertThat(reminder.getContentType()).startsWith("text/plain");
    assertThat(reminder.getContent().toString()).contains("Kế hoạch " + SCRIPT);

    ProcessInstance first = scenario.unitProcess(units.get(0));
    scenario.completeUnit(first, CascadeScenario.nominations(EXEMPLAR.replace("\"", "\\\"")));
    assertThat(nominations.findByDirective(directive)).extracting(Nomination::getName).containsExactly(EXEMPLAR);

    // the review form receives the name as a JSON string value, which its template interpolates as text
    scenario.runJobs(List.of(first.getId()));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(first.getId())
        .taskDefinitionKey("Task_ReviewNominations").singleResult();
    String shown = engine.getFormService().getTaskFormVariables(review.getId(), List.of("nominationsForReview"), false)
        .getValueTyped("nominationsForReview").getValue().toString();
    assertThat(shown).contains("\"name\":\"<script>alert('xss')</script> Nguyễn Văn <b>An</b> & \\\"Cộng sự\\\"\"");
    long id = nominations.findByDirective(directive).get(0).getId();
    engine.getFormService().submitTaskForm(review.getId(), Map.of("reviewDecisionsJson", "[{\"id\":" + id + ",\"accepted\":true}]"));

    units.subList(1, units.size()).forEach(u -> scenario.completeUnit(scenario.unitProcess(u), "[]"));
    scenario.runAllJobs(sector);
    engine.getFormService().submitTaskForm(task(sector, "Task_CompileReport"), Map.of("reportAssessment",
        "Đánh giá <b>tốt</b>", "reportShortcomings", "Không có.\r\nDòng hai."));
    engine.getFormService().submitTaskForm(task(sector, "Task_SignReport"), Map.of("reportApproved", true));
    scenario.runJobs(List.of(sector.getId()));

    IssuedDocument report = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.REPORT).orElseThrow();
    byte[] pdf = file(report, DocumentFormat.PDF);
    byte[] docx = file(report, DocumentFormat.DOCX);
    for (String text : List.of(PdfChecks.text(pdf), SeedCampaignDocumentsTest.docxText(docx))) {
      assertThat(text).contains(SCRIPT + " Nguyễn Văn <b>An</b> & \"Cộng sự\"", "Đánh giá <b>tốt</b>", "kế hoạch " + SCRIPT);
    }
    assertThat(documentXml(docx)).contains("&lt;script").doesNotContain("<script");
    IssuedDocument issuedPlan = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.PLAN).orElseThrow();
    assertThat(PdfChecks.text(file(issuedPlan, DocumentFormat.PDF))).contains("Kế hoạch " + SCRIPT,
        "tổ chức Tháng Công nhân <i>2023</i> & an toàn vệ sinh lao động");
  }

  private String task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId();
  }

  private byte[] file(IssuedDocument document, DocumentFormat format) {
    return transactions.execute(s -> files.findByDocumentAndFormat(document, format).orElseThrow().getContent());
  }

  private static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
