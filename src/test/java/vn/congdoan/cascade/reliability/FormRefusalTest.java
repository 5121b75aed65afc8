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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
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
  /** Not a variable: the business key the start is requested with. */
  static final String BUSINESS_KEY = "@businessKey";

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
    cases.add(refused("directive: date with a two-digit year", START, directive(Map.of("directiveIssuedOn", "11/05/23")),
        "Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026. Đã nhập: 11/05/23."));
    cases.add(refused("directive: date typed without separators (was the year 22026)", START,
        directive(Map.of("directiveDeadline", "20122026")),
        "Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026. Đã nhập: 20122026."));
    cases.add(refused("directive: a day that is not on the calendar", START, directive(Map.of("directiveDeadline", "31/02/2024")),
        "Hạn hoàn thành của CĐCS 31/02/2024 không có trên lịch"));
    cases.add(refused("directive: date of the wrong type", START, directive(Map.of("directiveDeadline", 20230530)),
        "Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
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
        "Chỉ cán bộ của một công đoàn có đơn vị trực thuộc"));
    cases.add(refused("directive: a grassroots union as sector", START, directive(Map.of("sectorCode", "cdcs-bvdk-tinh")),
        "Chỉ cán bộ của một công đoàn có đơn vị trực thuộc"));
    cases.add(refused("directive: an officer names a sector not their own", START,
        directive(Map.of("initiator", "bvdk.chutich")), "Cán bộ chỉ tiếp nhận được kế hoạch cho công đoàn của mình"));
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
        "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("sub-plan: dated before the sector's plan", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2023-05-01")), "Ngày ban hành không được trước ngày ban hành kế hoạch của cấp trên."));
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
        "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[]}"), "Vui lòng chọn ít nhất một đơn vị được gia hạn."));
    cases.add(refused("late units: new deadline in the past", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-05-10\",\"units\":[\"cdcs-cdc\"]}"), "Hạn mới phải sau ngày hôm nay."));
    cases.add(refused("late units: new deadline years ahead", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2203-05-20\",\"units\":[\"cdcs-cdc\"]}"), "tối đa 180 ngày"));
    cases.add(refused("late units: a unit outside the cascade", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[\"cdcs-khong-co\"]}"), "không nằm trong danh sách quá hạn."));
    // a date written day first ("20/05/2023") is read as such, not refused; digits without separators are no date
    cases.add(refused("late units: malformed date", "Task_HandleLateUnits", Map.of("lateDecision", "EXTEND",
        "extensionsJson", "{\"newDeadline\":\"20052023\",\"units\":[\"cdcs-cdc\"]}"),
        "Hạn mới phải là một ngày có trên lịch, theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));

    // the results report and its signature
    cases.add(refused("report draft: assessment empty", "Task_CompileReport", Map.of("reportAssessment", "",
        "reportShortcomings", "Không có."), "Vui lòng nhập đánh giá chung."));
    cases.add(refused("report draft: proposals too long", "Task_CompileReport", Map.of("reportAssessment", "Tốt.",
        "reportShortcomings", "Không có.", "reportProposals", TOO_LONG_4001), "Kiến nghị, đề xuất dài quá 4000 ký tự."));
    cases.add(refused("signature: no decision", "Task_SignReport", Map.of(), "Vui lòng chọn ký duyệt hoặc trả lại báo cáo."));
    cases.add(refused("signature: returned without a reason", "Task_SignReport", Map.of("reportApproved", "false"),
        "Vui lòng nhập lý do trả lại báo cáo."));

    cases.addAll(hostileInputs());
    return cases.stream();
  }

  /**
   * The attacker's run (issue 13): identifiers disguised with invisible characters, other scripts and
   * compatibility forms; bidi controls in every kind of text field; values of the wrong engine type
   * (Boolean, Bytes, Json, a Java-serialized or JSON Object, numbers, dates); JSON nested 5,000 deep;
   * texts typed decomposed that are too long only once composed; impossible and far-off dates.
   */
  static List<Arguments> hostileInputs() {
    List<Arguments> cases = new ArrayList<>();
    String bidi = "có ký tự điều khiển chiều viết";
    String notText = "phải là văn bản";
    String javaObject = "đối tượng Java";
    String cyrillic = "chữ cái Kirin hoặc Hy Lạp";

    // the directive (start form)
    cases.add(refused("directive: number made only of zero-width joiners", START,
        directive(Map.of("directiveNumber", "\u200d\u200d\u200d")), "Vui lòng nhập số, ký hiệu văn bản."));
    cases.add(refused("directive: number of word joiner, soft hyphen and BOM only", START,
        directive(Map.of("directiveNumber", "\u2060\u00ad\ufeff \u00a0")), "Vui lòng nhập số, ký hiệu văn bản."));
    cases.add(refused("directive: duplicate number with U+200C inside", START,
        directive(Map.of("directiveNumber", "registered:\u200c")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number with a word joiner U+2060 inside", START,
        directive(Map.of("directiveNumber", "registered:\u2060")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number with a soft hyphen inside", START,
        directive(Map.of("directiveNumber", "registered:\u00ad")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number with a zero-width joiner inside", START,
        directive(Map.of("directiveNumber", "registered:\u200d")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number in full-width digits", START,
        directive(Map.of("directiveNumber", "registered:fullwidth")), "đã được tiếp nhận."));
    cases.add(refused("directive: duplicate number with an en dash for the hyphen", START,
        directive(Map.of("directiveNumber", "registered:endash")), "đã được tiếp nhận."));
    cases.add(refused("directive: Cyrillic К in КH-LĐLĐ", START,
        directive(Map.of("directiveNumber", "registered:cyrillic")), cyrillic));
    cases.add(refused("directive: Greek Κ in the number", START,
        directive(Map.of("directiveNumber", "291/ΚH-LĐLĐ")), cyrillic));
    cases.add(refused("directive: issuer with a Cyrillic letter", START,
        directive(Map.of("directiveIssuer", "Liên đoàn Lao động tỉnh Тhái Bình")), cyrillic));
    cases.add(refused("directive: duplicate with a zero-width joiner inside the issuer", START,
        directive(Map.of("directiveNumber", "REGISTERED", "directiveIssuer", "Liên đoàn Lao\u200d động tỉnh Thái Bình")),
        "đã được tiếp nhận."));
    cases.add(refused("directive: markup in the number", START,
        directive(Map.of("directiveNumber", "<b>291</b>/KH-LĐLĐ")), "chỉ được gồm chữ cái"));
    cases.add(refused("directive: Arabic-Indic digits in the number", START,
        directive(Map.of("directiveNumber", "\u0662\u0669\u0661/KH-LĐLĐ")), "chỉ được gồm chữ cái"));
    cases.add(refused("directive: right-to-left override in the number", START,
        directive(Map.of("directiveNumber", "291/KH-\u202eĐLĐL")), "Số, ký hiệu văn bản " + bidi));
    cases.add(refused("directive: right-to-left override in the subject", START,
        directive(Map.of("directiveSubject", "Tổ chức \u202eTháng Công nhân")), "Trích yếu " + bidi));
    cases.add(refused("directive: left-to-right isolate in the issuer", START,
        directive(Map.of("directiveIssuer", "\u2066Liên đoàn Lao động\u2069")), "Cơ quan ban hành " + bidi));
    cases.add(refused("directive: right-to-left mark in the subject", START,
        directive(Map.of("directiveSubject", "Tháng Công nhân\u200f")), "Trích yếu " + bidi));
    cases.add(refused("directive: Arabic letter mark in the number", START,
        directive(Map.of("directiveNumber", "291\u061c/KH-LĐLĐ")), "Số, ký hiệu văn bản " + bidi));
    cases.add(refused("directive: pop directional formatting in the reminder days", START,
        directive(Map.of("directiveReminderDays", "7, 3\u202c, 1")), "Lịch nhắc hạn " + bidi));
    cases.add(refused("directive: number sent as a Boolean", START,
        directive(Map.of("directiveNumber", Variables.booleanValue(true))), "Số, ký hiệu văn bản " + notText));
    cases.add(refused("directive: number sent as an Integer", START,
        directive(Map.of("directiveNumber", 291)), "Số, ký hiệu văn bản " + notText));
    cases.add(refused("directive: subject sent as Bytes", START,
        directive(Map.of("directiveSubject", bytes())), "Trích yếu " + notText));
    cases.add(refused("directive: subject sent as Json", START,
        directive(Map.of("directiveSubject", json("{\"a\":1}"))), "Trích yếu " + notText));
    cases.add(refused("directive: subject sent as a JSON-serialized Object", START,
        directive(Map.of("directiveSubject", jsonObject())), "Trích yếu " + notText));
    cases.add(refused("directive: subject sent as a Java-serialized Object", START,
        directive(Map.of("directiveSubject", javaSerialized())), javaObject));
    cases.add(refused("directive: subject as Json nested 5,000 deep", START,
        directive(Map.of("directiveSubject", json(deepJson(5000)))), "Trích yếu " + notText));
    cases.add(refused("directive: impossible date 30 February", START,
        directive(Map.of("directiveIssuedOn", "2023-02-30")), "Ngày ban hành 2023-02-30 không có trên lịch"));
    cases.add(refused("directive: a date with trailing garbage", START,
        directive(Map.of("directiveIssuedOn", "2023-05-11<script>")), "Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("directive: a date with an impossible time", START,
        directive(Map.of("directiveDeadline", "2023-05-30T25:61:00")), "Hạn hoàn thành của CĐCS 2023-05-30T25:61:00 không có trên lịch"));
    cases.add(refused("directive: a date sent as a Boolean", START,
        directive(Map.of("directiveIssuedOn", true)), "Ngày ban hành phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("directive: a date sent as a Double", START,
        directive(Map.of("directiveDeadline", 2.5)), "Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("directive: a date sent as Bytes", START,
        directive(Map.of("directiveDeadline", bytes())), "Hạn hoàn thành của CĐCS phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("directive: issued in 1900 (deadline more than two years later)", START,
        directive(Map.of("directiveIssuedOn", "1900-01-01")), "quá 2 năm sau ngày ban hành"));
    cases.add(refused("directive: a business key of 10,000 characters", START,
        directive(Map.of(BUSINESS_KEY, "k".repeat(10_000))), "dài quá 255 ký tự"));
    cases.add(refused("directive: subject of 501 letters typed decomposed", START,
        directive(Map.of("directiveSubject", nfd("Ế", 501))), "Trích yếu dài quá 500 ký tự."));
    cases.add(refused("directive: subject of invisible characters only", START,
        directive(Map.of("directiveSubject", "\u200d\u2060\u200b")), "Vui lòng nhập trích yếu."));

    // the implementing plan
    cases.add(refused("plan: right-to-left override in the purpose", "Task_DraftImplementingPlan",
        plan(Map.of("planPurpose", "Nâng cao \u202enhận thức")), "Mục đích, yêu cầu " + bidi));
    cases.add(refused("plan: left-to-right override in the subject", "Task_DraftImplementingPlan",
        plan(Map.of("planSubject", "\u202dKế hoạch")), "Trích yếu " + bidi));
    cases.add(refused("plan: subject sent as a Boolean", "Task_DraftImplementingPlan",
        plan(Map.of("planSubject", true)), "Trích yếu " + notText));
    cases.add(refused("plan: subject sent as an Integer", "Task_DraftImplementingPlan",
        plan(Map.of("planSubject", 2023)), "Trích yếu " + notText));
    cases.add(refused("plan: activities sent as Bytes", "Task_DraftImplementingPlan",
        plan(Map.of("planActivities", bytes())), "Nội dung hoạt động " + notText));
    cases.add(refused("plan: organisation sent as Json", "Task_DraftImplementingPlan",
        plan(Map.of("planOrganisation", json("[\"Các CĐCS\"]"))), "Tổ chức thực hiện " + notText));
    cases.add(refused("plan: purpose sent as a Java-serialized Object", "Task_DraftImplementingPlan",
        plan(Map.of("planPurpose", javaSerialized())), javaObject));
    cases.add(refused("plan: 4,001 letters typed decomposed", "Task_DraftImplementingPlan",
        plan(Map.of("planActivities", nfd("Ế", FormInput.MAX_TEXT + 1))), "Nội dung hoạt động dài quá 4000 ký tự."));
    cases.add(refused("plan: purpose of invisible characters only", "Task_DraftImplementingPlan",
        plan(Map.of("planPurpose", "\u200d\u2060\u00ad\u200b")), "Vui lòng nhập mục đích, yêu cầu."));
    cases.add(refused("plan: organisation missing", "Task_DraftImplementingPlan",
        Map.of("planSubject", "Kế hoạch", "planPurpose", "Mục đích.", "planActivities", "Hoạt động."),
        "Vui lòng nhập tổ chức thực hiện."));

    // the chair's approval
    cases.add(refused("approval: decision sent as the Integer 1", "Task_ApprovePlan", Map.of("planApproved", 1),
        "Vui lòng chọn duyệt hoặc trả lại kế hoạch."));
    cases.add(refused("approval: decision sent as Bytes", "Task_ApprovePlan", Map.of("planApproved", bytes()),
        "Vui lòng chọn duyệt hoặc trả lại kế hoạch."));
    cases.add(refused("approval: decision sent as Json true", "Task_ApprovePlan", Map.of("planApproved", json("true")),
        "Vui lòng chọn duyệt hoặc trả lại kế hoạch."));
    cases.add(refused("approval: decision sent as a Java-serialized Object", "Task_ApprovePlan",
        Map.of("planApproved", javaSerialized()), javaObject));
    cases.add(refused("approval: reason with a right-to-left override", "Task_ApprovePlan",
        Map.of("planApproved", false, "planReturnReason", "Cần \u202ebổ sung"), "Lý do trả lại " + bidi));
    cases.add(refused("approval: reason sent as a Boolean", "Task_ApprovePlan",
        Map.of("planApproved", false, "planReturnReason", true), "Lý do trả lại " + notText));
    cases.add(refused("approval: reason of invisible characters only", "Task_ApprovePlan",
        Map.of("planApproved", false, "planReturnReason", "\u200d\u2060"), "Vui lòng nhập lý do trả lại kế hoạch."));
    cases.add(refused("approval: reason of 2,001 letters typed decomposed", "Task_ApprovePlan",
        Map.of("planApproved", false, "planReturnReason", nfd("Ố", 2001)), "Lý do trả lại dài quá 2000 ký tự."));

    // the sub-plan
    cases.add(refused("sub-plan: number made only of zero-width joiners", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "\u200d\u200d")), "ký tự vô hình"));
    cases.add(refused("sub-plan: duplicate number with U+200C inside", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "used:\u200c")), "đã được dùng cho một kế hoạch khác"));
    cases.add(refused("sub-plan: duplicate number with a word joiner inside", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "used:\u2060")), "đã được dùng cho một kế hoạch khác"));
    cases.add(refused("sub-plan: duplicate number with a soft hyphen inside", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "used:\u00ad")), "đã được dùng cho một kế hoạch khác"));
    cases.add(refused("sub-plan: duplicate number in full-width digits", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "used:fullwidth")), "đã được dùng cho một kế hoạch khác"));
    cases.add(refused("sub-plan: duplicate number typed decomposed (NFD)", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "used:nfd")), "đã được dùng cho một kế hoạch khác"));
    cases.add(refused("sub-plan: Cyrillic С in CĐCS", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "99/KH-СĐCS")), cyrillic));
    cases.add(refused("sub-plan: markup in the number", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "<i>12</i>")), "chỉ được gồm chữ cái"));
    cases.add(refused("sub-plan: number sent as a Boolean (stored \"Kế hoạch số true\")", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", true)), "Số, ký hiệu kế hoạch " + notText));
    cases.add(refused("sub-plan: number sent as an Integer", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", 12)), "Số, ký hiệu kế hoạch " + notText));
    cases.add(refused("sub-plan: content sent as Bytes (stored [B@…)", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", bytes())), "Nội dung kế hoạch " + notText));
    cases.add(refused("sub-plan: content sent as Json", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", json("{\"text\":\"Kế hoạch\"}"))), "Nội dung kế hoạch " + notText));
    cases.add(refused("sub-plan: content sent as a JSON-serialized Object", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", jsonObject())), "Nội dung kế hoạch " + notText));
    cases.add(refused("sub-plan: content sent as a Java-serialized Object", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", javaSerialized())), javaObject));
    cases.add(refused("sub-plan: content sent as a Date", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", new java.util.Date(0))), "Nội dung kế hoạch " + notText));
    cases.add(refused("sub-plan: right-to-left override in the content", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", "Tuyên truyền \u202etại các khoa")), "Nội dung kế hoạch " + bidi));
    cases.add(refused("sub-plan: right-to-left isolate in the number", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanNumber", "12/KH-\u2067CĐCS")), "Số, ký hiệu kế hoạch " + bidi));
    cases.add(refused("sub-plan: 4,001 letters typed decomposed", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", nfd("Ế", FormInput.MAX_TEXT + 1))), "Nội dung kế hoạch dài quá 4000 ký tự."));
    cases.add(refused("sub-plan: 4,001 characters as 2,001 emoji (surrogate pairs)", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanContent", "\ud83d\ude00".repeat(2001))), "Nội dung kế hoạch dài quá 4000 ký tự."));
    cases.add(refused("sub-plan: impossible date 29 February 2023", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2023-02-29")), "Ngày ban hành kế hoạch 2023-02-29 không có trên lịch"));
    cases.add(refused("sub-plan: month 13", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2023-13-01")), "Ngày ban hành kế hoạch 2023-13-01 không có trên lịch"));
    cases.add(refused("sub-plan: a date with trailing text", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2023-05-13 hôm nay")), "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("sub-plan: date sent as a Long (epoch milliseconds)", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", 1_683_936_000_000L)), "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("sub-plan: date sent as a Boolean", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", false)), "Ngày ban hành kế hoạch phải theo dạng ngày/tháng/năm, ví dụ 05/12/2026."));
    cases.add(refused("sub-plan: dated after today (engine time 14/5/2023)", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "15/05/2023")), "Ngày ban hành kế hoạch 15/05/2023 chưa đến"));
    cases.add(refused("sub-plan: day and month that only read one way", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "13/14/2023")), "Ngày ban hành kế hoạch 13/14/2023 không có trên lịch"));
    cases.add(refused("sub-plan: dated two centuries ahead", "Task_DraftSubPlan",
        subPlan(Map.of("subPlanIssuedOn", "2230-05-13")), "vui lòng kiểm tra lại năm"));

    // the activity report
    cases.add(refused("report: a count sent as the text 2.5", "Task_ReportActivities", report(Map.of("participants", "2.5")),
        "Số lượt người tham gia phải là số nguyên."));
    cases.add(refused("report: a count in scientific notation", "Task_ReportActivities", report(Map.of("participants", "1e3")),
        "Số lượt người tham gia phải là số nguyên."));
    cases.add(refused("report: a count sent as a Boolean", "Task_ReportActivities", report(Map.of("articles", true)),
        "Số tin, bài viết phải là số nguyên."));
    cases.add(refused("report: a count sent as Bytes", "Task_ReportActivities", report(Map.of("initiatives", bytes())),
        "Số sáng kiến, cải tiến phải là số nguyên."));
    cases.add(refused("report: a count sent as Json", "Task_ReportActivities", report(Map.of("propagandaSessions", json("3"))),
        "Số buổi tuyên truyền phải là số nguyên."));
    cases.add(refused("report: a count sent as a Date", "Task_ReportActivities",
        report(Map.of("propagandaSessions", new java.util.Date(0))), "Số buổi tuyên truyền phải là số nguyên."));
    cases.add(refused("report: a count sent as a Java-serialized Object", "Task_ReportActivities",
        report(Map.of("participants", javaSerialized())), javaObject));
    cases.add(refused("report: a count that is not a number (NaN)", "Task_ReportActivities",
        report(Map.of("articles", Double.NaN)), "Số tin, bài viết phải là số nguyên."));
    cases.add(refused("report: a count beyond a Long", "Task_ReportActivities",
        report(Map.of("participants", "99999999999999999999")), "Số lượt người tham gia phải từ 0 đến 1000000."));
    cases.add(refused("report: right-to-left override in the summary", "Task_ReportActivities",
        report(Map.of("activitySummary", "Đã \u202etổ chức")), "Kết quả thực hiện " + bidi));
    cases.add(refused("report: summary sent as a Boolean", "Task_ReportActivities",
        report(Map.of("activitySummary", false)), "Kết quả thực hiện " + notText));
    cases.add(refused("report: summary of 4,001 letters typed decomposed", "Task_ReportActivities",
        report(Map.of("activitySummary", nfd("Ữ", FormInput.MAX_TEXT + 1))), "Kết quả thực hiện dài quá 4000 ký tự."));
    cases.add(refused("report: summary of invisible characters only", "Task_ReportActivities",
        report(Map.of("activitySummary", "\u200d \u2060")), "Vui lòng nhập kết quả thực hiện."));

    // the nominations
    cases.add(refused("nominations: Json nested 5,000 deep", "Task_NominateExemplars",
        Map.of("nominationsJson", json(deepJson(5000))), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: a String nested 5,000 deep", "Task_NominateExemplars",
        Map.of("nominationsJson", deepJson(5000)), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: a row nested 25 deep", "Task_NominateExemplars",
        Map.of("nominationsJson", json("[{\"name\":" + deepJson(25) + "}]")), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: sent as Bytes", "Task_NominateExemplars",
        Map.of("nominationsJson", bytes()), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: sent as a Boolean", "Task_NominateExemplars",
        Map.of("nominationsJson", true), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: sent as a JSON-serialized Object", "Task_NominateExemplars",
        Map.of("nominationsJson", jsonObject()), "Danh sách đề xuất không đúng định dạng."));
    cases.add(refused("nominations: sent as a Java-serialized Object", "Task_NominateExemplars",
        Map.of("nominationsJson", javaSerialized()), javaObject));
    cases.add(refused("nominations: right-to-left override in a name", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("Nguyễn \u202eVăn An"))), "Đề xuất thứ 1: họ và tên " + bidi));
    cases.add(refused("nominations: left-to-right isolate in a workplace", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("Lê Văn Bình").replace("Khoa Nội", "\u2066Khoa Nội\u2069"))),
        "Đề xuất thứ 1: đơn vị công tác " + bidi));
    cases.add(refused("nominations: a name sent as true", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("X").replace("\"X\"", "true"))), "Đề xuất thứ 1: họ và tên " + notText));
    cases.add(refused("nominations: a name sent as a number", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("X").replace("\"X\"", "42"))), "Đề xuất thứ 1: họ và tên " + notText));
    cases.add(refused("nominations: an achievement sent as an object", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("Lê Văn Bình")
            .replaceFirst("\"achievement\":\"[^\"]*\"", "\"achievement\":{\"a\":1}"))), "Đề xuất thứ 1: thành tích " + notText));
    cases.add(refused("nominations: an achievement of 4,001 letters typed decomposed", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("Lê Văn Bình")
            .replaceFirst("\"achievement\":\"[^\"]*\"", "\"achievement\":\"" + nfd("Ế", 4001) + "\""))),
        "Đề xuất thứ 1: thành tích dài quá 4000 ký tự."));
    cases.add(refused("nominations: a name of invisible characters only", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("\u200d\u2060"))), "Đề xuất thứ 1: vui lòng nhập họ và tên."));
    cases.add(refused("nominations: a kind sent as a number", "Task_NominateExemplars",
        Map.of("nominationsJson", json(CascadeScenario.nominations("Lê Văn Bình").replace("\"INDIVIDUAL\"", "1"))),
        "Đề xuất thứ 1: vui lòng chọn cá nhân hay tập thể."));

    // the review of nominations
    cases.add(refused("review: Json nested 5,000 deep", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", json(deepJson(5000))), "Kết quả xét duyệt không đúng định dạng."));
    cases.add(refused("review: sent as Bytes", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", bytes()), "Kết quả xét duyệt không đúng định dạng."));
    cases.add(refused("review: sent as a Boolean", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", true), "Kết quả xét duyệt không đúng định dạng."));
    cases.add(refused("review: sent as a Java-serialized Object", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", javaSerialized()), javaObject));
    cases.add(refused("review: a reason with a right-to-left override", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", "REJECT-ALL:Không \u202eđủ tiêu chuẩn"), "lý do " + bidi));
    cases.add(refused("review: a reason of 2,001 letters typed decomposed", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", "REJECT-ALL:" + nfd("Ố", 2001)), "lý do dài quá 2000 ký tự."));
    cases.add(refused("review: a decision sent as the text true", "Task_ReviewNominations",
        Map.of("reviewDecisionsJson", "ACCEPT-AS-TEXT"), "vui lòng chọn chấp nhận hoặc không chấp nhận."));

    // the late units
    cases.add(refused("late units: Json nested 5,000 deep", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", json(deepJson(5000))), "Thông tin gia hạn không đúng định dạng."));
    cases.add(refused("late units: sent as Bytes", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", bytes()), "Thông tin gia hạn không đúng định dạng."));
    cases.add(refused("late units: a list instead of an object", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", json("[\"cdcs-cdc\"]")), "Thông tin gia hạn không đúng định dạng."));
    cases.add(refused("late units: impossible new deadline 30 February", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"newDeadline\":\"2024-02-30\",\"units\":[\"cdcs-cdc\"]}"),
        "Hạn mới phải là một ngày có trên lịch"));
    cases.add(refused("late units: new deadline 30 February written day first", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"newDeadline\":\"30/02/2024\",\"units\":[\"cdcs-cdc\"]}"),
        "Hạn mới phải là một ngày có trên lịch"));
    cases.add(refused("late units: units not a list", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":\"cdcs-cdc\"}"),
        "Vui lòng chọn đơn vị và hạn mới."));
    cases.add(refused("late units: decision sent as a Boolean", "Task_HandleLateUnits",
        Map.of("lateDecision", true), "Vui lòng chọn gia hạn hoặc kết thúc thu thập."));
    cases.add(refused("late units: decision sent as a Java-serialized Object", "Task_HandleLateUnits",
        Map.of("lateDecision", javaSerialized()), javaObject));
    cases.add(refused("late units: a unit code with a right-to-left override is not echoed", "Task_HandleLateUnits",
        Map.of("lateDecision", "EXTEND", "extensionsJson", "{\"newDeadline\":\"2023-05-20\",\"units\":[\"cdcs-\u202ecdc\"]}"),
        "Có đơn vị không nằm trong danh sách quá hạn."));

    // the results report and its signature
    cases.add(refused("report draft: right-to-left override in the assessment", "Task_CompileReport",
        Map.of("reportAssessment", "Hoàn \u202ethành.", "reportShortcomings", "Không có."), "Đánh giá chung " + bidi));
    cases.add(refused("report draft: shortcomings sent as Bytes", "Task_CompileReport",
        Map.of("reportAssessment", "Tốt.", "reportShortcomings", bytes()), "Tồn tại, hạn chế và nguyên nhân " + notText));
    cases.add(refused("report draft: proposals sent as a Boolean", "Task_CompileReport",
        Map.of("reportAssessment", "Tốt.", "reportShortcomings", "Không có.", "reportProposals", true),
        "Kiến nghị, đề xuất " + notText));
    cases.add(refused("report draft: assessment sent as Json nested 5,000 deep", "Task_CompileReport",
        Map.of("reportAssessment", json(deepJson(5000)), "reportShortcomings", "Không có."), "Đánh giá chung " + notText));
    cases.add(refused("report draft: assessment sent as a Java-serialized Object", "Task_CompileReport",
        Map.of("reportAssessment", javaSerialized(), "reportShortcomings", "Không có."), javaObject));
    cases.add(refused("report draft: assessment of 4,001 letters typed decomposed", "Task_CompileReport",
        Map.of("reportAssessment", nfd("Ế", FormInput.MAX_TEXT + 1), "reportShortcomings", "Không có."),
        "Đánh giá chung dài quá 4000 ký tự."));
    cases.add(refused("report draft: assessment of invisible characters only", "Task_CompileReport",
        Map.of("reportAssessment", "\u2060\u200d", "reportShortcomings", "Không có."), "Vui lòng nhập đánh giá chung."));
    cases.add(refused("report draft: shortcomings missing", "Task_CompileReport",
        Map.of("reportAssessment", "Tốt."), "Vui lòng nhập tồn tại, hạn chế và nguyên nhân."));
    cases.add(refused("signature: decision sent as the Integer 0", "Task_SignReport", Map.of("reportApproved", 0),
        "Vui lòng chọn ký duyệt hoặc trả lại báo cáo."));
    cases.add(refused("signature: decision sent as Bytes", "Task_SignReport", Map.of("reportApproved", bytes()),
        "Vui lòng chọn ký duyệt hoặc trả lại báo cáo."));
    cases.add(refused("signature: decision sent as a Java-serialized Object", "Task_SignReport",
        Map.of("reportApproved", javaSerialized()), javaObject));
    cases.add(refused("signature: reason with a right-to-left override", "Task_SignReport",
        Map.of("reportApproved", false, "reportReturnReason", "Cần \u202esửa"), "Lý do trả lại " + bidi));
    cases.add(refused("signature: reason too long", "Task_SignReport",
        Map.of("reportApproved", false, "reportReturnReason", "x".repeat(2001)), "Lý do trả lại dài quá 2000 ký tự."));
    cases.add(refused("signature: reason of invisible characters only", "Task_SignReport",
        Map.of("reportApproved", false, "reportReturnReason", "\u200d"), "Vui lòng nhập lý do trả lại báo cáo."));
    return cases;
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
      Map<String, Object> variables = new HashMap<>(form);
      Object businessKey = variables.remove(BUSINESS_KEY);
      engine.getRuntimeService().startProcessInstanceByKey("DirectiveCascadeProcess", (String) businessKey, variables);
    } else {
      engine.getFormService().submitTaskForm(stations.get(station), form);
    }
  }

  /** Fills in what a case can only name: the registered number, the unit's used sub-plan number, the nominations. */
  private Map<String, Object> resolve(String station, Map<String, Object> form) {
    Map<String, Object> values = new HashMap<>(form);
    values.computeIfPresent("directiveNumber", (k, v) -> !(v instanceof String text) ? v : switch (text) {
      case "REGISTERED" -> registeredNumber;
      case "REGISTERED-NFD" -> Normalizer.normalize(registeredNumber, Normalizer.Form.NFD);
      case "REGISTERED-SPACES" -> "  " + registeredNumber + " ";
      default -> text.startsWith("registered:") ? disguised(registeredNumber, text.substring("registered:".length())) : v;
    });
    values.computeIfPresent("subPlanNumber", (k, v) -> "USED".equals(v) ? usedSubPlanNumber
        : v instanceof String text && text.startsWith("used:") ? disguised(usedSubPlanNumber, text.substring("used:".length())) : v);
    Object review = values.get("reviewDecisionsJson");
    if (review instanceof String text && (text.startsWith("REJECT-ALL:") || text.equals("ACCEPT-AS-TEXT"))) {
      List<Long> ids = jdbc.queryForList("select n.id from nomination n join unit_assignment a on a.id = n.assignment_id "
          + "where a.process_instance_id = (select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?)", Long.class, stations.get(station));
      String reason = text.startsWith("REJECT-ALL:") ? text.substring("REJECT-ALL:".length()) : "";
      values.put("reviewDecisionsJson", text.equals("ACCEPT-AS-TEXT")
          ? "[{\"id\":%d,\"accepted\":\"true\"},{\"id\":%d,\"accepted\":true}]".formatted(ids.get(0), ids.get(1))
          : "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":false,\"reason\":\"%s\"}]".formatted(ids.get(0), ids.get(1), reason));
    }
    if ("REJECT-ALL".equals(values.get("reviewDecisionsJson"))) {
      List<Long> ids = jdbc.queryForList("select n.id from nomination n join unit_assignment a on a.id = n.assignment_id "
          + "where a.process_instance_id = (select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?)", Long.class, stations.get(station));
      assertThat(ids).hasSize(2);
      values.put("reviewDecisionsJson", "[{\"id\":%d,\"accepted\":true},{\"id\":%d,\"accepted\":false,\"reason\":\"  \"}]"
          .formatted(ids.get(0), ids.get(1)));
    }
    return values;
  }

  /**
   * An identifier that looks like (or, once normalised, is) the given one: an invisible character after
   * its first character, its digits in full width, an en dash for its hyphen, its K in Cyrillic, or typed
   * decomposed.
   */
  static String disguised(String number, String how) {
    return switch (how) {
      case "fullwidth" -> number.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '\uff10'))
          : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
      case "endash" -> number.replace('-', '\u2013');
      case "cyrillic" -> number.replace('K', '\u041a');
      case "nfd" -> Normalizer.normalize(number, Normalizer.Form.NFD);
      default -> number.charAt(0) + how + number.substring(1);
    };
  }

  /** {@code count} times the letter, typed decomposed (base letter and combining marks). */
  static String nfd(String letter, int count) {
    return Normalizer.normalize(letter, Normalizer.Form.NFD).repeat(count);
  }

  static String deepJson(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static Object bytes() {
    return Variables.byteArrayValue(new byte[] {1, 2, 3});
  }

  static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  /** What REST makes of {"type":"Object","valueInfo":{"serializationDataFormat":"application/x-java-serialized-object"}}. */
  static Object javaSerialized() {
    return Variables.serializedObjectValue("rO0ABXQABHRlc3Q=").serializationDataFormat(Variables.SerializationDataFormats.JAVA)
        .objectTypeName("java.lang.String").create();
  }

  static Object jsonObject() {
    return Variables.serializedObjectValue("\"Kế hoạch\"").serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .objectTypeName("java.lang.String").create();
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
