package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.AssignmentStatus;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * Issue 14, the LĐLĐ's office reviews an upper-level union's report in Tasklist (the form-js form
 * ReceivedReportReviewForm), at desktop and phone widths: the task names the union, the form links the received
 * document and shows its parts read-only; returning it asks for a reason (the field appears only then, and the
 * server's refusal without one is shown in Vietnamese), accepting it needs nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class ReceivedReportReviewBrowserTest {

  static final String REVIEW = "Cấp trên xem xét báo cáo";

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired UnitAssignmentRepository assignments;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void theLdldReturnsOneUnionsReportWithAReason_andAcceptsAnothers_onADesktopAndAPhone() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    Map<String, Object> directive = scenario.provinceDirectiveForm();
    directive.put("directiveIssuedOn", today.minusDays(4).toString());
    directive.put("directiveDeadline", today.plusDays(20).toString());
    ProcessInstance federation = scenario.startDirective(directive);
    scenario.draftPlan(federation);
    scenario.decidePlan(federation, true, null);
    List<UnitAssignment> children = scenario.distribute(federation);
    UnitAssignment regional = reportSubmitted(CascadeScenario.assignmentOf(children, "ldld-huyen-vu-thu"));
    UnitAssignment zones = reportSubmitted(CascadeScenario.assignmentOf(children, "cd-cac-kcn-thai-binh"));

    try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
      browser.loginToTasklist("vanphong.ldld");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).filteredOn(name -> name.startsWith(REVIEW)).hasSize(2);
      browser.openTask(REVIEW + " — " + regional.getUnit().getName());
      browser.claim();
      assertThat(browser.pageText()).contains("Xem xét báo cáo của " + regional.getUnit().getName(), "tải bản PDF",
          "tải bản Word", "Phần tổng hợp số liệu");
      assertThat(browser.formField("Phần tổng hợp số liệu").getDomProperty("value")).contains("buổi tuyên truyền");
      assertThat(browser.all(By.xpath("//label[starts-with(normalize-space(.),'Lý do trả lại')]"))).as("reason hidden").isEmpty();
      browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='Trả lại để đơn vị sửa']"));
      browser.formField("Lý do trả lại");
      browser.click(By.cssSelector(".form-actions button.btn-primary"));
      browser.waitForText("Vui lòng nhập lý do trả lại báo cáo.");
      assertThat(browser.pageText()).doesNotContain("Exception", "TaskListener");
      browser.fill("Lý do trả lại", "Đề nghị bổ sung số liệu sáng kiến của từng CĐCS.");
      browser.screenshot("12-ldld-xem-xet-bao-cao");
      browser.complete();
    }
    assertThat(assignments.findById(regional.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.REPORT_RETURNED);

    try (Browser browser = Browser.open(port, Browser.PHONE)) {
      browser.loginToTasklist("vanphong.ldld");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).filteredOn(name -> name.startsWith(REVIEW)).hasSize(1);
      browser.openTask(REVIEW + " — " + zones.getUnit().getName());
      browser.claim();
      browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='Chấp nhận báo cáo']"));
      browser.screenshot("ldld-chap-nhan-bao-cao-phone");
      browser.complete();
    }
    assertThat(assignments.findById(zones.getId()).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.REPORT_ACCEPTED);
  }

  /** The union drafts and approves its plan, its CĐCS all report, its office compiles and its chair signs. */
  private UnitAssignment reportSubmitted(UnitAssignment child) {
    ProcessInstance union = scenario.unionCollects(child);
    scenario.unionReports(union);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(union.getId())
        .taskDefinitionKey("Task_ParentReviewsReport").count()).isOne();
    return child;
  }
}
