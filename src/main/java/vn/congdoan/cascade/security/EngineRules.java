package vn.congdoan.cascade.security;

import static vn.congdoan.cascade.contract.SharedVariables.DIRECTIVE_ID;

import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.Caller;
import vn.congdoan.cascade.engine.ServiceRules;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.form.FormValidationException;
import vn.congdoan.cascade.form.SubmittableVariables;

/**
 * Who may do what through the engine's services, decided on the call itself (ids as the engine reads
 * them, variables as typed values), whichever way it came: {@code /engine-rest}, Tasklist's and Cockpit's
 * copy of it, or Java. The engine's services ({@code engine.EngineInternals}) ask these rules before the engine runs a command for a
 * {@link Caller}; the engine's own authorizations are checked after, as always. A rule refuses with 403
 * ({@link AuthorizationException}) what a caller may not do at all and with 400
 * ({@link FormValidationException}, code 22000) input a form does not have; the refusal is logged in one
 * English line. Rules:
 * <ul>
 * <li><b>Variables only through the forms.</b> A completion, a form submission or a resolution may carry
 * only its form's fields, a start only its start form's; a task's and a process's variables are not
 * written directly (administrators repair a process's variables in Cockpit).</li>
 * <li><b>A task ends only through its form.</b> No BPMN error or escalation is thrown from a user task
 * through the API: no model catches one, so it would end a unit's work unrecorded.</li>
 * <li><b>A task is held only by its unit.</b> Claiming for, assigning, delegating to, making owner or
 * candidate someone outside the task's candidate groups (not an administrator) is refused; so is offering
 * the task to another group or taking a group off it.</li>
 * <li><b>A task's own properties are the model's.</b> An officer may not rename a task, change its
 * description, priority or due date (the filters "Sắp đến hạn", "Quá hạn" read it), nor create a task;
 * the follow-up date stays the officer's own.</li>
 * <li><b>A process starts at its start event.</b> Only administrators start elsewhere, skip listeners,
 * restart, modify, migrate, suspend, correlate messages or signals or handle incidents through the
 * API.</li>
 * <li><b>A cascade is deleted with its units or not at all.</b> Deleting a directive's process while its
 * units' processes run, or a unit's process while its directive's runs, is refused for everyone: the
 * units would keep working for nobody, or the directive would wait forever (a running cascade is ended early by recall: {@code recall.DirectiveRecall}).</li>
 * <li><b>Nobody tests another user's password.</b></li>
 * </ul>
 */
@Component
class EngineRules implements ServiceRules {

  static final String VARIABLES_ONLY_THROUGH_FORMS = "Dữ liệu của công việc chỉ được thay đổi qua biểu mẫu của công việc.";

  private static final Logger log = LoggerFactory.getLogger(EngineRules.class);

  private final SubmittableVariables submittable;
  private final TaskHolders holders;
  private final RuntimeService runtime;
  private final IdentityService identity;

