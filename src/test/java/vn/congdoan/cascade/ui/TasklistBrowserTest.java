package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * Tasklist in a real browser, as the officers use it: a CĐCS officer sees only their unit's tasks,
 * fills the sub-plan, the activity report and a two-item nomination list; another unit's officer does
 * not see that work; the sector's office then reviews the nominations and follows the progress page.
 * The screenshots illustrate the user guide (docs/huong-dan-su-dung.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class TasklistBrowserTest {

  static final String BVDK = "cdcs-bvdk-tinh";
  /** Dates as officers type them into the forms (day first). */
  static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }
  @Autowired NominationRepository nominations;

  @Test
  void cdcsOfficerFillsTheirForms_otherUnitSeesNothing_sectorReviewsNominations() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    UnitAssignment bvdk = scenario.distributedToday().stream()
        .filter(a -> a.getUnit().getCode().equals(TasklistBrowserTest.BVDK)).findFirst().orElseThrow();

    try (Browser browser = Browser.open(port)) {
      // 1. the CĐCS officer sees exactly their unit's task
      browser.loginToTasklist("bvdk.chutich");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Xây dựng kế hoạch của CĐCS");
      browser.screenshot("01-cdcs-danh-sach-viec");

      // 2. sub-plan; the form links the sector's plan as issued, downloadable with the Tasklist login
      browser.openTask("Xây dựng kế hoạch của CĐCS");
      browser.claim();
      WebElement planPdf = browser.find(By.xpath("//a[contains(., 'tải bản PDF')]"));
      assertThat(planPdf.getAttribute("href")).matches(".*/api/documents/\\d+/content\\?format=pdf");
      assertThat(browser.script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'));",
          planPdf.getAttribute("href"))).isEqualTo("200 application/pdf");
      browser.fill("Số, ký hiệu kế hoạch của CĐCS", "12/KH-CĐCS");
      browser.fill("Ngày ban hành", today.format(VIETNAMESE_DATE));
      browser.fill("Nội dung kế hoạch của CĐCS", 
          "Tổ chức tuyên truyền tại các khoa, phòng; phát động đợt thi đua cao điểm chào mừng kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc.");
      browser.screenshot("02-cdcs-ke-hoach");
      browser.complete();

      // 3. activity report
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Báo cáo kết quả thực hiện");
      browser.openTask("Báo cáo kết quả thực hiện");
      browser.claim();
      browser.fill("Số buổi tuyên truyền", "3");
      browser.fill("Số lượt người tham gia", "250");
      browser.fill("Số tin, bài viết", "4");
      browser.fill("Số sáng kiến, cải tiến", "2");
      browser.fill("Kết quả thực hiện", "Đã tổ chức 3 buổi tuyên truyền với 250 lượt người tham gia; 2 sáng kiến được Hội đồng khoa học công nhận.");
      browser.screenshot("03-cdcs-bao-cao-ket-qua");
      browser.complete();

      // 4. two nominations in the embedded form; the collective's name carries markup, shown as text
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Đề xuất điển hình tiên tiến");
      browser.openTask("Đề xuất điển hình tiên tiến");
      browser.claim();
      browser.click(By.cssSelector("input[name=nominationChoice][value=SOME]"));
      if (browser.all(By.cssSelector("input[id^=nomination-name-]")).isEmpty()) {
        browser.click(By.xpath("//button[contains(@ng-click,'nf.addRow()')]"));
      }
      fillNomination(browser, 0, "INDIVIDUAL", "Nguyễn Thị Thu Hà", "Điều dưỡng trưởng", "Khoa Nội tim mạch",
          "Hoàn thành xuất sắc nhiệm vụ năm 2022; có 02 sáng kiến được công nhận.");
      browser.click(By.xpath("//button[contains(@ng-click,'nf.addRow()')]"));
      fillNomination(browser, 1, "COLLECTIVE", "Tập thể Khoa Hồi sức <b>tích cực</b>", null, "Bệnh viện Đa khoa tỉnh Thái Bình",
          "Tập thể lao động xuất sắc, không để xảy ra sai sót chuyên môn.");
      browser.screenshot("04-cdcs-de-xuat-dien-hinh");
      browser.complete();
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).isEmpty();
    }

    List<Nomination> saved = nominations.findByAssignment(bvdk);
    assertThat(saved).extracting(Nomination::getName)
        .containsExactly("Nguyễn Thị Thu Hà", "Tập thể Khoa Hồi sức <b>tích cực</b>");
    Task review = taskService.createTaskQuery().taskDefinitionKey("Task_ReviewNominations").singleResult();
    assertThat(review).isNotNull();

    try (Browser browser = Browser.open(port)) {
      // 5. another unit's officer: only their own sub-plan task; the review task does not open
      browser.loginToTasklist("yhct.chutich");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Xây dựng kế hoạch của CĐCS");
      assertThat(browser.pageText()).doesNotContain("Nguyễn Thị Thu Hà").doesNotContain(TasklistFilters.ALL_UNITS);
      browser.screenshot("05-cdcs-khac-khong-thay");
      browser.get("/camunda/app/tasklist/#/?task=" + review.getId());
      Browser.pause(3000);
      assertThat(browser.pageText()).doesNotContain("Nguyễn Thị Thu Hà");

      // 6. the sector's office reviews both nominations
      browser.loginToTasklist("vanphong.cdyt");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Xét duyệt đề xuất điển hình");
      browser.openTask("Xét duyệt đề xuất điển hình");
      browser.claim();
      browser.waitForText("Nguyễn Thị Thu Hà");
      assertThat(browser.pageText()).contains("Tập thể Khoa Hồi sức <b>tích cực</b>");
      browser.click(By.xpath("(//input[@type='radio'][starts-with(@name,'accepted_')])[1]"));
      browser.click(By.xpath("(//input[@type='radio'][starts-with(@name,'accepted_')])[3]"));
      browser.screenshot("06-nganh-xet-duyet-de-xuat");
      browser.complete();

      // 7. every unit's open work, and the progress page
      List<String> allUnits = browser.openFilter(TasklistFilters.ALL_UNITS);
      assertThat(allUnits).isNotEmpty().containsOnly("Xây dựng kế hoạch của CĐCS");
      assertThat(browser.find(By.cssSelector("div.task-filter.active span.counter")).getText()).isEqualTo("17");
      browser.screenshot("07-nganh-tat-ca-don-vi");
      browser.get("/progress/?directive=" + bvdk.getDirective().getId());
      Browser.pause(3000);
      browser.screenshot("08-nganh-tien-do");
      browser.waitForText("Chi tiết từng đơn vị");
      Browser.pause(1000);
      assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(18);
      assertThat(browser.pageText()).contains("Đã hoàn thành, có đề xuất điển hình: 1").contains("Chưa bắt đầu: 17");
      browser.screenshot("08-nganh-tien-do");
    }
    assertThat(nominations.findByAssignment(bvdk)).extracting(Nomination::getStatus)
        .containsExactly(NominationStatus.ACCEPTED, NominationStatus.ACCEPTED);
  }

  private static void fillNomination(Browser browser, int row, String kind, String name, String position, String workplace,
      String achievement) {
    browser.click(By.xpath("(//input[@type='radio'][starts-with(@name,'kind_')][@value='" + kind + "'])[" + (row + 1) + "]"));
    browser.all(By.cssSelector("input[id^=nomination-name-]")).get(row).sendKeys(name);
    if (position != null) {
      browser.all(By.cssSelector("input[id^=nomination-position-]")).get(row).sendKeys(position);
    }
    browser.all(By.cssSelector("input[id^=nomination-workplace-]")).get(row).sendKeys(workplace);
    browser.all(By.cssSelector("textarea[id^=nomination-achievement-]")).get(row).sendKeys(achievement);
    new Select(browser.all(By.cssSelector("select[id^=nomination-movement-]")).get(row)).selectByIndex(1);
    new Select(browser.all(By.cssSelector("select[id^=nomination-recognition-]")).get(row)).selectByIndex(1);
  }
}
