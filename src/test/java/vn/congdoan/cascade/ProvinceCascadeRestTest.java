package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.ActivityReport.ActivityFigures;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.report.ReportTotals;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * Issue 14, the demo province end to end through the REST API, job executor running: the LĐLĐ's office types
 * in the Confederation's directive and its chair approves the LĐLĐ's plan; each of the four upper-level unions
 * receives it inside the system, drafts and approves its own plan and passes it to its CĐCS; every CĐCS of the
 * province reports its own figures but one CĐCS directly under the LĐLĐ, which is late: the LĐLĐ's office is told
 * and extends its deadline, and it reports within the extension; each union's report reaches the LĐLĐ inside the
 * system, where the LĐLĐ's office accepts it or returns it once; the LĐLĐ's report adds up every level and is
 * e-mailed to the Confederation. At every level the figures equal the sum below, and each level's officers see
 * only their own subtree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500", "spring.mail.host=localhost"})
@ActiveProfiles({"demo", "test"})
class ProvinceCascadeRestTest {

  static final int SMTP_PORT = FreePort.find();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @LocalServerPort int port;
  @Autowired OfficerRepository officers;
  @Autowired DirectiveRepository directives;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired ResultsReportRepository reports;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  /** The e-mails received for an address, each once. */
  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private EngineRestClient as(String user) {
    return new EngineRestClient(port, user, "demo");
  }

  private EngineRestClient api(String user) {
    return new EngineRestClient(port, "/api", user, "demo");
  }

  private String officerOf(UnitAssignment assignment, OfficerRole role) {
    return officers.findByUnitAndActiveTrueOrderByUsername(assignment.getUnit()).stream()
        .filter(o -> o.getRole() == role).map(Officer::getUsername).findFirst().orElseThrow();
  }

  private Map<String, Object> plan(String who) {
    return variables("planSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
        "planPurpose", "Nâng cao nhận thức của cán bộ, đoàn viên về thi đua yêu nước.",
        "planActivities", "Tuyên truyền; thi đua; xây dựng điển hình tiên tiến.",
        "planOrganisation", who + " xây dựng kế hoạch và thực hiện trước hạn.");
  }