  EngineRules(SubmittableVariables submittable, TaskHolders holders, RuntimeService runtime,
      IdentityService identity) {
    this.submittable = submittable;
    this.holders = holders;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** A completion, form submission or resolution of the task carrying these variables. */
  @Override
  public void completing(Caller caller, String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    submittable.ofTask(taskId).ifPresent(accepted -> refuseForeign(caller, "task " + taskId, variables.keySet(), accepted));
  }

  /** A start of the process (by key, or else by the id of a version) with these variables. */
  @Override
  public void starting(Caller caller, String key, String definitionId, Map<String, ?> variables, boolean elsewhere) {
    if (elsewhere && !caller.administrator()) {
      log.info("Refused to {}: a start with start instructions or skipped listeners, nothing stored", caller.userId());
      throw new FormValidationException("startInstructions",
          "Quy trình chỉ được bắt đầu từ đầu, qua biểu mẫu của quy trình; không có gì được lưu.");
    }
    if (variables != null && !variables.isEmpty()) {
      submittable.ofStart(key, definitionId)
          .ifPresent(accepted -> refuseForeign(caller, "start of " + (key != null ? key : definitionId), variables.keySet(), accepted));
    }
  }

  private static void refuseForeign(Caller caller, String what, Collection<String> submitted, Set<String> accepted) {
    Set<String> foreign = new TreeSet<>(submitted);
    foreign.removeAll(accepted);
    if (!foreign.isEmpty()) {
      log.info("Refused {} by {}: variables not on the form {}, nothing stored", what, caller.userId(), foreign);
      throw new FormValidationException("variables",
          "Yêu cầu có dữ liệu không thuộc biểu mẫu này (" + String.join(", ", foreign) + "); không có gì được lưu.");
    }
  }

  /** Writing a task's variables directly: refused for everyone (a task's variables are its form's). */
  @Override
  public void writingTaskVariables(Caller caller, String taskId) {
    refuse(caller, "write variables of task " + taskId, VARIABLES_ONLY_THROUGH_FORMS);
  }

  /** Writing a process's variables directly: administrators only (they repair a process in Cockpit). */
  @Override
  public void writingProcessVariables(Caller caller, String what) {
    officersRefused(caller, "write variables of " + what, VARIABLES_ONLY_THROUGH_FORMS);
  }

  /** A BPMN error or escalation thrown from a task. */
  @Override
  public void throwingFromTask(Caller caller, String taskId) {
    refuse(caller, "throw a BPMN error or escalation from task " + taskId,
        "Công việc chỉ được kết thúc qua biểu mẫu của công việc; không thể báo lỗi hay chuyển cấp (escalation) từ công việc.");
  }

  /** Naming a user as the task's assignee, owner, delegate or candidate. */
  @Override
  public void holding(Caller caller, String taskId, String userId) {
    if (userId != null && !userId.isBlank() && !holders.mayHold(taskId, userId)) {
      refuse(caller, "hand task " + taskId + " to " + userId + " (in none of its candidate groups)", heldByUnitOnly(userId));
    }
  }

  /** Offering the task to a group. */
  @Override
  public void offering(Caller caller, String taskId, String groupId) {
    if (groupId != null && !groupId.isBlank() && !holders.mayBeOfferedTo(taskId, groupId)) {
      refuse(caller, "offer task " + taskId + " to group " + groupId, heldByUnitOnly("nhóm " + groupId));
    }
  }

  /** Taking a group off the task's candidates. */
  @Override
  public void withdrawing(Caller caller, String taskId, String groupId) {
    if (!caller.administrator()) {
      refuse(caller, "take group " + groupId + " off task " + taskId,
          "Nhóm được giao công việc do quy trình quyết định; chỉ quản trị viên mới thay đổi được.");
    }
  }

  /** Saving a task: a new one, or changed properties of an existing one. */
  @Override
  public void saving(Caller caller, Task task) {
    Optional<Task> stored = task.getId() == null ? Optional.empty() : holders.task(task.getId());
    if (stored.isEmpty()) {
      officersRefused(caller, "create a task", "Công việc do quy trình tạo ra; không tạo được công việc riêng.");
      return;
    }
    Task before = stored.get();
    if (!Objects.equals(task.getAssignee(), before.getAssignee())) {
      holding(caller, task.getId(), task.getAssignee());
    }
    if (!Objects.equals(task.getOwner(), before.getOwner())) {
      holding(caller, task.getId(), task.getOwner());
    }
    if (!caller.administrator() && (!Objects.equals(task.getName(), before.getName())
        || !Objects.equals(task.getDescription(), before.getDescription()) || task.getPriority() != before.getPriority()
        || !sameTime(task.getDueDate(), before.getDueDate()) || !Objects.equals(task.getParentTaskId(), before.getParentTaskId())
        || !Objects.equals(task.getCaseInstanceId(), before.getCaseInstanceId())
        || !Objects.equals(task.getTenantId(), before.getTenantId()))) {
      changingTask(caller, task.getId(), "name, description, priority, due date or parent");
    }
  }

  /** Changing a property of a task the model sets (name, description, priority, due date). */
  @Override
  public void changingTask(Caller caller, String taskId, String property) {
    officersRefused(caller, "change the " + property + " of task " + taskId,
        "Tên, mô tả, độ ưu tiên và hạn của công việc do quy trình đặt; cán bộ không thay đổi được.");
  }

  /** Deleting a task, or adding or removing its attachments, or editing or deleting its comments. */
  @Override
  public void changingTaskRecords(Caller caller, String what) {
    officersRefused(caller, what, "Cán bộ không thay đổi được hồ sơ của công việc theo cách này.");
  }

  /** What only administrators do with processes through the API: restart, modify, migrate, suspend, messages, signals, incidents. */
  @Override
  public void administering(Caller caller, String what) {
    officersRefused(caller, what, "Chỉ quản trị viên mới thực hiện được thao tác này trên quy trình.");
  }

  /** Deleting process instances. */
  @Override
  public void deleting(Caller caller, Collection<String> processInstanceIds) {
    officersRefused(caller, "delete process instances", "Chỉ quản trị viên mới xoá được quy trình.");
    for (String id : processInstanceIds) {
      ProcessInstance instance = WithoutCaller.lookup(identity,
          () -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult());
      if (instance != null && runsWithItsCascade(instance)) {
        refuse(caller, "delete process instance " + id + " of a running cascade",
            "Không xoá được quy trình của một kế hoạch đang triển khai: các CĐCS vẫn đang thực hiện hoặc kế hoạch đang chờ "
                + "kết quả của CĐCS. Để dừng kế hoạch trước khi hoàn thành, Chủ tịch của đơn vị ban hành kế hoạch thu hồi kế hoạch (kèm lý do).");
      }
    }
  }

  /** Deleting process instances chosen by a query (a batch): refused, since what it would delete is not known here. */
  @Override
  public void deletingByQuery(Caller caller) {
    refuse(caller, "delete process instances chosen by a query",
        "Không xoá được quy trình theo truy vấn; hãy xoá từng quy trình đã kết thúc.");
  }

  /** Checking a user's password while logged in as someone else. */
  @Override
  public void checkingPassword(Caller caller, String userId) {
    if (!Objects.equals(caller.userId(), userId)) {
      refuse(caller, "check the password of " + userId, "Không được kiểm tra mật khẩu của người dùng khác.");
    }
  }

  /** Asked of the engine, not read from the definition's id ("Key:version:uuid" is the engine's own format). */
  private boolean isInstanceOf(ProcessInstance instance, String processDefinitionKey) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .processDefinitionKey(processDefinitionKey).count() > 0;
  }

