package vn.congdoan.cascade.audit;

import static vn.congdoan.cascade.contract.DirectiveCascadeContract.CLOSE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_ASSIGNMENT_IDS;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.EXTENDED_DEADLINE;
import static vn.congdoan.cascade.contract.DirectiveCascadeContract.LATE_DECISION;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.contract.DirectiveCascadeContract;
import vn.congdoan.cascade.contract.GrassrootsUnionContract;
import vn.congdoan.cascade.contract.ProcessVariable;
import vn.congdoan.cascade.contract.SharedVariables;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.directive.PlanStatus;
import vn.congdoan.cascade.engine.Authenticated;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.engine.WithoutCaller;
import vn.congdoan.cascade.grassroots.SubPlan;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.Nomination;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.nomination.NominationStatus;
import vn.congdoan.cascade.process.EngineClock;
import vn.congdoan.cascade.report.ReportStatus;
import vn.congdoan.cascade.report.ResultsReport;
import vn.congdoan.cascade.report.ResultsReportRepository;

/**
 * Writes an {@code audit_entry} row for every user task completed, in the transaction that completes it,
 * just before it commits: after the task's listener has stored the officer's input, so the row says what
 * was decided (a plan or report approved or returned, with the reason as written then; the late units'
 * extension and its new deadline; the review's counts). A completion that is refused or rolled back
 * leaves no row. The actor is the task's assignee, or the officer who completed it unclaimed (the
 * caller's authentication). The directive and unit come from the running process at the completion
 * ({@link #taskCompleting}); only the sector's late-units decision reads its variables from the history.
 */
@Component
class AuditRecorder {

  private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

  private final AuditEntryRepository entries;
  private final HistoryService history;
  private final IdentityService identity;
  private final DirectiveRepository directives;
  private final ImplementingPlanRepository plans;
  private final ResultsReportRepository reports;
  private final UnitAssignmentRepository assignments;
  private final SubPlanRepository subPlans;
  private final NominationRepository nominations;
  private final EngineClock clock;

  public AuditRecorder(AuditEntryRepository entries, HistoryService history, IdentityService identity,
      DirectiveRepository directives, ImplementingPlanRepository plans, ResultsReportRepository reports,
      UnitAssignmentRepository assignments, SubPlanRepository subPlans, NominationRepository nominations, EngineClock clock) {
    this.entries = entries;
    this.history = history;
    this.identity = identity;
    this.directives = directives;
    this.plans = plans;
    this.reports = reports;
    this.assignments = assignments;
    this.subPlans = subPlans;
    this.nominations = nominations;
    this.clock = clock;
  }

