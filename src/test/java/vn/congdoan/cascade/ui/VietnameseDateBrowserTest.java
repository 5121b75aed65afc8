package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * Typing dates into Tasklist's forms the Vietnamese way, at an office desktop's size (1366×768) and a
 * phone's (390×844): a date that is not one (20122026) or has not come yet is refused with the
 * field's name and the expected form; the date typed day first is stored as written. Camunda Forms'
 * own validation messages show in Vietnamese (the custom script vietnamese-forms.js), the page
 * declares lang="vi", and the Community edition's "migrate to Camunda 8" banner is hidden. Its own Spring context, so that other browser tests' task counts do not see its
 * directive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=vietnamese-dates-browser")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class VietnameseDateBrowserTest {

  static final String SUB_PLAN = "Xây dựng kế hoạch của CĐCS";
  static final String ISSUED_ON = "Ngày ban hành";

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void datesTypedDayFirst_refusedInVietnamese_orStoredAsWritten_onDesktopAndPhone() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    List<UnitAssignment> units = scenario.distributedToday();

    // the office's desktop: dd/mm/yyyy
    UnitAssignment bvdk = unit(units, "cdcs-bvdk-tinh");
    try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
      typeDates(browser, "bvdk.chutich", today, today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "desktop");
    }
    assertThat(jdbc.queryForObject("select issued_on from sub_plan where assignment_id = ?", LocalDate.class, bvdk.getId()))
        .isEqualTo(today);

    // a phone: d.m.yyyy
    UnitAssignment yhct = unit(units, "cdcs-bv-yhct");
    try (Browser browser = Browser.open(port, Browser.PHONE)) {
      typeDates(browser, "yhct.chutich", today, today.format(DateTimeFormatter.ofPattern("d.M.yyyy")), "phone");
    }
    assertThat(jdbc.queryForObject("select issued_on from sub_plan where assignment_id = ?", LocalDate.class, yhct.getId()))
        .isEqualTo(today);
  }

  private void typeDates(Browser browser, String officer, LocalDate today, String todayTyped, String device) {
    browser.loginToTasklist(officer);
    assertThat(browser.script("return window.innerWidth;")).as("window width").isEqualTo(
        (long) ("phone".equals(device) ? Browser.PHONE[0] : Browser.DESKTOP[0]));
    assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("vi");
    assertThat(browser.script("var b = document.querySelector('.ce-eol-banner');"
        + " return !b || getComputedStyle(b).display === 'none';")).as("no 'migrate to Camunda 8' banner").isEqualTo(true);
    assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly(SUB_PLAN);
    browser.openTask(SUB_PLAN);
    browser.claim();

    // Camunda Forms' own checks, in Vietnamese (Tasklist keeps "Hoàn thành" disabled meanwhile): a number
    // too long; and the script's other messages, as the page loaded it
    browser.fill("Số, ký hiệu kế hoạch của CĐCS", "1".repeat(51));
    blur(browser);
    browser.waitForText("Không được dài quá 50 ký tự.");
    assertThat(browser.script("return import('/camunda/app/tasklist/scripts/vietnamese-forms.js?bust=7.24.0')"
        + ".then(m => [m.translate('Field is required.'), m.translate('Field must have maximum length of 4000.'),"
        + " m.translate('Field must have minimum value of 0.')]);"))
        .isEqualTo(List.of("Vui lòng nhập thông tin này.", "Không được dài quá 4.000 ký tự.", "Giá trị không được nhỏ hơn 0."));
    assertThat(browser.pageText()).doesNotContain("Field is required", "Field must", "maximum length");
    browser.screenshot("ngay-" + device + "-1-kiem-tra-cua-bieu-mau");
    browser.fill("Số, ký hiệu kế hoạch của CĐCS", "12/KH-CĐCS");
    blur(browser);
    browser.fill("Nội dung kế hoạch của CĐCS", "Tuyên truyền tại các khoa, phòng.");

    // digits without separators (the year 22026 before): refused, naming the field and the form
    browser.fill(ISSUED_ON, "20122026");
    submit(browser);
    browser.waitForText("Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026. Đã nhập: 20122026.");
    browser.screenshot("ngay-" + device + "-2-sai-dang");

    // a day that is not on the calendar, and a day that has not come yet
    browser.fill(ISSUED_ON, "31/02/" + today.getYear());
    submit(browser);
    browser.waitForText("Ngày ban hành kế hoạch 31/02/" + today.getYear() + " không có trên lịch");
    String tomorrow = today.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    browser.fill(ISSUED_ON, tomorrow);
    submit(browser);
    browser.waitForText("Ngày ban hành kế hoạch " + tomorrow + " chưa đến");
    assertThat(browser.pageText()).doesNotContain("Exception", "Cannot submit");
    browser.screenshot("ngay-" + device + "-3-chua-den");

    // today, typed day first
    browser.fill(ISSUED_ON, todayTyped);
    closeNotifications(browser);
    browser.complete();
    assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).doesNotContain(SUB_PLAN);
  }

  private static void blur(Browser browser) {
    browser.script("document.activeElement && document.activeElement.blur();");
    Browser.pause(500);
  }

  /** Tasklist's notifications cover the form's buttons (issue 15): closes those shown. */
  private static void closeNotifications(Browser browser) {
    browser.script("document.querySelectorAll('.page-notifications .close').forEach(b => b.click());");
    Browser.pause(500);
  }

  private static void submit(Browser browser) {
    closeNotifications(browser);
    browser.click(By.cssSelector(".form-actions button.btn-primary"));
  }

  private static UnitAssignment unit(List<UnitAssignment> units, String code) {
    return units.stream().filter(a -> a.getUnit().getCode().equals(code)).findFirst().orElseThrow();
  }
}