  /** The office drafts the plan, the chair approves it; returns when the process waits for its units. */
  private void draftAndApprove(String processInstanceId, String office, String chair) {
    assertThat(as(office).submit(as(office).task(processInstanceId, "Task_DraftImplementingPlan"), plan("Các đơn vị trực thuộc"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(as(chair).submit(as(chair).task(processInstanceId, "Task_ApprovePlan"), variables("planApproved", true))
        .getStatusCode().value()).isEqualTo(204);
  }

  private void compileAndSign(String processInstanceId, String office, String chair) {
    await("the compile task of " + office, () -> !as(office).list("/task?processInstanceId={pi}&taskDefinitionKey=Task_CompileReport",
        processInstanceId).isEmpty());
    assertThat(as(office).submit(as(office).task(processInstanceId, "Task_CompileReport"), variables("reportAssessment",
        "Các đơn vị thực hiện nghiêm túc.", "reportShortcomings", "Không có.", "reportProposals", ""))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(as(chair).submit(as(chair).task(processInstanceId, "Task_SignReport"), variables("reportApproved", true))
        .getStatusCode().value()).isEqualTo(204);
  }

  /** A CĐCS does its part with figures of its own; returns them. */
  private ActivityFigures report(UnitAssignment unit, int seed, LocalDate today) {
    EngineRestClient cdcs = as(officerOf(unit, OfficerRole.GRASSROOTS_OFFICER));
    String pi = unit.getProcessInstanceId();
    await("the sub-plan task of " + unit.getUnit().getCode(),
        () -> !cdcs.list("/task?processInstanceId={pi}&taskDefinitionKey=Task_DraftSubPlan", pi).isEmpty());
    assertThat(cdcs.submit(cdcs.task(pi, "Task_DraftSubPlan"), variables("subPlanNumber", "", "subPlanIssuedOn", today.toString(),
        "subPlanContent", "Kế hoạch của " + unit.getUnit().getName())).getStatusCode().value()).isEqualTo(204);
    ActivityFigures figures = new ActivityFigures(1 + seed % 4, 50 + 7 * seed, seed % 3, seed % 2);
    assertThat(cdcs.submit(cdcs.task(pi, "Task_ReportActivities"), variables("propagandaSessions", figures.propagandaSessions(),
        "participants", figures.participants(), "articles", figures.articles(), "initiatives", figures.initiatives(),
        "activitySummary", "Đã tổ chức tuyên truyền.")).getStatusCode().value()).isEqualTo(204);
    assertThat(cdcs.submit(cdcs.task(pi, "Task_NominateExemplars"), variables("nominationsJson", "[]")).getStatusCode().value())
        .isEqualTo(204);
    return figures;
  }

  /** The incoming register of a year as the user downloads it, one list of cell texts per row. */
  private List<List<String>> incomingRegister(String user, int year) {
    return spreadsheet(user, "/registers/incoming/" + year + ".xlsx");
  }

  /** A spreadsheet of the application's API as the user downloads it, one list of cell texts per row. */
  private List<List<String>> spreadsheet(String user, String path) {
    byte[] xlsx = org.springframework.web.client.RestClient.builder().baseUrl("http://localhost:" + port + "/api")
        .defaultHeaders(h -> h.setBasicAuth(user, "demo")).build()
        .get().uri(path).retrieve().body(byte[].class);
    List<List<String>> rows = new ArrayList<>();
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var row : workbook.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  @Test
  void theProvince_fromTheConfederationsDirectiveToTheProvinceReport_everyLevelAddsUp() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    EngineRestClient federationOffice = as("vanphong.ldld");
    var started = federationOffice.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "1234/KH-TLĐ", "directiveIssuedOn", today.minusDays(3).toString(),
            "directiveIssuer", "Tổng Liên đoàn Lao động Việt Nam",
            "directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            "directiveDeadline", today.plusDays(20).toString()));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String federation = (String) started.getBody().get("id");
    draftAndApprove(federation, "vanphong.ldld", "chutich.ldld");
    Directive province = directives.findByProcessInstanceId(federation).orElseThrow();
    await("the LĐLĐ's six units started", () -> assignments.findByDirectiveWithUnit(province).stream()
        .filter(a -> a.getProcessInstanceId() != null).count() == 6);
    List<UnitAssignment> children = assignments.findByDirectiveWithUnit(province);
    // one of the two CĐCS directly under the LĐLĐ lets its deadline pass
    UnitAssignment late = children.stream().filter(c -> c.getUnit().getLevel() == UnitLevel.GRASSROOTS)
        .reduce((first, second) -> second).orElseThrow();

    Map<Long, ActivityFigures> expectedOfChild = new HashMap<>();
    Map<Long, Integer> grassrootsOfChild = new HashMap<>();
    int seed = 0;
    List<UnitAssignment> unions = new ArrayList<>();
    for (UnitAssignment child : children) {
      if (child.getUnit().getLevel() == UnitLevel.GRASSROOTS) {
        if (!child.getId().equals(late.getId())) {
          expectedOfChild.put(child.getId(), report(child, seed++, today));
        }
        grassrootsOfChild.put(child.getId(), 1);
        continue;
      }
      unions.add(child);
      String office = officerOf(child, OfficerRole.OFFICE);
      String chair = officerOf(child, OfficerRole.CHAIR);
      String pi = child.getProcessInstanceId();
      await("the plan task of " + child.getUnit().getCode(), () -> !as(office)
          .list("/task?processInstanceId={pi}&taskDefinitionKey=Task_DraftImplementingPlan", pi).isEmpty());
      // the union's officers see their own task; a sibling union's office does not
      assertThat(as("vanphong.cdgd".equals(office) ? "vanphong.cdyt" : "vanphong.cdgd")
          .list("/task?processInstanceId={pi}", pi)).isEmpty();
      draftAndApprove(pi, office, chair);
      Directive received = directives.findByProcessInstanceId(pi).orElseThrow();
      assertThat(received.getReportDueAt()).isEqualTo(child.getDeadline());
      assertThat(received.getDeadline()).isBefore(received.getReportDueAt());
      await("the units of " + child.getUnit().getCode(), () -> {
        List<UnitAssignment> units = assignments.findByDirectiveWithUnit(received);
        return !units.isEmpty() && units.stream().allMatch(a -> a.getProcessInstanceId() != null);
      });
      ActivityFigures sum = ActivityFigures.NONE;
      List<UnitAssignment> units = assignments.findByDirectiveWithUnit(received);
      for (UnitAssignment unit : units) {
        sum = sum.plus(report(unit, seed++, today));
      }
      expectedOfChild.put(child.getId(), sum);
      grassrootsOfChild.put(child.getId(), units.size());
      compileAndSign(pi, office, chair);
    }
    assertThat(unions).hasSize(4);

    // each union's report reached the LĐLĐ inside the system and adds up its own CĐCS; the LĐLĐ's office reviews
    // it: the Health sector's is returned once with a reason, revised, issued again and then accepted
    for (UnitAssignment union : unions) {
      String pi = union.getProcessInstanceId();
      await("the report of " + union.getUnit().getCode(), () -> !as("vanphong.ldld")
          .list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ParentReviewsReport", pi).isEmpty());
      assertThat(assignments.findById(union.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.REPORT_RECEIVED);
      Directive received = directives.findByProcessInstanceId(pi).orElseThrow();
      ResultsReport report = reports.findByDirective(received).orElseThrow();
      // the union names itself in its report: a sector "Công đoàn ngành" (as Plan 220 does), any other by its name
      String unitName = union.getUnit().getName();
      boolean sector = unitName.startsWith("Công đoàn ngành");
      assertThat(report.getCompiled()).contains("TRIỂN KHAI\n" + (sector ? "Công đoàn ngành" : unitName) + " ban hành Kế hoạch số ");
      if (!sector) {
        assertThat(report.getCompiled()).doesNotContain("Công đoàn ngành");
      }
      assertThat(report.getTotals()).hasValueSatisfying(t -> {
        assertThat(t.activities()).isEqualTo(expectedOfChild.get(union.getId()));
        assertThat(t.grassrootsReported()).isEqualTo(grassrootsOfChild.get(union.getId()));
      });
      // the union's own officers and a sibling union's office may not decide on it
      String office = officerOf(union, OfficerRole.OFFICE);
      assertThat(as(office).list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ParentReviewsReport", pi)).isEmpty();
      String sibling = "vanphong.cdgd".equals(office) ? "vanphong.cdyt" : "vanphong.cdgd";
      Map<String, Object> review = as("vanphong.ldld").task(pi, "Task_ParentReviewsReport");
      assertThat(as(sibling).submit(review, variables("reportAccepted", true)).getStatusCode().value()).isIn(403, 404);
      if (union.getUnit().getCode().equals("cdn-y-te-thai-binh")) {
        String firstNumber = report.getNumber();
        var refused = as("vanphong.ldld").submit(review, variables("reportAccepted", false));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).asString().contains("Vui lòng nhập lý do trả lại báo cáo.");
        assertThat(as("vanphong.ldld").submit(review, variables("reportAccepted", false,
            "parentReturnReason", "Đề nghị bổ sung số liệu sáng kiến.")).getStatusCode().value()).isEqualTo(204);
        Map<String, Object> progress = api(officerOf(union, OfficerRole.CHAIR)).get("/directives/{id}/progress", received.getId());
        assertThat((String) progress.get("parentReceipt")).contains("Cấp trên đã trả lại báo cáo để sửa",
            "lý do: Đề nghị bổ sung số liệu sáng kiến.");
        assertThat(assignments.findById(union.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.REPORT_RETURNED);
        compileAndSign(pi, office, officerOf(union, OfficerRole.CHAIR));
        await("the revised report of " + union.getUnit().getCode(), () -> !as("vanphong.ldld")
            .list("/task?processInstanceId={pi}&taskDefinitionKey=Task_ParentReviewsReport", pi).isEmpty());
        report = reports.findByDirective(received).orElseThrow();
        assertThat(report.getNumber()).isNotEqualTo(firstNumber);
        review = as("vanphong.ldld").task(pi, "Task_ParentReviewsReport");
      }
      assertThat(as("vanphong.ldld").submit(review, variables("reportAccepted", true)).getStatusCode().value()).isEqualTo(204);
      await("the LĐLĐ's acceptance of " + union.getUnit().getCode(), () -> assignments.findById(union.getId()).orElseThrow()
          .getStatus() == AssignmentStatus.REPORT_ACCEPTED);
      // the union sees the LĐLĐ's receipt on its progress; the LĐLĐ drills down to it; a sibling may not
      Map<String, Object> progress = api(officerOf(union, OfficerRole.CHAIR)).get("/directives/{id}/progress", received.getId());
      assertThat((String) progress.get("parentReceipt")).startsWith("Liên đoàn Lao động tỉnh Thái Bình đã nhận báo cáo số "
          + report.getNumber() + ": số đến ").contains("Cấp trên đã chấp nhận báo cáo");
      assertThat(api("chutich.ldld").status("/directives/{id}/progress", received.getId())).isEqualTo(200);
    }
    // the late CĐCS: when the LĐLĐ's deadline timer is due the unit is marked overdue and the LĐLĐ's office is
    // e-mailed and asked to extend or close; no union's office sees that task. It extends the unit by five days,
    // the unit's task shows the new deadline, and the unit reports within the extension.
    assertThat(assignments.findById(late.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.ISSUED);
    Date escalationAt = engine.getManagementService().createJobQuery().processInstanceId(federation).timers()
        .activityId("BoundaryEvent_DeadlineReached").singleResult().getDuedate();
    ClockUtil.setCurrentTime(new Date(escalationAt.getTime() + 60_000));
    LocalDate escalationDay = VietnamTime.dayOf(escalationAt.toInstant());
    await("the LĐLĐ's decision on its late unit", () -> !federationOffice
        .list("/task?processInstanceId={pi}&taskDefinitionKey=Task_HandleLateUnits", federation).isEmpty());
    assertThat(assignments.findById(late.getId()).orElseThrow().isOverdue()).isTrue();
    await("the escalation e-mail", () -> !mailsTo("vanphong@ldld-thaibinh.example").isEmpty());
    assertThat(mailsTo("vanphong@ldld-thaibinh.example")).first().satisfies(m ->
        assertThat(m.getSubject()).startsWith("[Quá hạn] 1 CĐCS chưa hoàn thành Kế hoạch số "));
    Map<String, Object> handle = federationOffice.task(federation, "Task_HandleLateUnits");
    assertThat(((Map<?, ?>) federationOffice.get("/task/{id}/form-variables?variableNames=lateUnits&deserializeValues=false",
        handle.get("id")).get("lateUnits")).get("value"))
        .asString().contains(late.getUnit().getName()).doesNotContain("Công đoàn ngành Y tế");
    assertThat(as("vanphong.cdyt").list("/task?processInstanceId={pi}", federation)).isEmpty();
    assertThat(as("vanphong.cdyt").submit(handle, variables("lateDecision", "CLOSE")).getStatusCode().value()).isIn(403, 404);
    LocalDate extendedTo = escalationDay.plusDays(5);
    assertThat(federationOffice.submit(handle, variables("lateDecision", "EXTEND", "extensionsJson",
        "{\"newDeadline\":\"" + extendedTo + "\",\"units\":[\"" + late.getUnit().getCode() + "\"]}"))
        .getStatusCode().value()).isEqualTo(204);
    await("the extension of " + late.getUnit().getCode(), () -> !assignments.findById(late.getId()).orElseThrow().isOverdue());
    assertThat(VietnamTime.dayOf(assignments.findById(late.getId()).orElseThrow().getDeadline())).isEqualTo(extendedTo);
    expectedOfChild.put(late.getId(), report(late, seed++, escalationDay));

    Directive health = directives.findByProcessInstanceId(unions.stream()
        .filter(u -> u.getUnit().getCode().equals("cdn-y-te-thai-binh")).findFirst().orElseThrow().getProcessInstanceId()).orElseThrow();
    assertThat(api("vanphong.cdgd").status("/directives/{id}/progress", health.getId())).isEqualTo(403);
    assertThat(api("bvdk.chutich").status("/directives/{id}/progress", province.getId())).isEqualTo(403);
    // the LĐLĐ's progress: every unit finished, the unions' rows open their own directives
    Map<String, Object> provinceProgress = api("vanphong.ldld").get("/directives/{id}/progress", province.getId());
    assertThat(provinceProgress.get("finished")).isEqualTo(6);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) provinceProgress.get("rows");
    assertThat(rows).filteredOn(r -> r.get("directiveId") != null).hasSize(4);
    // its progress export speaks of units, the Health sector's of CĐCS
    assertThat(spreadsheet("vanphong.ldld", "/directives/" + province.getId() + "/exports/progress.xlsx").get(0))
        .startsWith("STT", "Mã đơn vị", "Tên đơn vị");
    assertThat(spreadsheet("vanphong.ldld", "/directives/" + health.getId() + "/exports/progress.xlsx").get(0))
        .startsWith("STT", "Mã CĐCS", "Tên CĐCS");

    // the LĐLĐ's incoming register (sổ văn bản đến) lists the four unions' reports (the Health sector's twice: the
    // returned issue and its revision), each with its own arrival number and the number of the document received
    String planNumber = directives.findByProcessInstanceId(unions.get(0).getProcessInstanceId()).orElseThrow().getNumber();
    List<List<String>> register = incomingRegister("vanphong.ldld", today.getYear());
    assertThat(register.get(0)).startsWith("STT", "Ngày đến", "Số đến", "Số, ký hiệu văn bản");
    List<List<String>> reportsIn = register.stream().filter(r -> r.size() > 6 && r.get(6).contains("Kế hoạch số " + planNumber)).toList();
    assertThat(reportsIn).hasSize(5).allSatisfy(r -> {
      assertThat(r.get(8)).isEqualTo("Hệ thống (nhận trong hệ thống)");
      assertThat(r.get(9)).isEqualTo("Liên đoàn Lao động tỉnh Thái Bình");
    });
    assertThat(reportsIn).extracting(r -> r.get(2)).doesNotContain("").doesNotHaveDuplicates();

    compileAndSign(federation, "vanphong.ldld", "chutich.ldld");
    await("the province's end", () -> "COMPLETED".equals(federationOffice.get("/history/process-instance/{id}", federation)
        .get("state")));
    ActivityFigures all = expectedOfChild.values().stream().reduce(ActivityFigures.NONE, ActivityFigures::plus);
    int grassroots = grassrootsOfChild.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(grassroots).isEqualTo(30);
    ResultsReport provinceReport = reports.findByDirective(province).orElseThrow();
    assertThat(provinceReport.getTotals()).hasValue(new ReportTotals(6, 6, grassroots, all));
    assertThat(provinceReport.getCompiled()).contains("tới 6 đơn vị trực thuộc (4 công đoàn cấp trên cơ sở, 2 CĐCS)",
        "theo báo cáo của 30 CĐCS", "5 đơn vị báo cáo đúng hạn", "1 đơn vị báo cáo trong thời gian được gia hạn",
        "0 đơn vị không báo cáo");
    // the LĐLĐ's parent is outside the system: its report goes to the Confederation by e-mail
    await("the province report's e-mail", () -> !mailsTo("vanthu@congdoanvn.example").isEmpty());
    assertThat(mailsTo("vanthu@congdoanvn.example")).first().satisfies(m ->
        assertThat(m.getSubject()).startsWith("[Báo cáo] Số " + provinceReport.getNumber()));
  }
}
