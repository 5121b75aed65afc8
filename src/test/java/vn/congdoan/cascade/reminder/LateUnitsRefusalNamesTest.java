package vn.congdoan.cascade.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.CurrentEngine;

/**
 * The office's decision on the late units names a unit as officers know it: every refusal of the form
 * that concerns one unit gives its Vietnamese name, never its registry code (issue 15, "names instead of
 * codes"); a code that is no unit of the directive is not echoed at all.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LateUnitsRefusalNamesTest {

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired LateUnitsDecisions decisions;

  private Long directiveId;
  private UnitAssignment reported;
  private UnitAssignment late;
  private List<UnitAssignment> units;

  /** A directive due on 13/5/2023 whose first unit reported on 12/5; on 14/5 the others are late. */
  @BeforeAll
  void lateUnits() {
    CurrentEngine.use(engine);
    CascadeScenario.setVietnamTime(5, 12, 8);
    Map<String, Object> form = scenario.directiveForm();
    form.put("directiveDeadline", "2023-05-13");
    ProcessInstance sector = scenario.startDirective(form);
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    units = scenario.distribute(sector);
    reported = units.get(0);
    late = units.get(1);
    scenario.completeUnit(scenario.unitProcess(reported), "[]");
    CascadeScenario.setVietnamTime(5, 14, 10);
    scenario.runAllJobs(sector);
    directiveId = scenario.directiveOf(sector).getId();
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  @Test
  void aUnitThatHasReportedIsNamedNotCoded() {
    String message = refusal(extension("2023-05-20", reported.getUnit().getCode()));

    assertThat(message).isEqualTo(reported.getUnit().getName()
        + " không nằm trong danh sách quá hạn: vui lòng tải lại trang để xem danh sách hiện tại.");
    assertThat(message).startsWith("Công đoàn ").doesNotContain(reported.getUnit().getCode());
  }

  @Test
  void aCodeOfNoUnitOfTheDirectiveIsNotEchoed() {
    assertThat(refusal(extension("2023-05-20", "cdcs-khong-co"))).isEqualTo(LateUnitsDecisions.NOT_LATE);
    assertThat(refusal(extension("2023-05-20", late.getUnit().getCode(), "cdcs-\u202ekhong-co")))
        .isEqualTo(LateUnitsDecisions.NOT_LATE);
  }

  @Test
  void noRefusalOfTheFormNamesAUnitByItsCode() {
    String lateCode = late.getUnit().getCode();
    List<String> messages = new ArrayList<>();
    messages.add(refusal(Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[]}")));
    messages.add(refusal(extension("2023-05-14", lateCode)));
    messages.add(refusal(extension("2023-12-31", lateCode)));
    messages.add(refusal(extension("30/02/2024", lateCode)));
    messages.add(refusal(extension("2023-05-20", reported.getUnit().getCode())));
    messages.add(refusal(extension("2023-05-20", lateCode, reported.getUnit().getCode())));
    messages.add(refusal(Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"units\":[\"" + lateCode + "\"]}")));

    assertThat(messages).hasSize(7).doesNotContainNull();
    for (UnitAssignment unit : units) {
      assertThat(messages).noneMatch(m -> m.contains(unit.getUnit().getCode()));
    }
    assertThat(messages).anyMatch(m -> m.startsWith(reported.getUnit().getName() + " không nằm trong danh sách quá hạn"));
  }

  @Test
  void theLateUnitIsExtended() {
    LateUnitsDecision decision = decisions.check(directiveId, new FormInput(extension("20/05/2023", late.getUnit().getCode())));

    assertThat(decision.extendedAssignmentIds()).containsExactly(late.getId());
  }

  private static Map<String, Object> extension(String newDeadline, String... codes) {
    StringBuilder units = new StringBuilder();
    for (String code : codes) {
      units.append(units.length() == 0 ? "" : ",").append('"').append(code).append('"');
    }
    return Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"" + newDeadline + "\",\"units\":[" + units + "]}");
  }

  private String refusal(Map<String, Object> form) {
    FormValidationException refused = catchThrowableOfType(
        () -> decisions.check(directiveId, new FormInput(form)), FormValidationException.class);
    assertThat(refused).as("refused: %s", form).isNotNull();
    return refused.getMessage();
  }
}
