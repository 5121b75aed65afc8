package vn.congdoan.cascade.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.form.FormInput;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.nomination.NominationListReader;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.DatabaseSnapshot;

/**
 * Every form of both models, fed bad input through the engine's form service (what the REST API and
 * Tasklist call): empty fields, too long texts, wrong types, dates out of order, duplicate numbers,
 * malformed and oversized JSON lists, text that differs only in its Unicode normalisation. Each case
 * asserts the Vietnamese refusal, that the task is still open, and that not one row of the application
 * or the engine changed. Each form's task is reached once ("stations"), then every case of that form is
 * tried on it; HTTP specifics (status, body, authentication) are {@link RestRefusalTest}'s.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(CascadeScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormRefusalTest {

  /** The directive form's station: no task, the start form itself. */
  static final String START = "StartEvent_DirectiveReceived";
  static final String TOO_LONG_4001 = "Đ".repeat(FormInput.MAX_TEXT + 1);

  @Autowired ProcessEngine engine;
  @Autowired CascadeScenario scenario;
  @Autowired JdbcTemplate jdbc;

  /** The open task of each form, by its task definition key. */
  private final Map<String, String> stations = new HashMap<>();
  private String registeredNumber;
  private String usedSubPlanNumber;

  @BeforeAll
  void reachEveryForm() {
    CascadeScenario.setVietnamTime(5, 12, 8);
    ProcessInstance drafting = scenario.startDirective();
    registeredNumber = scenario.directiveOf(drafting).getNumber();
    stations.put("Task_DraftImplementingPlan", taskOf(drafting, "Task_DraftImplementingPlan"));

    ProcessInstance approving = scenario.startDirective();
    scenario.draftPlan(approving);
    stations.put("Task_ApprovePlan", taskOf(approving, "Task_ApprovePlan"));

    // one directive whose units stand at each of their four forms
    ProcessInstance working = distributed(scenario.directiveForm());
    List<UnitAssignment> units = scenario.assignmentsOf(working);
    ProcessInstance atSubPlan = scenario.unitProcess(units.get(0));
    stations.put("Task_DraftSubPlan", taskOf(atSubPlan, "Task_DraftSubPlan"));
    ProcessInstance atReport = scenario.unitProcess(units.get(1));
    scenario.draftSubPlan(atReport);
    stations.put("Task_ReportActivities", taskOf(atReport, "Task_ReportActivities"));
    ProcessInstance atNomination = scenario.unitProcess(units.get(2));
    scenario.draftSubPlan(atNomination);
    scenario.reportActivities(atNomination);
    stations.put("Task_NominateExemplars", taskOf(atNomination, "Task_NominateExemplars"));
    ProcessInstance atReview = scenario.unitProcess(units.get(3));
    scenario.completeUnit(atReview, CascadeScenario.nominations("Nguyễn Thị Hoa", "Khoa Nhi"));
    scenario.runJobs(List.of(atReview.getId()));
    stations.put("Task_ReviewNominations", taskOf(atReview, "Task_ReviewNominations"));

    // another directive, fully reported: the first unit numbered its sub-plan "99/KH-CĐCS" in 2023
    ProcessInstance reported = distributed(scenario.directiveForm());
    usedSubPlanNumber = "99/KH-CĐCS";
    List<UnitAssignment> reportedUnits = scenario.assignmentsOf(reported);
    for (UnitAssignment unit : reportedUnits) {
      ProcessInstance pi = scenario.unitProcess(unit);
      if (unit.getUnit().getCode().equals(units.get(0).getUnit().getCode())) {
        complete(pi, "Task_DraftSubPlan", Map.of("subPlanNumber", usedSubPlanNumber, "subPlanIssuedOn", "2023-05-12",
            "subPlanContent", "Kế hoạch tuyên truyền."));
        scenario.reportActivities(pi);
        scenario.nominate(pi, "[]");
      } else {
        scenario.completeUnit(pi, "[]");
      }
    }
    scenario.runAllJobs(reported);
    stations.put("Task_CompileReport", taskOf(reported, "Task_CompileReport"));

    ProcessInstance signing = distributed(scenario.directiveForm());
    scenario.assignmentsOf(signing).forEach(unit -> scenario.completeUnit(scenario.unitProcess(unit), "[]"));
    scenario.runAllJobs(signing);
    complete(signing, "Task_CompileReport", Map.of("reportAssessment", "Hoàn thành.", "reportShortcomings", "Không có."));
    stations.put("Task_SignReport", taskOf(signing, "Task_SignReport"));

    // a directive due on 13/5: on 14/5 the office decides about the late units
    Map<String, Object> shortDeadline = scenario.directiveForm();
    shortDeadline.put("directiveDeadline", "2023-05-13");
    ProcessInstance late = distributed(shortDeadline);
    CascadeScenario.setVietnamTime(5, 14, 10);
    scenario.runAllJobs(late);
    stations.put("Task_HandleLateUnits", taskOf(late, "Task_HandleLateUnits"));
  }

  @AfterAll
  void realTime() {
    CascadeScenario.resetTime();
  }

  static Stream<Arguments> badInputs() {
    List<Arguments> cases = new ArrayList<>();
    // the directive (start form); engine time is 14/5/2023
    cases.add(refused("directive: every field empty", START, directive(Map.of("directiveNumber", "", "directiveIssuedOn", "",
        "directiveIssuer", " ", "directiveSubject", "", "directiveDeadline", "")), "Vui lòng nhập số, ký hiệu văn bản."));
    cases.add(refused("directive: number too long", START, directive(Map.of("directiveNumber", "1".repeat(51))),
        "Số, ký hiệu văn bản dài quá 50 ký tự."));
    cases.add(refused("directive: subject too long", START, directive(Map.of("directiveSubject", TOO_LONG_4001)),
        "Trích yếu dài quá 500 ký tự."));
    cases.add(refused("directive: date typed the Vietnamese way", START, directive(Map.of("directiveIssuedOn", "11/05/2023")),
        "Ngày ban hành không đúng định dạng ngày"));
    cases.add(refused("directive: date of the wrong type", START, directive(Map.of("directiveDeadline", 20230530)),
        "Hạn hoàn thành của CĐCS không đúng định dạng ngày"));
    cases.add(refused("directive: deadline before the issue date", START,
        directive(Map.of("directiveIssuedOn", "2023-05-11", "directiveDeadline", "2023-05-10")),
        "Hạn hoàn thành phải sau ngày ban hành văn bản."));
    cases.add(refused("directive: deadline passed", START, directive(Map.of("directiveDeadline", "2023-05-13")),
        "Hạn hoàn thành 13/05/2023 đã qua."));
    cases.add(refused("directive: deadline years ahead (typing error)", START, directive(Map.of("directiveDeadline", "2203-05-30")),
        "quá 2 năm sau ngày ban hành"));
    cases.add(refused("directive: issued in the future", START, directive(Map.of("directiveIssuedOn", "2023-06-01",
        "directiveDeadline", "2023-06-30")), "Ngày ban hành 01/06/2023 chưa đến"));
    cases.add(refused("directive: reminder days not numbers", START, directive(Map.of("directiveReminderDays", "7, ba, 1")),
        "Lịch nhắc hạn không hợp lệ"));
    cases.add(refused("directive: unknown sector", START, directive(Map.of("sectorCode", "cdn-khong-ton-tai")),
        "Chỉ cán bộ của một công đoàn ngành"));
    cases.add(refused("directive: a grassroots union as sector", START, directive(Map.of("sectorCode", "cdcs-bvdk-tinh")),
        "Chỉ cán bộ của một công đoàn ngành"));
    cases.add(refused("directive: an officer names a sector not their own", START,
        directive(Map.of("initiator", "bvdk.chutich")), "Cán bộ chỉ tiếp nhận được kế hoạch cho công đoàn ngành của mình"));
    cases.add(refused("directive: duplicate number", START, directive(Map.of("directiveNumber", "REGISTERED")),
        "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number typed in decomposed Unicode (NFD)", START,
        directive(Map.of("directiveNumber", "REGISTERED-NFD")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number with surrounding spaces", START,
        directive(Map.of("directiveNumber", "REGISTERED-SPACES")), "đã được tiếp nhận."));

    // the implementing plan (office)
    cases.add(refused("plan: every field empty", "Task_DraftImplementingPlan", Map.of("planSubject", "", "planPurpose", "",
        "planActivities", "", "planOrganisation", ""), "Vui lòng nhập trích yếu."));
    cases.add(refused("plan: subject too long", "Task_DraftImplementingPlan", plan(Map.of("planSubject", "a".repeat(501))),
        "Trích yếu dài quá 500 ký tự."));
    cases.add(refused("plan: activities too long", "Task_DraftImplementingPlan", plan(Map.of("planActivities", TOO_LONG_4001)),
        "Nội dung hoạt động dài quá 4000 ký tự."));
    cases.add(refused("plan: only whitespace and line breaks", "Task_DraftImplementingPlan",
        plan(Map.of("planPurpose", " \n\t \u00a0 ")), "Vui lòng nhập mục đích, yêu cầu."));

    // the chair's approval
    cases.add(refused("approval: no decision", "Task_ApprovePlan", Map.of(), "Vui lòng chọn duyệt hoặc trả lại kế hoạch."));
    cases.add(refused("approval: decision not yes or no", "Task_ApprovePlan", Map.of("planApproved", "có lẽ"),
        "Vui lòng chọn duyệt hoặc trả lại kế hoạch."));
    cases.add(refused("approval: returned without a reason", "Task_ApprovePlan", Map.of("planApproved", false),
        "Vui lòng nhập lý do trả lại kế hoạch."));
    cases.add(refused("approval: reason too long", "Task_ApprovePlan", Map.of("planApproved", false,
        "planReturnReason", "x".repeat(2001)), "Lý do trả lại dài quá 2000 ký tự."));

    // the grassroots union's sub-plan
    cases.add(refused("sub-plan: content empty", "Task_DraftSubPlan", subPlan(Map.of("subPlanContent", "")),
        "Vui lòng nhập nội dung kế hoạch."));
    cases.add(refused("sub-plan: date missing", "Task_DraftSubPlan", subPlan(Map.of("subPlanIssuedOn", "")),
        "Vui lòng nhập ngày ban hành kế hoạch."));
    cases.add(refused("sub-plan: date not a date", "Task_DraftSubPlan", subPlan(Map.of("subPlanIssuedOn", "hôm qua")),
        "Ngày ban hành kế hoạch không đúng định dạng ngày"));
    cases.add(refused("sub-plan: dated before the sector's plan", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2023-05-01")), "Ngày ban hành không được trước ngày ban hành kế hoạch của ngành."));
    cases.add(refused("sub-plan: number too long", "Task_DraftSubPlan", subPlan(Map.of("subPlanNumber", "9".repeat(51))),
        "Số, ký hiệu kế hoạch dài quá 50 ký tự."));
    cases.add(refused("sub-plan: number already used by the unit this year", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "USED")), "đã được dùng cho một kế hoạch khác của CĐCS trong năm 2023."));
    cases.add(refused("sub-plan: content too long", "Task_DraftSubPlan", subPlan(Map.of("subPlanContent", TOO_LONG_4001)),
        "Nội dung kế hoạch dài quá 4000 ký tự."));

    // the activity report
    cases.add(refused("report: counts missing", "Task_ReportActivities", Map.of("activitySummary", "Đã làm."),
        "Vui lòng nhập số buổi tuyên truyền."));
    cases.add(refused("report: negative count", "Task_ReportActivities", report(Map.of("participants", -5)),
        "Số lượt người tham gia phải từ 0 đến 1000000."));
    cases.add(refused("report: count not whole", "Task_ReportActivities", report(Map.of("articles", 2.5)),
        "Số tin, bài viết phải là số nguyên."));
    cases.add(refused("report: count as text", "Task_ReportActivities", report(Map.of("initiatives", "hai")),
        "Số sáng kiến, cải tiến phải là số nguyên."));
    cases.add(refused("report: count absurdly large", "Task_ReportActivities", report(Map.of("participants", 1_000_000_001L)),
        "Số lượt người tham gia phải từ 0 đến 1000000."));
    cases.add(refused("report: summary too long", "Task_ReportActivities", report(Map.of("activitySummary", TOO_LONG_4001)),
        "Kết quả thực hiện dài quá 4000 ký tự."));

    // the nominations (embedded form, a JSON list)
    cases.add(refused("nominations: nothing submitted", "Task_NominateExemplars", Map.of(), "Chưa nhận được danh sách đề xuất"));
    cases.add(refused("nominations: malformed JSON", "Task_NominateExemplars", Map.of("nominationsJson", "[{\"kind\":"),
        "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: an object, not a list", "Task_NominateExemplars", Map.of("nominationsJson", "{\"name\":\"A\"}"),
        "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: more than the maximum", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations(names(NominationListReader.MAX_NOMINATIONS + 1))),
        "Mỗi CĐCS đề xuất tối đa 50 điển hình."));
    cases.add(refused("nominations: a row without a name", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations("Lê Văn Bình", "").replace("\"name\":\"\"", "\"name\":null")),
        "Đề xuất thứ 2: vui lòng nhập tên tập thể."));
    cases.add(refused("nominations: unknown movement", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations("Lê Văn Bình").replace("lao-dong-gioi-sang-tao", "khong-co")),
        "Đề xuất thứ 1: vui lòng chọn phong trào thi đua trong danh mục."));
    cases.add(refused("nominations: unknown recognition", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations("Lê Văn Bình").replace("GIAY_KHEN_NGANH", "HUAN_CHUONG_VANG")),
        "Đề xuất thứ 1: vui lòng chọn hình thức khen thưởng đề nghị."));
    cases.add(refused("nominations: name too long", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations("Ă".repeat(201))), "Đề xuất thứ 1: họ và tên dài quá 200 ký tự."));
    cases.add(refused("nominations: a null row", "Task_NominateExemplars", Map.of("nominationsJson", "[null]"),
        "Đề xuất thứ 1: vui lòng chọn cá nhân hay tập thể."));
    cases.add(refused("nominations: HTML in a refused row is refused with it", "Task_NominateExemplars",
        Map.of("nominationsJson", CascadeScenario.nominations("<script>alert('x')</script>").replace("Khoa Nội", "")),
        "Đề xuất thứ 1: vui lòng nhập đơn vị công tác."));

    // the sector's review of nominations
    cases.add(refused("review: nothing submitted", "Task_ReviewNominations", Map.of(), "Chưa nhận được kết quả xét duyệt."));
    cases.add(refused("review: malformed JSON", "Task_ReviewNominations", Map.of("reviewDecisionsJson", "[{"),
        "Kết quả xét duyệt không đúng định dạng."));
    cases.add(refused("review: no decision for the nominations", "Task_ReviewNominations", Map.of("reviewDecisionsJson", "[]"),
        "vui lòng chọn chấp nhận hoặc không chấp nhận."));
    cases.add(refused("review: a nomination of another unit", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", "[{\"id\":999999,\"accepted\":true}]"), "Có quyết định cho đề xuất không thuộc CĐCS này."));
    cases.add(refused("review: rejection without a reason", "Task_ReviewNominations", Map.of("reviewDecisionsJson", "REJECT-ALL"),
        "vui lòng nhập lý do không chấp nhận."));

    // the office's decision about late units (engine time 14/5, the deadline was 13/5)
    cases.add(refused("late units: no decision", "Task_HandleLateUnits", Map.of(), "Vui lòng chọn gia hạn hoặc kết thúc thu thập."));
    cases.add(refused("late units: unknown decision", "Task_HandleLateUnits", Map.of("lateDecision", "WAIT"),
        "Vui lòng chọn gia hạn hoặc kết thúc thu thập."));
    cases.add(refused("late units: extension without units", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[]}"), "Vui lòng chọn ít nhất một CĐCS được gia hạn."));
    cases.add(refused("late units: new deadline in the past", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-05-10\",\"units\":[\"cdcs-cdc\"]}"), "Hạn mới phải sau ngày hôm nay."));
    cases.add(refused("late units: new deadline years ahead", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2203-05-20\",\"units\":[\"cdcs-cdc\"]}"), "tối đa 180 ngày"));
    cases.add(refused("late units: a unit outside the cascade", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[\"cdcs-khong-co\"]}"), "không nằm trong danh sách quá hạn."));
    cases.add(refused("late units: malformed date", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"20/05/2023\",\"units\":[\"cdcs-cdc\"]}"), "Thông tin gia hạn không đúng định dạng."));

    // the results report and its signature
    cases.add(refused("report draft: assessment empty", "Task_CompileReport", Map.of("reportAssessment", "",
        "reportShortcomings", "Không có."), "Vui lòng nhập đánh giá chung."));
    cases.add(refused("report draft: proposals too long", "Task_CompileReport", Map.of("reportAssessment", "Tốt.",
        "reportShortcomings", "Không có.", "reportProposals", TOO_LONG_4001), "Kiến nghị, đề xuất dài quá 4000 ký tự."));
    cases.add(refused("signature: no decision", "Task_SignReport", Map.of(), "Vui lòng chọn ký duyệt hoặc trả lại báo cáo."));
    cases.add(refused("signature: returned without a reason", "Task_SignReport", Map.of("reportApproved", "false"),
        "Vui lòng nhập lý do trả lại báo cáo."));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefused_andNothingIsStored(String name, String station, Map<String, Object> form, String message) {
    Map<String, Object> submitted = resolve(station, form);
    Map<String, List<Map<String, Object>>> before = DatabaseSnapshot.take(jdbc);

    assertThatThrownBy(() -> submit(station, submitted))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "\tat ", "null"));

    assertThat(DatabaseSnapshot.take(jdbc)).as("nothing stored").isEqualTo(before);
    if (!station.equals(START)) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(stations.get(station)).count()).as("task still open").isOne();
    }
  }

  private void submit(String station, Map<String, Object> form) {
    if (station.equals(START)) {
      scenario.startDirective(form);
    } else {
      engine.getFormService().submitTaskForm(stations.get(station), form);
    }
  }

  /** Fills in what a case can only name: the registered number, the unit's used sub-plan number, the nominations. */
  private Map<String, Object> resolve(String station, Map<String, Object> form) {
    Map<String, Object> values = new HashMap<>(form);
    values.computeIfPresent("directiveNumber", (k, v) -> switch (v.toString()) {
      case "REGISTERED" -> registeredNumber;
      case "REGISTERED-NFD" -> Normalizer.normalize(registeredNumber, Normalizer.Form.NFD);
      case "REGISTERED-SPACES" -> "  " + registeredNumber + " ";
      default -> v;
    });
    values.computeIfPresent("subPlanNumber", (k, v) -> "USED".equals(v) ? usedSubPlanNumber : v);
    if ("REJECT-ALL".equals(values.get("reviewDecisionsJson"))) {
      List<Long> ids = jdbc.queryForList("select n.id from nomination n join unit_assignment a on a.id = n.assignment_id "
          + "where a.process_instance_id = (select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?)", Long.class, stations.get(station));
      assertThat(ids).hasSize(2);
      values.put("reviewDecisionsJson", "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":false,\"reason\":\"  \"}]"
          .formatted(ids.get(0), ids.get(1)));
    }
    return values;
  }

  private ProcessInstance distributed(Map<String, Object> directive) {
    ProcessInstance sector = scenario.startDirective(directive);
    scenario.draftPlan(sector);
    scenario.decidePlan(sector, true, null);
    scenario.distribute(sector);
    return sector;
  }

  private String taskOf(ProcessInstance pi, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key + " reached").isNotNull();
    return task.getId();
  }

  private void complete(ProcessInstance pi, String key, Map<String, Object> form) {
    engine.getFormService().submitTaskForm(taskOf(pi, key), form);
  }

  private static Arguments refused(String name, String station, Map<String, Object> form, String message) {
    return Arguments.of(name, station, form, message);
  }

  /** A valid directive form with some fields replaced. */
  private static Map<String, Object> directive(Map<String, Object> changes) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("sectorCode", CascadeScenario.SECTOR);
    form.put("directiveNumber", "777/KH-LĐLĐ");
    form.put("directiveIssuedOn", "2023-05-11");
    form.put("directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình");
    form.put("directiveSubject", "Tổ chức Tháng Công nhân năm 2023");
    form.put("directiveDeadline", "2023-05-30");
    form.putAll(changes);
    return form;
  }

  private static Map<String, Object> plan(Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>(Map.of("planSubject", "Tổ chức Tháng Công nhân", "planPurpose", "Nâng cao nhận thức.",
        "planActivities", "Tuyên truyền.", "planOrganisation", "Các CĐCS thực hiện."));
    form.putAll(changes);
    return form;
  }

  private static Map<String, Object> subPlan(Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>(Map.of("subPlanNumber", "12/KH-CĐCS", "subPlanIssuedOn", "2023-05-13",
        "subPlanContent", "Tuyên truyền tại các khoa."));
    form.putAll(changes);
    return form;
  }

  private static Map<String, Object> report(Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>(Map.of("propagandaSessions", 3, "participants", 120, "articles", 2,
        "initiatives", 1, "activitySummary", "Đã tổ chức tuyên truyền."));
    form.putAll(changes);
    return form;
  }

  private static String[] names(int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = "Người thứ " + (i + 1);
    }
    return names;
  }
}