  /**
   * At the completion itself (the engine's task listener, published by Camunda's Spring eventing as the
   * task): the directive and unit of the task, read from the running process, whose variables the
   * completion has in memory; kept for {@link #taskCompleted} in the transaction. The process may have
   * ended by the time that runs, and reading them back from the history cost a query per completion.
   */
  @EventListener
  void taskCompleting(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) || task.getProcessInstanceId() == null
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    Map<String, TypedValue> ids = new HashMap<>();
    for (ProcessVariable<?> variable : List.of(SharedVariables.DIRECTIVE_ID, GrassrootsUnionContract.ASSIGNMENT_ID)) {
      TypedValue value = task.getVariableTyped(variable.name(), false);
      if (value != null) {
        ids.put(variable.name(), value);
      }
    }
    CompletingTasks.inThisTransaction().put(task.getId(), ids);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void taskCompleted(TaskEvent event) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(event.getEventName()) || event.getProcessInstanceId() == null) {
      return;
    }
    Map<String, TypedValue> known = CompletingTasks.seen(event.getId());
    // the sector's late-units decision also needs what its listener computed (the units extended, the new
    // deadline): from the history, once per decision; every other step needs only the directive and unit
    Map<String, TypedValue> variables = known != null && !DirectiveCascadeContract.TASK_HANDLE_LATE_UNITS.equals(event.getTaskDefinitionKey())
        ? known : WithoutCaller.lookup(identity, () -> variables(event.getProcessInstanceId()));
    Long directiveId = read(SharedVariables.DIRECTIVE_ID, variables);
    if (directiveId == null) {
      log.warn("Task {} ({}) completed outside a directive's process: not in the audit trail", event.getId(),
          event.getTaskDefinitionKey());
      return;
    }
    Long assignmentId = read(GrassrootsUnionContract.ASSIGNMENT_ID, variables);
    String actor = event.getAssignee() != null ? event.getAssignee()
        : EngineInternals.currentAuthentication(identity).map(Authenticated::userId).orElse(null);
    var now = clock.now();
    String step = event.getTaskDefinitionKey();
    Decision decision = decision(step, directiveId, assignmentId, variables);
    entries.save(new AuditEntryRecord(directiveId, assignmentId, event.getId(), step, decision.outcome(), decision.detail(), actor, now));
    if (decision.outcome() == AuditOutcome.EXTENDED) {
      List<Long> extended = read(EXTENDED_ASSIGNMENT_IDS, variables);
      Date deadline = read(EXTENDED_DEADLINE, variables);
      String detail = deadline == null ? null : "Hạn mới: " + VietnamTime.format(deadline.toInstant());
      for (Long id : extended == null ? List.<Long>of() : extended) {
        entries.save(new AuditEntryRecord(directiveId, id, event.getId(), step, AuditOutcome.DEADLINE_EXTENDED, detail, actor, now));
      }
    }
  }

  private record Decision(AuditOutcome outcome, String detail) {}

  /** The ids read at each completion of the current transaction, by task id; unbound when it ends. */
  private static final class CompletingTasks implements TransactionSynchronization {

    private static final Object KEY = CompletingTasks.class;
    private final Map<String, Map<String, TypedValue>> byTask = new HashMap<>();

    static Map<String, Map<String, TypedValue>> inThisTransaction() {
      CompletingTasks bound = (CompletingTasks) TransactionSynchronizationManager.getResource(KEY);
      if (bound == null) {
        bound = new CompletingTasks();
        TransactionSynchronizationManager.bindResource(KEY, bound);
        TransactionSynchronizationManager.registerSynchronization(bound);
      }
      return bound.byTask;
    }

    static Map<String, TypedValue> seen(String taskId) {
      CompletingTasks bound = (CompletingTasks) TransactionSynchronizationManager.getResource(KEY);
      return bound == null ? null : bound.byTask.get(taskId);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }
  }

  private Decision decision(String step, Long directiveId, Long assignmentId, Map<String, TypedValue> variables) {
    switch (step) {
      case DirectiveCascadeContract.TASK_DRAFT_IMPLEMENTING_PLAN -> {
        ImplementingPlan plan = plan(directiveId);
        return new Decision(AuditOutcome.SUBMITTED, plan == null ? null
            : "Lần " + plan.getRevision() + ": " + plan.getSubject());
      }
      case DirectiveCascadeContract.TASK_APPROVE_PLAN -> {
        ImplementingPlan plan = plan(directiveId);
        if (plan != null && plan.getStatus() == PlanStatus.RETURNED) {
          return new Decision(AuditOutcome.RETURNED, plan.getReturnReason());
        }
        return new Decision(AuditOutcome.APPROVED, null);
      }
      case DirectiveCascadeContract.TASK_HANDLE_LATE_UNITS -> {
        String choice = read(LATE_DECISION, variables);
        if (CLOSE.equals(choice)) {
          return new Decision(AuditOutcome.CLOSED, "Kết thúc thu thập đối với các CĐCS quá hạn");
        }
        List<Long> extended = read(EXTENDED_ASSIGNMENT_IDS, variables);
        Date deadline = read(EXTENDED_DEADLINE, variables);
        return new Decision(AuditOutcome.EXTENDED, "Gia hạn cho " + (extended == null ? 0 : extended.size()) + " CĐCS"
            + (deadline == null ? "" : " đến " + VietnamTime.format(deadline.toInstant())));
      }
      case DirectiveCascadeContract.TASK_COMPILE_REPORT -> {
        ResultsReport report = report(directiveId);
        return new Decision(AuditOutcome.SUBMITTED, report == null ? null : "Lần " + report.getRevision());
      }
      case DirectiveCascadeContract.TASK_SIGN_REPORT -> {
        ResultsReport report = report(directiveId);
        if (report != null && report.getStatus() == ReportStatus.RETURNED) {
          return new Decision(AuditOutcome.RETURNED, report.getReturnReason());
        }
        return new Decision(AuditOutcome.APPROVED, null);
      }
      case DirectiveCascadeContract.TASK_PARENT_REVIEWS_REPORT -> {
        // the parent's return puts the child's report back with its office, with the parent's reason
        ResultsReport report = report(directiveId);
        if (report != null && report.getStatus() == ReportStatus.RETURNED) {
          return new Decision(AuditOutcome.RETURNED, report.getReturnReason());
        }
        return new Decision(AuditOutcome.APPROVED, null);
      }
      case GrassrootsUnionContract.TASK_DRAFT_SUB_PLAN -> {
        SubPlan subPlan = assignmentId == null ? null
            : subPlans.findByAssignment(assignments.getReferenceById(assignmentId)).orElse(null);
        return new Decision(AuditOutcome.SUBMITTED, subPlan == null ? null
            : "Kế hoạch số " + (subPlan.getNumber() == null ? "(không số)" : subPlan.getNumber()) + " ngày "
                + VietnamTime.format(subPlan.getIssuedOn()));
      }
      case GrassrootsUnionContract.TASK_NOMINATE_EXEMPLARS -> {
        int count = assignmentId == null ? 0 : nominationsOf(assignmentId).size();
        return new Decision(AuditOutcome.SUBMITTED, count == 0 ? "Không đề xuất điển hình" : "Đề xuất " + count + " điển hình");
      }
      case GrassrootsUnionContract.TASK_REVIEW_NOMINATIONS -> {
        List<Nomination> list = assignmentId == null ? List.of() : nominationsOf(assignmentId);
        long accepted = list.stream().filter(n -> n.getStatus() == NominationStatus.ACCEPTED).count();
        StringBuilder detail = new StringBuilder("Chấp nhận " + accepted + ", không chấp nhận " + (list.size() - accepted));
        list.stream().filter(n -> n.getStatus() == NominationStatus.REJECTED).forEach(n ->
            detail.append("; ").append(n.getName()).append(": ").append(n.getRejectionReason() == null ? "" : n.getRejectionReason()));
        return new Decision(AuditOutcome.REVIEWED, detail.toString());
      }
      case GrassrootsUnionContract.TASK_REPORT_ACTIVITIES -> {
        return new Decision(AuditOutcome.SUBMITTED, null);
      }
      default -> {
        return new Decision(AuditOutcome.COMPLETED, null);
      }
    }
  }

  private ImplementingPlan plan(Long directiveId) {
    return directives.findById(directiveId).flatMap(plans::findByDirective).orElse(null);
  }

  private ResultsReport report(Long directiveId) {
    return directives.findById(directiveId).flatMap(reports::findByDirective).orElse(null);
  }

  private List<Nomination> nominationsOf(Long assignmentId) {
    UnitAssignment assignment = assignments.getReferenceById(assignmentId);
    return nominations.findByAssignment(assignment);
  }

  /** The process's routing variables, from the history (there also when the instance has just ended). */
  private Map<String, TypedValue> variables(String processInstanceId) {
    Map<String, TypedValue> values = new HashMap<>();
    List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableNameIn(SharedVariables.DIRECTIVE_ID.name(), GrassrootsUnionContract.ASSIGNMENT_ID.name(), LATE_DECISION.name(),
            EXTENDED_ASSIGNMENT_IDS.name(), EXTENDED_DEADLINE.name())
        .disableCustomObjectDeserialization().list();
    for (HistoricVariableInstance v : found) {
      if (v.getTypedValue() != null && (!values.containsKey(v.getName()) || processInstanceId.equals(v.getActivityInstanceId()))) {
        values.put(v.getName(), v.getTypedValue());
      }
    }
    return values;
  }

  private static <T> T read(ProcessVariable<T> variable, Map<String, TypedValue> values) {
    return variable.read(values.get(variable.name()));
  }
}
