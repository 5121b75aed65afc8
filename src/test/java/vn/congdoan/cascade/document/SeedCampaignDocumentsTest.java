package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
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
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * The seed campaign, 291/KH-LĐLĐ → 220/KH-CĐYT, run to its end with the texts of the real plan: the
 * plan is issued as document 220/KH-CĐYT on 15/5/2023, the units report (one late, one not at all),
 * nominations are accepted and rejected, the chair signs the report on 5/6/2023, and the report is
 * issued as 221/BC-CĐYT and e-mailed to the federation. The DOCX and PDF are read back and checked;
 * the PDF's first page is rendered to PNG with pdftoppm.
 *
 * <p>With {@code -Ddocs.examples=docs/examples} the test also writes the example documents and
 * pictures kept in the repository (see docs/documents.md).
 */
// an engine of its own name, so that Camunda's static engine registry keeps the shared contexts' engine
// "default" for their REST APIs
@SpringBootTest(properties = {"spring.mail.host=localhost", "camunda.bpm.process-engine-name=seedCampaignDocumentsTest"})
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class SeedCampaignDocumentsTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  /** Where the rendered files go: target/ always; docs/examples/ when asked for. */
  static final Path OUT = Path.of("target", "documents");

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired IssuedDocumentRepository documents;
  @Autowired DocumentFileRepository files;
  @Autowired DocumentIssuer issuer;
  @Autowired NominationRepository nominations;
  @Autowired ResultsReportRepository reports;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void seedCampaign_issuesPlan220_andReport221_asAdministrativeDocuments() throws Exception {
    // 12/5/2023: the office registers 291/KH-LĐLĐ and drafts the plan with the texts of Plan 220
    CascadeScenario.setVietnamTime(5, 12, 8);
    Map<String, Object> directiveForm = scenario.directiveForm();
    directiveForm.put("directiveNumber", "291/KH-LĐLĐ");
    directiveForm.put("directiveSubject", SeedCampaign.DIRECTIVE_SUBJECT);
    ProcessInstance sector = scenario.startDirective(directiveForm);
    // the form offers the default recipients; the office writes the plan's own, one a line
    Task draftTask = engine.getTaskService().createTaskQuery().processInstanceId(sector.getId())
        .taskDefinitionKey("Task_DraftImplementingPlan").singleResult();
    assertThat(engine.getFormService().getTaskFormVariables(draftTask.getId()).get("planRecipients")).isEqualTo(
        "Liên đoàn Lao động tỉnh Thái Bình (b.cáo);\nBan Thường vụ Công đoàn ngành;\nCác CĐCS trực thuộc (thực hiện);\nLưu: VP.");
    completeAs("vanphong.cdyt", sector, "Task_DraftImplementingPlan", Map.of("planSubject", SeedCampaign.PLAN_SUBJECT,
        "planPurpose", SeedCampaign.PURPOSE, "planActivities", SeedCampaign.ACTIVITIES,
        "planOrganisation", SeedCampaign.ORGANISATION, "planRecipients", SeedCampaign.RECIPIENTS));
    Directive directive = scenario.directiveOf(sector);

    // the chair reads the draft plan before approving it: unnumbered, marked as a draft
    String draftPlan = pdfText(transactions.execute(s -> issuer.draft(directive.getId(), DocumentKind.PLAN, DocumentFormat.PDF)));
    assertThat(draftPlan).contains("DỰ THẢO", "Số: /KH-CĐYT", "KẾ HOẠCH", "Thái Bình, ngày tháng năm 2023");

    // 15/5/2023: the chair approves; the plan is issued as 220/KH-CĐYT, dated that day
    CascadeScenario.setVietnamTime(5, 15, 9);
    completeAs("chutich.cdyt", sector, "Task_ApprovePlan", Map.of("planApproved", true));
    List<UnitAssignment> units = scenario.distribute(sector);
    assertThat(units).hasSize(18);
    IssuedDocument plan = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.PLAN).orElseThrow();
    assertThat(plan.getNumber()).isEqualTo("220/KH-CĐYT");
    assertThat(plan.getIssuedOn()).isEqualTo(LocalDate.of(2023, 5, 15));
    ImplementingPlan issuedPlan = scenario.planOf(sector);
    assertThat(issuedPlan.getNumber()).isEqualTo("220/KH-CĐYT");
    assertThat(issuedPlan.getIssuedOn()).isEqualTo(LocalDate.of(2023, 5, 15));

    String planDocx = docxText(file(plan, DocumentFormat.DOCX));
    String planPdf = pdfText(file(plan, DocumentFormat.PDF));
    for (String text : List.of(planDocx, planPdf)) {
      assertThat(text).contains("LĐLĐ TỈNH THÁI BÌNH", "CÔNG ĐOÀN NGÀNH Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 220/KH-CĐYT", "Thái Bình, ngày 15 tháng 5 năm 2023", "KẾ HOẠCH",
          "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG HOẠT ĐỘNG", "III. TỔ CHỨC THỰC HIỆN",
          "Thực hiện Kế hoạch số 291/KH-LĐLĐ ngày 11/5/2023 của Liên đoàn Lao động tỉnh Thái Bình",
          "chậm nhất ngày 30/5/2023./.", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đào Văn Truyền");
      // "Nơi nhận" as the office wrote it (issue 13), not the default
      assertThat(text).contains("- Liên đoàn Lao động tỉnh Thái Bình (b.cáo);", "- Đảng ủy, LĐ Sở Y tế (b.cáo);",
          "- BTV BCH Công đoàn ngành;", "- CĐCS trực thuộc;", "- Lưu: VP CĐN.").doesNotContain("Ban Thường vụ Công đoàn ngành;");
    }

    // every unit's sub-plan form links to the plan's document
    Task subPlan = engine.getTaskService().createTaskQuery().processInstanceId(units.get(0).getProcessInstanceId())
        .taskDefinitionKey("Task_DraftSubPlan").singleResult();
    assertThat(engine.getFormService().getTaskFormVariables(subPlan.getId())).containsEntry("planPdfUrl",
        "/api/documents/" + plan.getId() + "/content?format=pdf").containsEntry("planDocumentNumber", "220/KH-CĐYT");

    // 16/5 – 29/5: the units report; one reports late, one not at all
    UnitAssignment late = unit(units, "cdcs-tt-da-lieu");
    UnitAssignment silent = unit(units, "cdcs-bv-phoi");
    Map<String, String> nominated = Map.of(
        "cdcs-bvdk-tinh", """
            [{"kind":"COLLECTIVE","name":"Khoa Hồi sức tích cực - Chống độc","position":null,"workplace":"Bệnh viện Đa khoa tỉnh Thái Bình","achievement":"Cứu chữa thành công nhiều ca bệnh nặng; 03 sáng kiến cấp cơ sở năm 2022.","movementCode":"lao-dong-gioi-sang-tao","recognitionCode":"BANG_KHEN_LDLD"},
             {"kind":"INDIVIDUAL","name":"Nguyễn Văn Hùng","position":"Trưởng khoa Cấp cứu","workplace":"Khoa Cấp cứu","achievement":"Chủ nhiệm đề tài cấp tỉnh về cấp cứu đột quỵ, áp dụng tại 8 bệnh viện huyện.","movementCode":"sang-kien-cai-tien","recognitionCode":"BANG_LAO_DONG_SANG_TAO"},
             {"kind":"INDIVIDUAL","name":"Lê Thị Hoa","position":"Điều dưỡng","workplace":"Khoa Nội","achievement":"Hoàn thành tốt nhiệm vụ.","movementCode":"lao-dong-gioi-sang-tao","recognitionCode":"GIAY_KHEN_NGANH"}]""",
        "cdcs-cdc", """
            [{"kind":"INDIVIDUAL","name":"Trần Thị Thu Hương","position":"Kỹ thuật viên trưởng","workplace":"Khoa Xét nghiệm","achievement":"Sáng kiến rút ngắn thời gian trả kết quả xét nghiệm từ 24 giờ xuống 6 giờ.","movementCode":"mot-trieu-sang-kien","recognitionCode":"GIAY_KHEN_NGANH"}]""",
        "cdcs-bv-nhi", """
            [{"kind":"COLLECTIVE","name":"Khoa Sơ sinh","position":null,"workplace":"Bệnh viện Nhi Thái Bình","achievement":"Thực hiện tốt văn hóa công sở, không có phản ánh của người bệnh năm 2022.","movementCode":"van-hoa-cong-so","recognitionCode":"GIAY_KHEN_NGANH"},
             {"kind":"INDIVIDUAL","name":"Phạm Văn Bình","position":"Bác sĩ","workplace":"Khoa Nhi tổng hợp","achievement":"Hoàn thành nhiệm vụ.","movementCode":"van-hoa-cong-so","recognitionCode":"GIAY_KHEN_NGANH"}]""",
        "cdcs-ttyt-hung-ha", """
            [{"kind":"INDIVIDUAL","name":"Nguyễn Thị Lan","position":"Điều dưỡng trưởng","workplace":"Trạm Y tế xã Tân Lễ","achievement":"Vận động quyên góp xây 02 nhà tình nghĩa cho hộ nghèo trong xã.","movementCode":"vi-nguoi-ngheo","recognitionCode":"GIAY_KHEN_NGANH"}]""",
        "cdcs-bv-yhct", """
            [{"kind":"COLLECTIVE","name":"Khoa Dược","position":null,"workplace":"Bệnh viện Y học cổ truyền tỉnh Thái Bình","achievement":"Sáng kiến bào chế cao xoa giảm chi phí 30% so với thuốc mua ngoài.","movementCode":"sang-kien-cai-tien","recognitionCode":"GIAY_KHEN_NGANH"}]""");
    List<String> rejected = List.of("Lê Thị Hoa", "Phạm Văn Bình");
    for (int i = 0; i < units.size(); i++) {
      UnitAssignment unit = units.get(i);
      CascadeScenario.setVietnamTime(5, 16 + i % 13, 10);
      ProcessInstance pi = scenario.unitProcess(unit);
      scenario.draftSubPlan(pi);
      if (unit == silent || unit == late) {
        continue;
      }
      reportAndNominate(pi, i, nominated.getOrDefault(unit.getUnit().getCode(), "[]"));
      if (nominated.containsKey(unit.getUnit().getCode())) {
        review(pi, unit, rejected);
      }
      scenario.runJobs(List.of(pi.getId()));
    }

    // the deadline passes; the late unit still reports on 31/5; on 1/6 the office closes the collection
    CascadeScenario.setVietnamTime(5, 31, 8);
    scenario.runAllJobs(sector);
    CascadeScenario.setVietnamTime(5, 31, 15);
    reportAndNominate(scenario.unitProcess(late), 3, "[]");
    scenario.runAllJobs(sector);
    CascadeScenario.setVietnamTime(6, 1, 9);
    completeAs("vanphong.cdyt", sector, "Task_HandleLateUnits", Map.of("lateDecision", "CLOSE"));
    scenario.runAllJobs(sector);

    // 2/6: the report is compiled; the office writes the narrative and submits it
    CascadeScenario.setVietnamTime(6, 2, 8);
    scenario.runJobs(List.of(sector.getId()));
    Task compile = task(sector, "Task_CompileReport");
    Map<String, Object> shown = engine.getFormService().getTaskFormVariables(compile.getId());
    assertThat(shown).containsEntry("reportDraftPdfUrl", "/api/directives/" + directive.getId() + "/drafts/report?format=pdf")
        .containsEntry("planDocumentNumber", "220/KH-CĐYT");
    assertThat((String) shown.get("reportDraft")).contains("16 CĐCS báo cáo đúng hạn (88,9%)",
        "1 CĐCS báo cáo muộn (5,6%)", "1 CĐCS không báo cáo (5,6%)", "chấp nhận 6, không chấp nhận 2");
    completeAs("vanphong.cdyt", sector, "Task_CompileReport", Map.of("reportAssessment", SeedCampaign.ASSESSMENT,
        "reportShortcomings", SeedCampaign.SHORTCOMINGS, "reportProposals", SeedCampaign.PROPOSALS));

    // 5/6/2023: the chair signs; the report is issued as 221/BC-CĐYT and e-mailed to the federation
    CascadeScenario.setVietnamTime(6, 5, 9);
    completeAs("chutich.cdyt", sector, "Task_SignReport", Map.of("reportApproved", true));
    scenario.runJobs(List.of(sector.getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sector.getId()).count()).isZero();

    IssuedDocument report = documents.findByDirectiveIdAndKind(directive.getId(), DocumentKind.REPORT).orElseThrow();
    assertThat(report.getNumber()).isEqualTo("221/BC-CĐYT");
    assertThat(report.getIssuedOn()).isEqualTo(LocalDate.of(2023, 6, 5));
    assertThat(report.getSignedBy()).isEqualTo("chutich.cdyt");
    ResultsReport stored = reports.findByDirective(directive).orElseThrow();
    assertThat(stored.getNumber()).isEqualTo("221/BC-CĐYT");

    byte[] pdf = file(report, DocumentFormat.PDF);
    byte[] docx = file(report, DocumentFormat.DOCX);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("bao-cao-221-BC-CDYT.pdf"), pdf);
    Files.write(OUT.resolve("bao-cao-221-BC-CDYT.docx"), docx);
    Files.write(OUT.resolve("ke-hoach-220-KH-CDYT.pdf"), file(plan, DocumentFormat.PDF));
    List<String> unitNames = units.stream().map(u -> u.getUnit().getName()).toList();
    List<String> accepted = List.of("Khoa Hồi sức tích cực - Chống độc", "Nguyễn Văn Hùng", "Trần Thị Thu Hương",
        "Khoa Sơ sinh", "Nguyễn Thị Lan", "Khoa Dược");
    for (String text : List.of(docxText(docx), pdfText(pdf))) {
      assertThat(text).contains("LĐLĐ TỈNH THÁI BÌNH", "CÔNG ĐOÀN NGÀNH Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 221/BC-CĐYT", "Thái Bình, ngày 05 tháng 6 năm 2023", "BÁO CÁO",
          "Kết quả thực hiện Kế hoạch số 220/KH-CĐYT ngày 15/5/2023 về tổ chức các hoạt động kỷ niệm 75 năm",
          "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. KIẾN NGHỊ, ĐỀ XUẤT",
          "18/18 CĐCS (100%) xây dựng kế hoạch", "Các CĐCS đã chủ động xây dựng kế hoạch",
          "Nơi nhận:", "- Liên đoàn Lao động tỉnh Thái Bình (b.cáo);", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đào Văn Truyền",
          "Phụ lục 1", "KẾT QUẢ THỰC HIỆN CỦA CÁC CÔNG ĐOÀN CƠ SỞ", "Phụ lục 2",
          "(Kèm theo Báo cáo số 221/BC-CĐYT ngày 05 tháng 6 năm 2023 của Công đoàn ngành Y tế Thái Bình)",
          "Phong trào “Lao động giỏi, Lao động sáng tạo”", "Tập thể (1)", "Cá nhân (1)", "Không báo cáo", "Muộn");
      assertThat(text).contains(unitNames).contains(accepted);
      rejected.forEach(name -> assertThat(text).doesNotContain(name));
    }
    assertThat(nominations.findByDirective(directive)).extracting(Nomination::getName).contains(rejected.toArray(String[]::new));

    // the PDF embeds its fonts: every font of every page is an embedded Liberation Serif subset
    PdfChecks.assertFontsEmbedded(pdf, "LiberationSerif");
    assertThat(PdfChecks.pageCount(pdf)).isGreaterThanOrEqualTo(4);
    assertThat(PdfChecks.isLandscape(pdf, 0)).isFalse();
    assertThat(PdfChecks.isLandscape(pdf, PdfChecks.pageCount(pdf) - 1)).isTrue();

    // one e-mail to the federation, a copy to the sector's office, both files attached
    // (GreenMail keeps a copy per recipient: count distinct messages)
    Map<String, MimeMessage> distinct = new HashMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      distinct.put(m.getMessageID(), m);
    }
    List<MimeMessage> mails = distinct.values().stream().filter(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString().equals("vanthu@ldld-thaibinh.example");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("[Báo cáo] Số 221/BC-CĐYT của Công đoàn ngành Y tế Thái Bình: "
          + report.getSubject());
      assertThat(m.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
          .contains("vanphong@cdyt-thaibinh.example", "congdoan@cdyt-thaibinh.example");
      Map<String, byte[]> attached = attachments(m);
      assertThat(attached).containsOnlyKeys("Báo cáo số 221-BC-CĐYT.pdf", "Báo cáo số 221-BC-CĐYT.docx");
      assertThat(attached.get("Báo cáo số 221-BC-CĐYT.pdf")).isEqualTo(pdf);
      assertThat(GreenMailUtil.getBody(m)).isNotEmpty();
    });

    // what the federation receives, as a picture: the first page, rendered by pdftoppm
    Path firstPage = PdfChecks.renderPage(OUT.resolve("bao-cao-221-BC-CDYT.pdf"), 1, OUT.resolve("bao-cao-221-BC-CDYT-trang-1"));
    if (firstPage != null) {
      PdfChecks.assertNonTrivialPicture(firstPage);
    }
    writeExamples(pdf, docx, file(plan, DocumentFormat.PDF));
  }

  /** With -Ddocs.examples=docs/examples: the example files and pictures kept in the repository. */
  private void writeExamples(byte[] reportPdf, byte[] reportDocx, byte[] planPdf) throws IOException, InterruptedException {
    String target = System.getProperty("docs.examples");
    if (target == null || target.isBlank()) {
      return;
    }
    Path dir = Path.of(target);
    Files.createDirectories(dir);
    Files.write(dir.resolve("bao-cao-221-BC-CDYT.pdf"), reportPdf);
    Files.write(dir.resolve("bao-cao-221-BC-CDYT.docx"), reportDocx);
    Files.write(dir.resolve("ke-hoach-220-KH-CDYT.pdf"), planPdf);
    PdfChecks.renderPage(dir.resolve("bao-cao-221-BC-CDYT.pdf"), 1, dir.resolve("bao-cao-221-BC-CDYT-trang-1"));
    PdfChecks.renderPage(dir.resolve("bao-cao-221-BC-CDYT.pdf"), PdfChecks.firstPageWith(reportPdf, "KẾT QUẢ THỰC HIỆN CỦA CÁC CÔNG ĐOÀN CƠ SỞ"),
        dir.resolve("bao-cao-221-BC-CDYT-phu-luc-1"));
    PdfChecks.renderPage(dir.resolve("bao-cao-221-BC-CDYT.pdf"), PdfChecks.firstPageWith(reportPdf, "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN"),
        dir.resolve("bao-cao-221-BC-CDYT-phu-luc-2"));
    PdfChecks.renderPage(dir.resolve("ke-hoach-220-KH-CDYT.pdf"), 1, dir.resolve("ke-hoach-220-KH-CDYT-trang-1"));
  }

  private void reportAndNominate(ProcessInstance pi, int i, String nominationsJson) {
    complete(pi, "Task_ReportActivities", Map.of("propagandaSessions", 2 + i % 4, "participants", 80 + 15 * i,
        "articles", 1 + i % 3, "initiatives", i % 3, "activitySummary", "Tổ chức tuyên truyền tại các khoa, phòng;"
            + " phát động đợt thi đua cao điểm chào mừng 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc."));
    complete(pi, "Task_NominateExemplars", Map.of("nominationsJson", nominationsJson));
  }

  private void review(ProcessInstance pi, UnitAssignment unit, List<String> rejected) {
    List<String> decisions = new ArrayList<>();
    for (Nomination n : nominations.findByAssignment(unit)) {
      decisions.add(rejected.contains(n.getName())
          ? "{\"id\":" + n.getId() + ",\"accepted\":false,\"reason\":\"Chưa đủ tiêu chuẩn theo quy chế thi đua.\"}"
          : "{\"id\":" + n.getId() + ",\"accepted\":true}");
    }
    completeAs("vanphong.cdyt", pi, "Task_ReviewNominations", Map.of("reviewDecisionsJson",
        "[" + String.join(",", decisions) + "]"));
  }

  private static UnitAssignment unit(List<UnitAssignment> units, String code) {
    return units.stream().filter(u -> u.getUnit().getCode().equals(code)).findFirst().orElseThrow();
  }

  private Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance pi, String key, Map<String, Object> form) {
    TaskService tasks = engine.getTaskService();
    Task task = task(pi, key);
    assertThat(task).as("open task %s", key).isNotNull();
    tasks.complete(task.getId(), new HashMap<>(form));
  }

  /** Completes the task as the given officer, as Tasklist would (the task's listeners read the actor). */
  private void completeAs(String user, ProcessInstance pi, String key, Map<String, Object> form) {
    Task task = task(pi, key);
    assertThat(task).as("open task %s", key).isNotNull();
    engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery().groupMember(user)
        .list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      engine.getTaskService().complete(task.getId(), new HashMap<>(form));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private byte[] file(IssuedDocument document, DocumentFormat format) {
    return transactions.execute(s -> files.findByDocumentAndFormat(document, format).orElseThrow().getContent());
  }

  static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return PdfChecks.normalise(extractor.getText());
    }
  }

  static String pdfText(byte[] pdf) throws IOException {
    return PdfChecks.text(pdf);
  }

  private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
    Map<String, byte[]> found = new HashMap<>();
    Multipart multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        found.put(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
      }
    }
    return found;
  }
}
