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
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * The rest of issue 15 in a real browser, at an office desktop's size (1366×768) and a phone's (390×844):
 * Tasklist's keyboard shortcuts described in Vietnamese; the chair who chose "Trả lại", pressed "Hoàn thành"
 * without a reason and then chose "Duyệt" can complete the task (the button stayed disabled until the page
 * was reloaded); Cockpit's variables table headed "Thao tác", not "Actions"; Admin's permission names and the
 * registry's group types in Vietnamese. Its own Spring context, so that other browser tests' task lists do
 * not see its directives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=webapp-texts-browser")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class WebappTextsBrowserTest {

  static final String APPROVE = "Phê duyệt kế hoạch";
  /** Camunda's permission names as Admin writes them untranslated: any of them left in a permissions cell fails. */
  static final String ENGLISH_PERMISSION = ".*\\b(ALL|NONE|ACCESS|READ|UPDATE|CREATE|DELETE|TASK_WORK|TASK_ASSIGN|[A-Z]+_[A-Z_]+)\\b.*";

  static final String SERVER_REFUSAL = "Vui lòng nhập lý do trả lại kế hoạch.";
  static final String FORM_JS_REFUSAL = "Vui lòng nhập thông tin này.";

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void thisContextsEngine() {
    CurrentEngine.use(engine);
  }

  @Test
  void desktop() {
    check(Browser.DESKTOP, "desktop");
  }

  @Test
  void phone() {
    check(Browser.PHONE, "phone");
  }

  private void check(int[] size, String device) {
    ProcessInstance sector = planAwaitingApproval();

    try (Browser browser = Browser.open(port, size)) {
      browser.loginToTasklist("chutich.cdyt");

      // the keyboard shortcuts' dialog, opened from the header (folded into the menu on a phone)
      Browser.pause(1500);
      browser.script("document.querySelector('a.showShortcutHelp').click();");
      browser.find(By.cssSelector(".shortcut-modal table"));
      @SuppressWarnings("unchecked")
      List<String> descriptions = (List<String>) browser.script("return Array.from(document.querySelectorAll("
          + "'.shortcut-modal tbody tr td:nth-child(2)')).map(td => td.innerText.trim());");
      assertThat(descriptions).hasSize(5).contains("Nhận công việc đang chọn", "Mở hộp thoại bắt đầu quy trình");
      assertThat(String.join(" ", descriptions)).doesNotContain("claims", "focus", "opens", "sets");
      browser.screenshot("webapp-" + device + "-1-phim-tat");
      browser.script("document.querySelector('.shortcut-modal .modal-footer button').click();");
      Browser.pause(800);

      // the chair returns the plan without a reason, is refused, then approves it after all
      List<String> titles = browser.openFilterTitles(TasklistFilters.MY_UNIT);
      String title = titles.stream().filter(t -> t.startsWith(APPROVE + " — ")).findFirst().orElseThrow();
      browser.openTask(title);
      browser.claim();
      browser.click(By.xpath("//label[normalize-space(.)='Trả lại để sửa']"));
      browser.formField("Lý do trả lại");
      assertThat(completeDisabled(browser)).as("Hoàn thành before sending").isFalse();
      browser.click(By.cssSelector(".form-actions button.btn-primary"));
      // refused: by the server (the reason's check) or, before issue 15's fix, by form-js in the page
      String refusal = firstShown(browser, SERVER_REFUSAL, FORM_JS_REFUSAL);
      browser.screenshot("webapp-" + device + "-2-tra-lai-thieu-ly-do");
      browser.click(By.xpath("//label[normalize-space(.)='Duyệt và ban hành tới các CĐCS']"));
      Browser.pause(800);
      assertThat(browser.all(By.xpath("//label[starts-with(normalize-space(.),'Lý do trả lại')]"))).as("reason hidden").isEmpty();
      // the bug: form-js kept the hidden reason's error, and Tasklist kept "Hoàn thành" disabled
      assertThat(completeDisabled(browser)).as("Hoàn thành after choosing Duyệt again").isFalse();
      assertThat(refusal).as("the refusal of a return without reason").isEqualTo(SERVER_REFUSAL);
      browser.screenshot("webapp-" + device + "-3-duyet-lai");
      browser.complete();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sector.getId())
          .taskDefinitionKey("Task_ApprovePlan").count()).as("the plan approved").isZero();
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(sector.getId())
          .variableName("planApproved").singleResult().getValue()).isEqualTo(true);

      // the installation's administrator (the LĐLĐ's, a member of camunda-admin) in Cockpit and Admin
      browser.loginToTasklist("quantri.ldld");

      // Cockpit: the variables table of the directive's process
      browser.get("/camunda/app/cockpit/default/#/process-instance/" + sector.getId() + "/runtime?tab=variables-tab");
      browser.find(By.cssSelector("thead td.actions"));
      Browser.pause(1000);
      assertThat(browser.script("return document.querySelector('thead td.actions').innerText.trim();")).isEqualTo("Thao tác");
      assertThat(browser.pageText()).doesNotContain("Actions");
      browser.screenshot("webapp-" + device + "-4-cockpit-bien");

      // Admin: the permissions of the process definitions' authorizations (opened first: Admin keeps the
      // resource type of the page it was loaded with for the choices of a new authorization), and the
      // permissions a new authorization offers to choose from
      browser.get("/camunda/app/admin/default/#/authorization?resource=6");
      checkPermissions(browser, 6);
      browser.script("document.querySelector('[ng-click=\"addNewAuthorization()\"]').click();");
      Browser.pause(800);
      browser.script("document.querySelector('td.permissions .dropdown-toggle').click();");
      Browser.pause(800);
      List<String> choices = texts(browser, "td.permissions li label");
      assertThat(choices).contains("Xem", "Cập nhật", "Tạo lượt chạy", "Xử lý công việc").noneMatch(p -> p.matches(ENGLISH_PERMISSION));
      assertThat(browser.script("return document.querySelector('td.permissions .selection').innerText;").toString())
          .containsIgnoringCase("chọn tất cả").doesNotContain("Select all", "Unselect all");
      browser.screenshot("webapp-" + device + "-5-admin-quyen");
      // the applications (Tasklist, Cockpit, …) and the tasks
      for (int resource : new int[] {0, 7}) {
        browser.get("/camunda/app/admin/default/#/authorization?resource=" + resource);
        List<String> permissions = checkPermissions(browser, resource);
        if (resource == 0) {
          assertThat(permissions).as("Tasklist and Cockpit granted").anyMatch(p -> p.equals("Truy cập") || p.equals("Tất cả"));
        }
      }

      // Admin: the registry's group types
      browser.get("/camunda/app/admin/default/#/groups");
      browser.find(By.cssSelector("td.group-type"));
      Browser.pause(1000);
      List<String> types = texts(browser, "td.group-type");
      assertThat(types).contains("Công đoàn cơ sở (CĐCS)").doesNotContain("grassroots", "sector", "SYSTEM", "WORKFLOW");
      browser.screenshot("webapp-" + device + "-6-admin-nhom");
      String group = (String) browser.script("var row = Array.from(document.querySelectorAll('tbody tr')).find(r =>"
          + " r.querySelector('td.group-type') && r.querySelector('td.group-type').innerText.trim() === 'Công đoàn cơ sở (CĐCS)');"
          + " return row.querySelector('td.group-id a').getAttribute('href');");
      browser.get("/camunda/app/admin/default/" + group);
      browser.find(By.cssSelector("input[name=groupType]"));
      browser.waitForText("Loại nhóm: Công đoàn cơ sở (CĐCS).");
      assertThat(browser.script("return document.querySelector('input[name=groupType]').value;"))
          .as("the stored type is unchanged").isEqualTo("grassroots");
      browser.screenshot("webapp-" + device + "-7-admin-sua-nhom");
    }
  }

  /** The permissions column of Admin's authorizations of one resource type: Vietnamese, no English name left. */
  private static List<String> checkPermissions(Browser browser, int resource) {
    browser.find(By.cssSelector("td.permissions"));
    Browser.pause(1000);
    List<String> permissions = texts(browser, "td.permissions");
    assertThat(permissions).as("resource %s", resource).isNotEmpty().allMatch(p -> !p.isBlank())
        .noneMatch(p -> p.matches(ENGLISH_PERMISSION));
    return permissions;
  }

  /** A directive issued four days ago, its plan drafted and waiting for the chair. */
  private ProcessInstance planAwaitingApproval() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    Map<String, Object> directive = scenario.directiveForm();
    directive.put("directiveIssuedOn", today.minusDays(4).toString());
    directive.put("directiveDeadline", today.plusDays(15).toString());
    ProcessInstance sector = scenario.startDirective(directive);
    scenario.draftPlan(sector);
    return sector;
  }

  /** Waits until the page shows one of the texts; returns it. */
  private static String firstShown(Browser browser, String... texts) {
    for (int i = 0; i < 80; i++) {
      String page = browser.pageText();
      for (String text : texts) {
        if (page.contains(text)) {
          return text;
        }
      }
      Browser.pause(250);
    }
    throw new AssertionError("None of " + List.of(texts) + " shown; the page shows: " + browser.pageText());
  }

  private static boolean completeDisabled(Browser browser) {
    return Boolean.TRUE.equals(browser.script("return document.querySelector('.form-actions button.btn-primary').disabled;"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Browser browser, String css) {
    return (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
        + ".map(e => e.innerText.trim());", css);
  }
}
