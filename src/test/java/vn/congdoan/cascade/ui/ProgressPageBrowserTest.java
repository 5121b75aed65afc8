package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * The progress page and the late units' form as the sector's office uses them, at an office desktop's size
 * (1366×768) and a phone's (390×844), once the deadline has passed with one unit finished, one waiting for
 * the review of its nominations and the others late: no horizontal overflow of the page, each unit a card
 * on the phone with its name readable, "finished" told apart from "waiting for review", the late units
 * listed with their officers' names, phones and e-mails, a chart with an accessible name, and no serious or
 * critical violation found by axe-core (src/test/resources/axe). The late units' form refuses a new
 * deadline typed without separators, not on the calendar or not after today, in Vietnamese, and accepts
 * one typed day first; the server's refusal shows as its reason alone, clear of the form's buttons. (The
 * extension itself is applied in CascadeProcessTest: here the deadline passed on the engine's clock only.)
 * The LĐLĐ's office reads the same page for its sector's directive; a sibling sector's office is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=progress-page-browser")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class ProgressPageBrowserTest {

  static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired OfficerRepository officers;
  @Autowired DirectiveRepository directives;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void progressPageAndLateUnitsForm_onDesktopAndPhone() throws IOException {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    List<UnitAssignment> units = scenario.distributedToday();
    UnitAssignment bvdk = unit(units, "cdcs-bvdk-tinh");
    UnitAssignment yhct = unit(units, "cdcs-bv-yhct");
    scenario.completeUnit(scenario.unitProcess(bvdk), CascadeScenario.nominations("Nguyễn Thị Thu Hà"));
    scenario.completeUnit(scenario.unitProcess(yhct), "[]");
    scenario.runJobs(List.of(bvdk.getProcessInstanceId(), yhct.getProcessInstanceId()));
    long directiveId = bvdk.getDirective().getId();
    String sector = directives.findById(directiveId).orElseThrow().getProcessInstanceId();

    // the day after the deadline: the sector's timer marks the others overdue and opens the late units' task
    LocalDate deadline = today.plusDays(15);
    try {
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(deadline.plusDays(1).atTime(8, 0), VietnamTime.ZONE).toInstant()));
      scenario.runJobs(List.of(sector));
    } finally {
      ClockUtil.reset();
    }
    UnitAssignment late = unit(assignments.findByDirectiveWithUnit(bvdk.getDirective()), "cdcs-cdc");
    assertThat(late.isOverdue()).isTrue();
    List<Officer> lateOfficers = officers.findByUnitAndActiveTrueOrderByUsername(late.getUnit());
    assertThat(lateOfficers).isNotEmpty();

    String axe = axeScript();
    for (int[] size : List.of(Browser.DESKTOP, Browser.PHONE)) {
      String device = size == Browser.PHONE ? "phone" : "desktop";
      try (Browser browser = Browser.open(port, size)) {
        browser.loginToTasklist("vanphong.cdyt");
        browser.get("/progress/?directive=" + directiveId);
        browser.waitForText("Chi tiết từng đơn vị");
        browser.waitForText("Đơn vị quá hạn và người liên hệ");
        Browser.pause(500);

        // the page fits the window; on the phone every unit is a card with its name on one line or two
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
            .as("no horizontal overflow at %s", device).isEqualTo(true);
        assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(18);
        Number nameWidth = (Number) browser.script("return Math.min.apply(null, Array.from("
            + "document.querySelectorAll('#rows td.unit-name')).map(td => td.getBoundingClientRect().width));");
        assertThat(nameWidth.doubleValue()).as("width of the unit names' cells at %s", device).isGreaterThan(
            size == Browser.PHONE ? 300 : 150);

        // finished and waiting for the review of nominations are two states
        String text = browser.pageText();
        assertThat(text).contains("Đã nộp đủ, chờ cấp trên xét duyệt đề xuất điển hình: 1").contains("Đã hoàn thành: 1")
            .contains("Quá hạn, chưa báo cáo: 16");

        // the late units with whom to call
        String lateList = browser.find(By.id("lateUnits")).getText();
        assertThat(lateList).contains(late.getUnit().getName());
        for (Officer o : lateOfficers) {
          assertThat(lateList).contains(o.getFullName(), o.getEmail(), o.getPhone());
        }
        assertThat(lateList).doesNotContain(bvdk.getUnit().getName());

        // the chart's accessible name says every count
        assertThat((String) browser.script("return document.getElementById('chart').getAttribute('aria-label');"))
            .startsWith("Biểu đồ tiến độ của 18 CĐCS.").contains("Quá hạn, chưa báo cáo: 16 CĐCS (89%)");
        browser.screenshot("tien-do-" + device);

        // axe-core: no serious or critical violation
        browser.script(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.script(
            "return axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));");
        assertThat(violations).as("axe-core at %s", device).isEmpty();

        // the late units' form: dates typed day first, refused in Vietnamese when they cannot be read
        browser.get("/camunda/app/tasklist/");
        assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).contains("Xử lý đơn vị quá hạn");
        browser.openTask("Xử lý đơn vị quá hạn");
        if (!browser.all(By.cssSelector("button.claim")).isEmpty() && browser.all(By.cssSelector("button.claim")).get(0).isDisplayed()) {
          browser.claim();
        }
        browser.click(By.cssSelector("input[name=lateDecisionChoice][value=EXTEND]"));
        browser.click(By.cssSelector("#late-unit-0"));
        typeDeadline(browser, "20122026");
        browser.waitForText("Hạn mới phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026.");
        typeDeadline(browser, "31/02/" + (today.getYear() + 1));
        browser.waitForText("Hạn mới 31/02/" + (today.getYear() + 1) + " không có trên lịch");
        typeDeadline(browser, today.format(DAY_FIRST));
        browser.waitForText("Hạn mới phải sau ngày hôm nay");
        browser.screenshot("han-moi-" + device);
        LocalDate extended = deadline.plusDays(10);
        typeDeadline(browser, extended.format(DAY_FIRST));
        Browser.pause(500);
        assertThat(browser.pageText()).doesNotContain("Cần hoàn thiện trước khi gửi");

        // sent: the server finds no unit late in real time (the deadline passed on the engine's clock only)
        // and refuses; Tasklist's notification gives that reason alone, above the form's buttons
        browser.click(By.cssSelector(".form-actions button.btn-primary"));
        browser.waitForText("không nằm trong danh sách quá hạn");
        Browser.pause(500);
        assertThat(browser.script("var a = document.querySelector('.page-notifications .alert');"
            + " return !!a && getComputedStyle(a.querySelector('.status')).display === 'none';"))
            .as("the generic title hidden before the reason").isEqualTo(true);
        assertThat(browser.find(By.cssSelector(".page-notifications")).getText())
            .doesNotContain("Đã xảy ra lỗi khi gửi biểu mẫu công việc", "Exception", "{\"type\"");
        browser.script("document.querySelector('.form-actions button.btn-primary').scrollIntoView({block: 'end'});");
        Browser.pause(300);
        assertThat(browser.script("var n = document.querySelector('.page-notifications .alert').getBoundingClientRect();"
            + " return Array.from(document.querySelectorAll('.form-actions button')).every(b => {"
            + " var r = b.getBoundingClientRect();"
            + " return r.right <= n.left || r.left >= n.right || r.bottom <= n.top || r.top >= n.bottom; });"))
            .as("the notification leaves the form's buttons free at %s", device).isEqualTo(true);
        browser.screenshot("han-moi-tu-choi-" + device);
      }

      // the LĐLĐ drills down to the sector's directive and every CĐCS in it; a sibling sector sees nothing of it
      try (Browser browser = Browser.open(port, size)) {
        browser.loginToTasklist("vanphong.ldld");
        browser.get("/progress/?directive=" + directiveId);
        browser.waitForText("Chi tiết từng đơn vị");
        Browser.pause(500);
        assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(18);
        assertThat(browser.pageText()).contains("Quá hạn, chưa báo cáo: 16").contains(late.getUnit().getName())
            .contains("Đơn vị thực hiện: Công đoàn ngành Y tế Thái Bình");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
            .as("no horizontal overflow at %s", device).isEqualTo(true);
        browser.screenshot("11-ldld-theo-doi-nganh-" + device);
      }
      try (Browser browser = Browser.open(port, size)) {
        browser.loginToTasklist("vanphong.cdgd");
        browser.get("/progress/?directive=" + directiveId);
        browser.waitForText("Chưa có kế hoạch nào anh/chị được xem tiến độ.");
        assertThat(browser.all(By.cssSelector("#rows tr"))).isEmpty();
        assertThat(browser.pageText()).doesNotContain(late.getUnit().getName());
      }
    }
  }

  private static void typeDeadline(Browser browser, String text) {
    var field = browser.find(By.id("late-new-deadline"));
    field.clear();
    field.sendKeys(text);
    Browser.pause(400);
  }

  private static String axeScript() throws IOException {
    try (InputStream in = ProgressPageBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static UnitAssignment unit(List<UnitAssignment> units, String code) {
    return units.stream().filter(a -> a.getUnit().getCode().equals(code)).findFirst().orElseThrow();
  }
}
