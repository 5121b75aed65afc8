package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * Issue 15 in a real browser, at an office desktop's size (1366×768) and a phone's (390×844): with two
 * directives running, a CĐCS officer's cards name the step, the unit and the directive, and differ; the
 * directive's process has a readable business key; no control that cannot succeed is offered ("Tạo công
 * việc", "Bắt đầu quy trình" and the date editors to a CĐCS officer, "Nhận việc" to the sector office on a
 * unit's task); engine texts are shown in Vietnamese; every webapp declares lang="vi". Its own Spring
 * context, so that other browser tests' task counts do not see its directives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=officer-controls-browser")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class OfficerControlsBrowserTest {

  static final String SUB_PLAN = "Xây dựng kế hoạch của CĐCS";
  static final String BVDK_NAME = "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình";

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired DirectiveRepository directiveRepository;

  static List<Directive> directives;

  @BeforeEach
  void twoDirectivesRunning() {
    CurrentEngine.use(engine);
    if (directives == null) {
      directives = List.of(directiveOf(scenario.distributedToday()), directiveOf(scenario.distributedToday()));
    }
  }

  private Directive directiveOf(List<UnitAssignment> units) {
    return directiveRepository.findById(units.get(0).getDirective().getId()).orElseThrow();
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
    // the directive's process: a readable business key (the unit processes keep <directiveId>/<unitCode>)
    for (Directive directive : directives) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(directive.getProcessInstanceId()).singleResult()
          .getBusinessKey()).isEqualTo(directive.getNumber() + " ngày " + vn.congdoan.cascade.calendar.VietnamTime.format(
              directive.getIssuedOn()) + " (mã " + directive.getId() + ")");
    }

    try (Browser browser = Browser.open(port, size)) {
      // a CĐCS officer: two cards, each naming the step, the unit and its directive
      browser.loginToTasklist("bvdk.chutich");
      List<String> titles = browser.openFilterTitles(TasklistFilters.MY_UNIT);
      assertThat(titles).hasSize(2).doesNotHaveDuplicates();
      for (Directive directive : directives) {
        assertThat(titles).anyMatch(t -> t.startsWith(SUB_PLAN + " — " + BVDK_NAME + " — " + directive.getNumber() + ": Tổ chức"));
      }
      assertThat(browser.pageText()).doesNotContain("Mã CĐCS", "cdcs-bvdk-tinh");
      browser.screenshot("viec-" + device + "-1-hai-ke-hoach");

      // nothing offered that would be refused: no create-task, no start-process, no date editors
      Browser.pause(1500);
      assertThat(shown(browser, ".create-task-action")).as("Tạo công việc").isFalse();
      assertThat(shown(browser, ".start-process-action")).as("Bắt đầu quy trình").isFalse();
      browser.openTask(titles.get(0));
      assertThat(visible(browser, "button.claim")).as("Nhận việc, own unit's task").isTrue();
      assertThat(visible(browser, "a.reset-due-date")).as("remove the due date").isFalse();
      assertThat(browser.script("var d = document.querySelector('.dates .due-date');"
          + " return !!d && getComputedStyle(d).pointerEvents === 'none';")).as("due date not editable").isEqualTo(true);
      assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("vi");

      // engine texts an officer can meet, in Vietnamese
      assertThat(browser.script("return import('/camunda/app/tasklist/scripts/officer-controls.js?bust=7.24.0').then(m => ["
          + "m.translateEngineText('Cannot instantiate process definition DirectiveCascadeProcess:1:abc: The user with id'),"
          + "m.translateEngineText('Task_DraftSubPlan <- No matching task with id 42'),"
          + "m.translateEngineText('{\"type\":\"InvalidRequestException\",\"message\":\"\",\"code\":null}'),"
          + "m.translateEngineText('{\"type\":\"AuthorizationException\",\"message\":\"Tài khoản của bạn không được dùng chức năng này.\",\"code\":null}')]);"))
          .isEqualTo(List.of("Bạn không có quyền bắt đầu quy trình này (hoặc quy trình đang tạm dừng).",
              "Công việc này không còn: đã được hoàn thành hoặc chuyển cho người khác. Vui lòng tải lại danh sách công việc.",
              "Thao tác không thực hiện được: công việc có thể đã thay đổi hoặc bạn không có quyền. Vui lòng tải lại trang.",
              "Tài khoản của bạn không được dùng chức năng này."));

      // the sector's office: a unit's task under "Tất cả đơn vị" is for follow-up, not to claim
      browser.loginToTasklist("vanphong.cdyt");
      Browser.pause(1500);
      assertThat(shown(browser, ".start-process-action")).as("the office starts directives").isTrue();
      assertThat(shown(browser, ".create-task-action")).as("Tạo công việc, the office").isFalse();
      List<String> all = browser.openFilterTitles(TasklistFilters.ALL_UNITS);
      String bvdkTask = all.stream().filter(t -> t.contains(BVDK_NAME)).findFirst().orElseThrow();
      browser.openTask(bvdkTask);
      browser.waitForText("Việc của đơn vị khác: chỉ xem để theo dõi.");
      assertThat(visible(browser, "button.claim")).as("Nhận việc, another unit's task").isFalse();
      browser.screenshot("viec-" + device + "-2-nganh-chi-xem");

      // every webapp declares its language (the administrator may open them all)
      browser.loginToTasklist("quantri.ldld");
      Browser.pause(1500);
      assertThat(shown(browser, ".create-task-action")).as("administrators keep Tạo công việc").isTrue();
      for (String app : List.of("cockpit/default/#/dashboard", "admin/default/#/", "welcome/default/#!/welcome")) {
        browser.get("/camunda/app/" + app);
        Browser.pause(4000);
        assertThat(browser.script("return document.documentElement.lang;")).as(app).isEqualTo("vi");
        assertThat(browser.script("var b = document.querySelector('.ce-eol-banner');"
            + " return !b || getComputedStyle(b).display === 'none';")).as("no banner in " + app).isEqualTo(true);
      }
    }
  }

  /**
   * Whether a navbar action is part of the page (not hidden by our style): on a phone Tasklist folds the
   * navbar into its menu, so "visible" would be false for every action.
   */
  private static boolean shown(Browser browser, String css) {
    return Boolean.TRUE.equals(browser.script("var e = document.querySelector(arguments[0]);"
        + " return !!e && getComputedStyle(e).display !== 'none';", css));
  }

  private static boolean visible(Browser browser, String css) {
    return Boolean.TRUE.equals(browser.script("var e = document.querySelector(arguments[0]);"
        + " return !!e && e.offsetParent !== null && getComputedStyle(e).display !== 'none';", css));
  }
}
