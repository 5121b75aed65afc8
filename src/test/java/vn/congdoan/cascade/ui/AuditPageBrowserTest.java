package vn.congdoan.cascade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.Browser;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;

/**
 * The progress page's download area and the audit trail page in a real browser, with the Tasklist login:
 * the office downloads the XLSX files and reads the trail (a unit's sub-plan with its officer's name); a
 * grassroots officer's trail shows their own unit only and no register links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=audit-page-browser")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class AuditPageBrowserTest {

  @LocalServerPort int port;
  @Autowired CascadeScenario scenario;
  @Autowired ProcessEngine engine;

  @Test
  void officeDownloadsAndReadsTheTrail_aUnitSeesItsOwnEntriesOnly() {
    CurrentEngine.use(engine);
    List<UnitAssignment> units = scenario.distributedToday();
    UnitAssignment bvdk = units.stream().filter(a -> a.getUnit().getCode().equals("cdcs-bvdk-tinh")).findFirst().orElseThrow();
    ProcessInstance unit = scenario.unitProcess(bvdk);
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("bvdk.chutich",
        identity.createGroupQuery().groupMember("bvdk.chutich").list().stream().map(Group::getId).toList());
    try {
      scenario.draftSubPlan(unit);
    } finally {
      identity.clearAuthentication();
    }
    long directiveId = bvdk.getDirective().getId();

    try (Browser browser = Browser.open(port)) {
      browser.loginToTasklist("vanphong.cdyt");
      browser.get("/progress/?directive=" + directiveId);
      browser.waitForText("Tải về, nhật ký");
      assertThat(browser.find(By.id("progressXlsx")).getAttribute("href"))
          .endsWith("/api/directives/" + directiveId + "/exports/progress.xlsx");
      assertThat(browser.find(By.id("registers")).isDisplayed()).isTrue();
      assertThat(browser.script("return fetch(document.getElementById(arguments[0]).href)"
          + ".then(r => r.status + ' ' + r.headers.get('content-type'));", "nominationsXlsx"))
          .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(browser.script("return fetch(document.getElementById(arguments[0]).href).then(r => r.status);", "outgoingXlsx"))
          .isEqualTo(200L);
      browser.click(By.id("auditPage"));
      browser.waitForText("Nộp kế hoạch của CĐCS");
      assertThat(browser.pageText()).contains("Phê duyệt kế hoạch", "Ban hành kế hoạch", "Nguyễn Thị Hồng Hạnh",
          "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình");

      browser.loginToTasklist("yhct.chutich");
      browser.get("/progress/audit.html?directive=" + directiveId);
      browser.waitForText("Anh/chị đang xem nhật ký của đơn vị mình.");
      browser.waitForText("Nhận kế hoạch của cấp trên");
      assertThat(browser.pageText()).doesNotContain("Bệnh viện Đa khoa").doesNotContain("Phê duyệt kế hoạch");
      browser.get("/progress/?directive=" + directiveId);
      browser.waitForText("Tải về, nhật ký");
      Browser.pause(1000);
      assertThat(browser.script("return document.getElementById('registers').hidden;")).isEqualTo(true);
    }
  }
}
