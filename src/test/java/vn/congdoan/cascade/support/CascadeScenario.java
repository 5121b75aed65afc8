package vn.congdoan.cascade.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;

/**
 * Drives the seed campaign (291/KH-LĐLĐ → 220/KH-CĐYT) through the engine's Java API the way the
 * forms would, with engine time set to May 2023. Each call to {@link #startDirective()} uses fresh
 * document numbers, so scenarios in one Spring context do not collide.
 */
@Component
public class CascadeScenario {

  public static final String SECTOR = "cdn-y-te-thai-binh";
  public static final LocalDate DEADLINE = LocalDate.of(2023, 5, 30);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final ProcessEngine engine;
  private final DirectiveRepository directives;
  private final UnitAssignmentRepository assignments;
  private final ImplementingPlanRepository plans;

  public CascadeScenario(ProcessEngine engine, DirectiveRepository directives, UnitAssignmentRepository assignments,
      ImplementingPlanRepository plans) {
    this.engine = engine;
    this.directives = directives;
    this.assignments = assignments;
    this.plans = plans;
  }

  /** Sets engine time to the given moment, Vietnam time. */
  public static void setVietnamTime(int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2023, month, day, hour, 0, 0, 0, VietnamTime.ZONE).toInstant()));
  }

  public static void resetTime() {
    ClockUtil.reset();
  }

  public Map<String, Object> directiveForm() {
    int n = SEQUENCE.incrementAndGet();
    Map<String, Object> form = new HashMap<>();
    form.put("sectorCode", SECTOR);
    // typed in from the LĐLĐ, numbered apart from the plans the LĐLĐ issues itself in a province cascade (its demo
    // register starts after 290), which are handed down to this sector under the LĐLĐ's number
    form.put("directiveNumber", (700 + n) + "/KH-LĐLĐ");
    form.put("directiveIssuedOn", "2023-05-11");
    form.put("directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình");
    form.put("directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc");
    form.put("directiveDeadline", DEADLINE.toString());
    return form;
  }

  public static final String FEDERATION = "ldld-thai-binh";

  /**
   * The Confederation's directive as the LĐLĐ's office types it in (the Confederation is outside the system):
   * the start of a province-wide cascade, due 30/5/2023.
   */
  public Map<String, Object> provinceDirectiveForm() {
    int n = SEQUENCE.incrementAndGet();
    Map<String, Object> form = directiveForm();
    form.put("sectorCode", FEDERATION);
    form.put("directiveNumber", (100 + n) + "/KH-TLĐ");
    form.put("directiveIssuedOn", "2023-05-08");
    form.put("directiveIssuer", "Tổng Liên đoàn Lao động Việt Nam");
    return form;
  }

  public ProcessInstance startDirective() {
    return startDirective(directiveForm());
  }

  public ProcessInstance startDirective(Map<String, Object> form) {
    return runtime().startProcessInstanceByKey("DirectiveCascadeProcess", form);
  }

  public Map<String, Object> planForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("planSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc");
    form.put("planPurpose", "Nâng cao nhận thức, trách nhiệm của cán bộ, đoàn viên, CNVCLĐ về vai trò của thi đua yêu nước.");
    form.put("planActivities", "1. Công tác tuyên truyền.\n2. Các hoạt động thi đua.\n3. Công tác xây dựng điển hình tiên tiến.");
    form.put("planOrganisation", "Các CĐCS xây dựng kế hoạch phù hợp với đơn vị, tổ chức thực hiện trước ngày 30/5/2023.");
    return form;
  }

  public void draftPlan(ProcessInstance sector) {
    draftPlan(sector, planForm());
  }

  public void draftPlan(ProcessInstance sector, Map<String, Object> form) {
    complete("Task_DraftImplementingPlan", sector, form);
  }

  public void decidePlan(ProcessInstance sector, boolean approved, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("planApproved", approved);
    form.put("planReturnReason", reason);
    complete("Task_ApprovePlan", sector, form);
  }

  /** Runs the jobs of the sector process until it has started every unit's process, then the units' start jobs. */
  public List<UnitAssignment> distribute(ProcessInstance sector) {
    runJobs(List.of(sector.getId()));
    List<UnitAssignment> units = assignmentsOf(sector);
    runJobs(units.stream().map(UnitAssignment::getProcessInstanceId).toList());
    return units;
  }

  /**
   * In real time (for the browser and REST tests): a directive issued four days ago and due in fifteen,
   * its plan drafted, approved and issued to every unit; returns the units' assignments.
   */
  public List<UnitAssignment> distributedToday() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    Map<String, Object> directive = directiveForm();
    directive.put("directiveIssuedOn", today.minusDays(4).toString());
    directive.put("directiveDeadline", today.plusDays(15).toString());
    ProcessInstance sector = startDirective(directive);
    draftPlan(sector, planForm());
    decidePlan(sector, true, null);
    return distribute(sector);
  }

  public Directive directiveOf(ProcessInstance sector) {
    return directives.findByProcessInstanceId(sector.getId()).orElseThrow();
  }

  public ImplementingPlan planOf(ProcessInstance sector) {
    return plans.findByDirective(directiveOf(sector)).orElseThrow();
  }

  public List<UnitAssignment> assignmentsOf(ProcessInstance sector) {
    return assignments.findByDirectiveWithUnit(directiveOf(sector));
  }

  /** The assignment of the unit with the given code among a directive's assignments. */
  public static UnitAssignment assignmentOf(List<UnitAssignment> assignments, String unitCode) {
    return assignments.stream().filter(a -> a.getUnit().getCode().equals(unitCode)).findFirst().orElseThrow();
  }

  public ProcessInstance unitProcess(UnitAssignment assignment) {
    return runtime().createProcessInstanceQuery().processInstanceId(assignment.getProcessInstanceId()).singleResult();
  }

  public void draftSubPlan(ProcessInstance unit) {
    // a grassroots union numbers its plans in one series a year: every scenario's plan gets its own number;
    // dated today by the engine's clock (after the sector's plan, and not in the future)
    String today = VietnamTime.dayOf(ClockUtil.getCurrentTime()).toString();
    complete("Task_DraftSubPlan", unit, Map.of("subPlanNumber", SEQUENCE.incrementAndGet() + "/KH-CĐCS", "subPlanIssuedOn", today,
        "subPlanContent", "Tổ chức tuyên truyền tại các khoa, phòng; phát động đợt thi đua cao điểm."));
  }

  public void reportActivities(ProcessInstance unit) {
    complete("Task_ReportActivities", unit, Map.of("propagandaSessions", 3, "participants", 250,
        "articles", 4, "initiatives", 2, "activitySummary", "Đã tổ chức 3 buổi tuyên truyền, 250 lượt người tham gia."));
  }

  public void nominate(ProcessInstance unit, String nominationsJson) {
    complete("Task_NominateExemplars", unit, Map.of("nominationsJson", nominationsJson));
  }

  /** A unit does its whole part. */
  public void completeUnit(ProcessInstance unit, String nominationsJson) {
    draftSubPlan(unit);
    reportActivities(unit);
    nominate(unit, nominationsJson);
  }

  /**
   * A child union with children of its own does its whole part up to its report: drafts and approves its plan,
   * passes it to its CĐCS, each of which does its part; returns the union's process, waiting for its office to
   * complete the compiled report.
   */
  public ProcessInstance unionCollects(UnitAssignment child) {
    ProcessInstance union = unitProcess(child);
    draftPlan(union);
    decidePlan(union, true, null);
    for (UnitAssignment unit : distribute(union)) {
      ProcessInstance pi = unitProcess(unit);
      completeUnit(pi, "[]");
      runJobs(List.of(pi.getId()));
    }
    runJobs(List.of(union.getId()));
    return union;
  }

  /** The union's office completes the compiled report and its chair signs it; its jobs issue and submit it. */
  public void unionReports(ProcessInstance union) {
    complete("Task_CompileReport", union, Map.of("reportAssessment", "Các CĐCS triển khai nghiêm túc.",
        "reportShortcomings", "Không có.", "reportProposals", "Không có."));
    complete("Task_SignReport", union, Map.of("reportApproved", true));
    runJobs(List.of(union.getId()));
  }

  public static String nominations(String... names) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < names.length; i++) {
      json.append(i == 0 ? "" : ",").append("""
          {"kind":"%s","name":"%s","position":"Điều dưỡng trưởng","workplace":"Khoa Nội","achievement":"Hoàn thành xuất sắc nhiệm vụ năm 2022, có 02 sáng kiến được công nhận.","movementCode":"lao-dong-gioi-sang-tao","recognitionCode":"GIAY_KHEN_NGANH"}
          """.formatted(i % 2 == 0 ? "INDIVIDUAL" : "COLLECTIVE", names[i]).strip());
    }
    return json.append("]").toString();
  }

  /** Runs every due job of the given process instances (and of the ones those start) until none is left. */
  public void runJobs(List<String> processInstanceIds) {
    runJobs(processInstanceIds, () -> {});
  }

  /** As {@link #runJobs(List)}, calling {@code afterEachJob} once each job has run (to watch a process move). */
  public void runJobs(List<String> processInstanceIds, Runnable afterEachJob) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 10_000; round++) {
      Job next = null;
      for (String id : processInstanceIds) {
        next = management.createJobQuery().processInstanceId(id).executable().listPage(0, 1).stream().findFirst().orElse(null);
        if (next != null) {
          break;
        }
      }
      if (next == null) {
        return;
      }
      management.executeJob(next.getId());
      afterEachJob.run();
    }
    throw new IllegalStateException("Jobs keep coming: " + processInstanceIds);
  }

  /** Runs the due jobs of the sector and of all its units. */
  public void runAllJobs(ProcessInstance sector) {
    List<String> ids = new java.util.ArrayList<>();
    ids.add(sector.getId());
    assignmentsOf(sector).forEach(a -> ids.add(a.getProcessInstanceId()));
    runJobs(ids);
  }

  /** Completes the single open task of the given key, through this context's engine. */
  private void complete(String taskKey, ProcessInstance pi, Map<String, Object> form) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("No open task " + taskKey + " in process instance " + pi.getId());
    }
    engine.getTaskService().complete(task.getId(), form);
  }

  private RuntimeService runtime() {
    return engine.getRuntimeService();
  }
}
