package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * What an officer sees in Tasklist when the server refuses a form: input that only the server can check
 * (a sub-plan dated before the sector's plan) is refused with the Vietnamese reason and the form stays
 * open; a form already completed in another tab is refused with "Công việc này không còn mở", and the
 * work sent first is what stays stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class TasklistRefusalBrowserTest {

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void refusalsAreShownInVietnamese_andASecondTabCannotOverwriteTheFirst() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    UnitAssignment bvdk = scenario.distributedToday().stream()
        .filter(a -> a.getUnit().getCode().equals(TasklistBrowserTest.BVDK)).findFirst().orElseThrow();

    try (Browser browser = Browser.open(port)) {
      browser.loginToTasklist("bvdk.chutich");
      assertThat(browser.openFilter(TasklistFilters.MY_UNIT)).containsExactly("Xây dựng kế hoạch của CĐCS");
      browser.openTask("Xây dựng kế hoạch của CĐCS");
      browser.claim();
      browser.fill("Ngày ban hành", today.minusDays(30).format(TasklistBrowserTest.VIETNAMESE_DATE));
      browser.fill("Nội dung kế hoạch của CĐCS", "Kế hoạch soạn trong thẻ thứ nhất.");
      submit(browser);
      browser.waitForText("Ngày ban hành không được trước ngày ban hành kế hoạch của cấp trên.");
      assertThat(browser.pageText()).doesNotContain("Exception", "TaskListener", "Cannot submit");
      assertThat(browser.all(By.cssSelector(".form-actions button.btn-primary"))).as("form still open").isNotEmpty();
      browser.screenshot("09-cdcs-du-lieu-bi-tu-choi");

      // meanwhile the same officer sends the form from another tab
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(bvdk.getProcessInstanceId()).singleResult();
      engine.getFormService().submitTaskForm(task.getId(), Map.of("subPlanNumber", "", "subPlanIssuedOn", today.toString(),
          "subPlanContent", "Kế hoạch gửi từ thẻ thứ hai."));

      // this tab sends its form again: the task is no longer open, whatever the form holds
      submit(browser);
      browser.waitForText("Công việc này không còn mở");
      assertThat(browser.pageText()).doesNotContain("Exception", "Cannot find task", "Cannot submit");
      browser.screenshot("10-cdcs-gui-hai-lan");
    }
    assertThat(jdbc.queryForList("select content from sub_plan where assignment_id = ?", String.class, bvdk.getId()))
        .containsExactly("Kế hoạch gửi từ thẻ thứ hai.");
  }

  private static void submit(Browser browser) {
    browser.click(By.cssSelector(".form-actions button.btn-primary"));
  }
}
