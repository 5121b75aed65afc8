package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * Dates typed the Vietnamese way reach the application through the engine's REST API (as Tasklist
 * sends a form) and are stored as written: "11/05/2023" is 11 May 2023, never 5 November; "05/12/2023"
 * is 5 December (refused as a sub-plan not yet issued on 12 May), never 12 May. Engine time is 12 May
 * 2023, 8:00. Its own Spring context (the property below), so that the browser tests' counts of open
 * tasks do not see its directives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test.context=vietnamese-dates")
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
class VietnameseDatesRestTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired DirectiveRepository directives;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void twelfthOfMay() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
  }

  @AfterEach
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void datesTypedDayFirstAreStoredAsWritten_andNeverReadTheOtherWay() {
    EngineRestClient office = new EngineRestClient(port, "vanphong.cdyt", "demo");

    ResponseEntity<Map<String, Object>> started = office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1105/KH-LĐLĐ", "11/05/2023", "30.05.2023"));
    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
    String sectorId = (String) started.getBody().get("id");
    Directive directive = directives.findByProcessInstanceId(sectorId).orElseThrow();
    assertThat(directive.getIssuedOn()).isEqualTo(LocalDate.of(2023, 5, 11));
    assertThat(VietnamTime.dayOf(directive.getDeadline())).isEqualTo(LocalDate.of(2023, 5, 30));

    // refused with the field's name and the expected form, never guessed
    assertThat(message(office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1106/KH-LĐLĐ", "11/05/2023", "20122026"))))
        .contains("Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026. Đã nhập: 20122026.");
    assertThat(message(office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1107/KH-LĐLĐ", "11/5/23", "30/05/2023"))))
        .contains("Ngày ban hành phải theo dạng ngày/tháng/năm");
    assertThat(message(office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1108/KH-LĐLĐ", "11/05/2023", "31/02/2024"))))
        .contains("Hạn hoàn thành của CĐCS 31/02/2024 không có trên lịch");
    // 05/11/2023 is 5 November, which has not come yet: never 11 May
    assertThat(message(office.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        directive("1109/KH-LĐLĐ", "05/11/2023", "30/11/2023"))))
        .contains("Ngày ban hành 05/11/2023 chưa đến");

    ProcessInstance sector = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sectorId).singleResult();
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    List<UnitAssignment> units = scenario.distribute(sector);
    UnitAssignment bvdk = unit(units, "cdcs-bvdk-tinh");
    UnitAssignment yhct = unit(units, "cdcs-bv-yhct");

    EngineRestClient yhctChair = new EngineRestClient(port, "yhct.chutich", "demo");
    Map<String, Object> yhctTask = yhctChair.task(yhct.getProcessInstanceId(), "Task_DraftSubPlan");
    // 05/12/2023 is 5 December, not 12 May (today, which would be accepted)
    assertThat(message(yhctChair.submit(yhctTask, subPlan("05/12/2023"))))
        .contains("Ngày ban hành kế hoạch 05/12/2023 chưa đến");
    assertThat(message(yhctChair.submit(yhctTask, subPlan("13/05/2023"))))
        .contains("Ngày ban hành kế hoạch 13/05/2023 chưa đến");

    EngineRestClient bvdkChair = new EngineRestClient(port, "bvdk.chutich", "demo");
    ResponseEntity<Map<String, Object>> drafted = bvdkChair.submit(bvdkChair.task(bvdk.getProcessInstanceId(), "Task_DraftSubPlan"),
        subPlan("12/5/2023"));
    assertThat(drafted.getStatusCode().value()).as("%s", drafted.getBody()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select issued_on from sub_plan where assignment_id = ?", LocalDate.class, bvdk.getId()))
        .isEqualTo(LocalDate.of(2023, 5, 12));
  }

  private static Map<String, Object> directive(String number, String issuedOn, String deadline) {
    return variables("sectorCode", CascadeScenario.SECTOR, "directiveNumber", number, "directiveIssuedOn", issuedOn,
        "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình",
        "directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
        "directiveDeadline", deadline);
  }

  private static Map<String, Object> subPlan(String issuedOn) {
    return variables("subPlanNumber", "", "subPlanIssuedOn", issuedOn, "subPlanContent", "Tuyên truyền tại các khoa, phòng.");
  }

  private static String message(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return (String) response.getBody().get("message");
  }

  private static UnitAssignment unit(List<UnitAssignment> units, String code) {
    return units.stream().filter(a -> a.getUnit().getCode().equals(code)).findFirst().orElseThrow();
  }
}