  private boolean runsWithItsCascade(ProcessInstance instance) {
    return WithoutCaller.lookup(identity, () -> {
      if (isInstanceOf(instance, DirectiveCascadeContract.PROCESS_KEY)) {
        Long directiveId = DIRECTIVE_ID.read(runtime.getVariableTyped(instance.getId(), DIRECTIVE_ID.name(), false));
        return directiveId != null && runtime.createProcessInstanceQuery().processDefinitionKey(GrassrootsUnionContract.PROCESS_KEY)
            .processInstanceBusinessKeyLike(directiveId + "/%").count() > 0;
      }
      if (isInstanceOf(instance, GrassrootsUnionContract.PROCESS_KEY)) {
        Long directiveId = DIRECTIVE_ID.read(runtime.getVariableTyped(instance.getId(), DIRECTIVE_ID.name(), false));
        return directiveId != null && runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveCascadeContract.PROCESS_KEY)
            .variableValueEquals(DIRECTIVE_ID.name(), directiveId).count() > 0;
      }
      return false;
    });
  }

  private void officersRefused(Caller caller, String what, String message) {
    if (!caller.administrator()) {
      refuse(caller, what, message);
    }
  }

  private static void refuse(Caller caller, String what, String message) {
    log.info("Refused {} to {}", what, caller.userId());
    throw new AuthorizationException(message);
  }

  private static String heldByUnitOnly(String whom) {
    return "Chỉ cán bộ của đơn vị được giao công việc này (hoặc quản trị viên) mới nhận được công việc; "
        + "không giao được cho " + whom + ".";
  }

  private static boolean sameTime(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }
}
