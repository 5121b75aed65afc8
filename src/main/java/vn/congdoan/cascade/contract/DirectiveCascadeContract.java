package vn.congdoan.cascade.contract;

import static vn.congdoan.cascade.contract.ProcessVariable.booleanVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.dateVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.jsonVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.listOfLongs;
import static vn.congdoan.cascade.contract.ProcessVariable.longVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.stringVariable;

import java.util.Date;
import java.util.List;

/**
 * The contract of {@code bpmn/DirectiveCascade.bpmn}, the sector's process: its key, the messages
 * it receives, the elements the code names, its process variables and the forms of its tasks.
 * {@code ModelContractDocTest} checks it against the model and writes {@code docs/model-contract.md}.
 */
public final class DirectiveCascadeContract {

  public static final String PROCESS_KEY = "DirectiveCascadeProcess";
  /** The file under {@code bpmn/} that holds the process (both processes share one collaboration). */
  public static final String MODEL_FILE = "DirectiveCascade.bpmn";

  /** Correlated by the last unit's process when no unit of the directive is unfinished. */
  public static final String MESSAGE_ALL_UNITS_FINISHED = "AllUnitsFinished";

  /** The sector's chair recalls the directive: the sector's process and every unit's open work end. */
  public static final String MESSAGE_DIRECTIVE_RECALLED = "DirectiveRecalled";

  /**
   * Starts the process of a child unit that has children of its own: its parent's Task_StartUnitProcesses
   * correlates it with the child's directive (the parent's plan as the child received it).
   */
  public static final String MESSAGE_PARENT_PLAN_ISSUED = "ParentPlanIssued";

  public static final String START_EVENT = "StartEvent_DirectiveReceived";
  /** The start of a child unit's process, by its parent's plan inside the system. */
  public static final String START_EVENT_PARENT_PLAN = "StartEvent_ParentPlanIssued";
  public static final String TASK_DRAFT_IMPLEMENTING_PLAN = "Task_DraftImplementingPlan";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_HANDLE_LATE_UNITS = "Task_HandleLateUnits";
  public static final String TASK_COMPILE_REPORT = "Task_CompileReport";
  public static final String TASK_SIGN_REPORT = "Task_SignReport";
  /** The parent's office accepts this unit's report or returns it with a reason. */
  public static final String TASK_PARENT_REVIEWS_REPORT = "Task_ParentReviewsReport";
  /** The parent's office decides on the nominations this unit accepted and forwarded with its report. */
  public static final String TASK_PARENT_REVIEWS_NOMINATIONS = "Task_ParentReviewsNominations";

  // process variables
  public static final ProcessVariable<Long> DIRECTIVE_ID = SharedVariables.DIRECTIVE_ID;
  /** The starting user ({@code camunda:initiator}). */
  public static final ProcessVariable<String> INITIATOR = stringVariable("initiator");
  /** The receiving sector's code; a start may name it (an administrator's or a script's start). */
  public static final ProcessVariable<String> SECTOR_CODE = stringVariable("sectorCode");
  public static final ProcessVariable<String> SECTOR_OFFICE_GROUP = SharedVariables.SECTOR_OFFICE_GROUP;
  public static final ProcessVariable<String> SECTOR_CHAIR_GROUP = stringVariable("sectorChairGroup");
  public static final ProcessVariable<Date> DEADLINE = SharedVariables.DEADLINE;
  /** When the monitoring's timer escalates: the deadline, then the earliest extended deadline. */
  public static final ProcessVariable<Date> ESCALATION_AT = dateVariable("escalationAt");
  /**
   * The daily cycle (ISO 8601, +07:00) of the monitoring's reminders to the child units, from the units' first
   * reminder day: set when the plan is issued.
   */
  public static final ProcessVariable<String> CHILD_REMINDER_CYCLE = stringVariable("childReminderCycle");
  /** Whether child units after the last batch of Task_RemindChildUnits are still to be looked at (its loop). */
  public static final ProcessVariable<Boolean> MORE_CHILD_REMINDERS = booleanVariable("moreChildReminders");
  /** The day (ISO) of the reminders' sweep under way; a sweep on another day starts from the first unit. */
  public static final ProcessVariable<String> CHILD_REMINDER_DAY = stringVariable("childReminderDay");
  /** The last assignment the sweep of {@link #CHILD_REMINDER_DAY} has looked at: the next batch starts after it. */
  public static final ProcessVariable<Long> CHILD_REMINDER_CURSOR = longVariable("childReminderCursor");
  public static final ProcessVariable<Long> PLAN_ID = longVariable("planId");
  public static final ProcessVariable<Boolean> PLAN_APPROVED = booleanVariable("planApproved");
  /** The fan-out's progress, shown in Cockpit. */
  public static final ProcessVariable<Long> UNITS_NOT_STARTED = longVariable("unitsNotStarted");
  public static final ProcessVariable<Boolean> ALL_UNITS_STARTED = booleanVariable("allUnitsStarted");
  public static final ProcessVariable<Boolean> LATE_UNITS_LEFT = booleanVariable("lateUnitsLeft");
  public static final ProcessVariable<Boolean> UNITS_STILL_WORKING = booleanVariable("unitsStillWorking");
  /** {@link #EXTEND} or {@link #CLOSE}. */
  public static final ProcessVariable<String> LATE_DECISION = stringVariable("lateDecision");
  public static final String EXTEND = "EXTEND";
  public static final String CLOSE = "CLOSE";
  /** The assignments given more time, from Task_HandleLateUnits to Task_ExtendDeadlines. */
  public static final ProcessVariable<List<Long>> EXTENDED_ASSIGNMENT_IDS = listOfLongs("extendedAssignmentIds");
  /** The new deadline the office chose for the extended units, until Task_ExtendDeadlines applies it. */
  public static final ProcessVariable<Date> EXTENDED_DEADLINE = dateVariable("extendedDeadline");
  public static final ProcessVariable<Boolean> ALL_UNITS_CLOSED = booleanVariable("allUnitsClosed");
  public static final ProcessVariable<Long> REPORT_ID = longVariable("reportId");
  /** The chair's reason for recalling the directive, carried by the message DirectiveRecalled (Cockpit shows it). */
  public static final ProcessVariable<String> RECALL_REASON = stringVariable("recallReason");
  /** Set by Task_RecallUnits: whether every unit's open work has been ended. */
  public static final ProcessVariable<Boolean> ALL_UNITS_RECALLED = booleanVariable("allUnitsRecalled");
  public static final ProcessVariable<Boolean> REPORT_APPROVED = booleanVariable("reportApproved");
  /**
   * The parent's directive, when this unit received its parent's plan inside the system: the unit's report
   * goes back to it (Gateway_ParentInSystem), and its end tells the parent's process when no child is left.
   */
  public static final ProcessVariable<Long> PARENT_DIRECTIVE_ID = longVariable("parentDirectiveId");
  /** Whether the unit's parent is in the system (its report is submitted there) or outside (e-mailed). */
  public static final ProcessVariable<Boolean> PARENT_IN_SYSTEM = booleanVariable("parentInSystem");
  /** The parent's office group, candidate of Task_ParentReviewsNominations (set when the parent's plan arrives). */
  public static final ProcessVariable<String> PARENT_OFFICE_GROUP = stringVariable("parentOfficeGroup");
  /**
   * Set by Task_SubmitReportToParent: whether the parent still waited for this report (it had not closed the
   * collection for this unit), so that its office reviews it.
   */
  public static final ProcessVariable<Boolean> REPORT_AWAITED = booleanVariable("reportAwaited");
  /** The parent's office accepted the report (true) or returned it for revision (false). */
  public static final ProcessVariable<Boolean> REPORT_ACCEPTED = booleanVariable("reportAccepted");
  /** Whether the report went up with nominations this unit accepted, for the parent to decide. */
  public static final ProcessVariable<Boolean> HAS_FORWARDED_NOMINATIONS = booleanVariable("hasForwardedNominations");

  /** The start form: the higher body's directive. */
  public static final class DirectiveForm {
    public static final ProcessVariable<String> DIRECTIVE_NUMBER = stringVariable("directiveNumber");
    public static final ProcessVariable<String> DIRECTIVE_ISSUED_ON = stringVariable("directiveIssuedOn");
    public static final ProcessVariable<String> DIRECTIVE_ISSUER = stringVariable("directiveIssuer");
    public static final ProcessVariable<String> DIRECTIVE_SUBJECT = stringVariable("directiveSubject");
    public static final ProcessVariable<String> DIRECTIVE_DEADLINE = stringVariable("directiveDeadline");
    public static final ProcessVariable<String> DIRECTIVE_REMINDER_DAYS = stringVariable("directiveReminderDays");
    public static final TaskForm FORM = new TaskForm(START_EVENT, "DirectiveForm",
        List.of(DIRECTIVE_NUMBER, DIRECTIVE_ISSUED_ON, DIRECTIVE_ISSUER, DIRECTIVE_SUBJECT, DIRECTIVE_DEADLINE,
            DIRECTIVE_REMINDER_DAYS),
        List.of(SECTOR_CODE));

    private DirectiveForm() {}
  }

  public static final class ImplementingPlanForm {
    public static final ProcessVariable<String> DIRECTIVE_SUMMARY = stringVariable("directiveSummary");
    public static final ProcessVariable<String> PLAN_SUBJECT = stringVariable("planSubject");
    public static final ProcessVariable<String> PLAN_PURPOSE = stringVariable("planPurpose");
    public static final ProcessVariable<String> PLAN_ACTIVITIES = stringVariable("planActivities");
    public static final ProcessVariable<String> PLAN_ORGANISATION = stringVariable("planOrganisation");
    public static final ProcessVariable<String> PLAN_RETURN_REASON = stringVariable("planReturnReason");
    public static final ProcessVariable<String> PLAN_RECIPIENTS = stringVariable("planRecipients");
    public static final TaskForm FORM = new TaskForm(TASK_DRAFT_IMPLEMENTING_PLAN, "ImplementingPlanForm",
        List.of(DIRECTIVE_SUMMARY, PLAN_SUBJECT, PLAN_PURPOSE, PLAN_ACTIVITIES, PLAN_ORGANISATION, PLAN_RETURN_REASON,
            PLAN_RECIPIENTS),
        List.of());

    private ImplementingPlanForm() {}
  }

  public static final class PlanApprovalForm {
    public static final ProcessVariable<String> PLAN_DRAFT_PDF_URL = stringVariable("planDraftPdfUrl");
    public static final ProcessVariable<String> PLAN_DRAFT_DOCX_URL = stringVariable("planDraftDocxUrl");
    /** The deadline the units below get, shown as it stands; the chair may bring it forward when approving. */
    public static final ProcessVariable<String> CHILDREN_DEADLINE = stringVariable("childrenDeadline");
    public static final TaskForm FORM = new TaskForm(TASK_APPROVE_PLAN, "PlanApprovalForm",
        List.of(SharedVariables.PLAN_SUMMARY, ImplementingPlanForm.PLAN_PURPOSE, ImplementingPlanForm.PLAN_ACTIVITIES,
            ImplementingPlanForm.PLAN_ORGANISATION, ImplementingPlanForm.PLAN_RETURN_REASON, PLAN_DRAFT_PDF_URL,
            PLAN_DRAFT_DOCX_URL, CHILDREN_DEADLINE),
        List.of(PLAN_APPROVED));

    private PlanApprovalForm() {}
  }

  /** Embedded form: the late units (Json, read as text) and the office's decision. */
  public static final class LateUnitsForm {
    public static final ProcessVariable<String> LATE_UNITS = jsonVariable("lateUnits");
    /** {@code {"newDeadline":"2023-06-05","units":["cdcs-…"]}}; a REST client may send a String. */
    public static final ProcessVariable<String> EXTENSIONS_JSON = jsonVariable("extensionsJson");
    public static final TaskForm FORM = new TaskForm(TASK_HANDLE_LATE_UNITS, "forms/LateUnitsForm.html",
        List.of(LATE_UNITS, EXTENSIONS_JSON), List.of(LATE_DECISION));

    private LateUnitsForm() {}
  }

  public static final class ResultsReportForm {
    public static final ProcessVariable<String> REPORT_DRAFT = stringVariable("reportDraft");
    public static final ProcessVariable<String> REPORT_ASSESSMENT = stringVariable("reportAssessment");
    public static final ProcessVariable<String> REPORT_SHORTCOMINGS = stringVariable("reportShortcomings");
    public static final ProcessVariable<String> REPORT_PROPOSALS = stringVariable("reportProposals");
    public static final ProcessVariable<String> REPORT_RETURN_REASON = stringVariable("reportReturnReason");
    public static final ProcessVariable<String> REPORT_DRAFT_PDF_URL = stringVariable("reportDraftPdfUrl");
    public static final ProcessVariable<String> REPORT_DRAFT_DOCX_URL = stringVariable("reportDraftDocxUrl");
    public static final TaskForm FORM = new TaskForm(TASK_COMPILE_REPORT, "ResultsReportForm",
        List.of(REPORT_DRAFT, REPORT_ASSESSMENT, REPORT_SHORTCOMINGS, REPORT_PROPOSALS, REPORT_RETURN_REASON,
            REPORT_DRAFT_PDF_URL, REPORT_DRAFT_DOCX_URL, SharedVariables.PLAN_PDF_URL, SharedVariables.PLAN_DOCX_URL,
            SharedVariables.PLAN_DOCUMENT_NUMBER),
        List.of());

    private ResultsReportForm() {}
  }

  public static final class ReportApprovalForm {
    public static final ProcessVariable<String> REPORT_SUMMARY = stringVariable("reportSummary");
    public static final TaskForm FORM = new TaskForm(TASK_SIGN_REPORT, "ReportApprovalForm",
        List.of(REPORT_SUMMARY, ResultsReportForm.REPORT_ASSESSMENT, ResultsReportForm.REPORT_SHORTCOMINGS,
            ResultsReportForm.REPORT_PROPOSALS, ResultsReportForm.REPORT_RETURN_REASON,
            ResultsReportForm.REPORT_DRAFT_PDF_URL, ResultsReportForm.REPORT_DRAFT_DOCX_URL),
        List.of(REPORT_APPROVED));

    private ReportApprovalForm() {}
  }

  /** The parent's office reads the child's issued report and accepts it or returns it with a reason. */
  public static final class ReceivedReportReviewForm {
    public static final ProcessVariable<String> UNIT_NAME = SharedVariables.UNIT_NAME;
    /** "Báo cáo số 5/BC-CĐYT ngày 29/05/2023, số đến 12 ngày 29/05/2023". */
    public static final ProcessVariable<String> RECEIVED_REPORT = stringVariable("receivedReport");
    public static final ProcessVariable<String> RECEIVED_REPORT_PDF_URL = stringVariable("receivedReportPdfUrl");
    public static final ProcessVariable<String> RECEIVED_REPORT_DOCX_URL = stringVariable("receivedReportDocxUrl");
    public static final ProcessVariable<String> PARENT_RETURN_REASON = stringVariable("parentReturnReason");
    public static final TaskForm FORM = new TaskForm(TASK_PARENT_REVIEWS_REPORT, "ReceivedReportReviewForm",
        List.of(UNIT_NAME, RECEIVED_REPORT, RECEIVED_REPORT_PDF_URL, RECEIVED_REPORT_DOCX_URL,
            ReportApprovalForm.REPORT_SUMMARY, ResultsReportForm.REPORT_ASSESSMENT, ResultsReportForm.REPORT_SHORTCOMINGS,
            ResultsReportForm.REPORT_PROPOSALS, PARENT_RETURN_REASON),
        List.of(REPORT_ACCEPTED));

    private ReceivedReportReviewForm() {}
  }

  /** Embedded form (the grassroots review's): the nominations a child union forwarded, and the parent's decisions. */
  public static final class ForwardedNominationReviewForm {
    public static final ProcessVariable<String> UNIT_NAME = SharedVariables.UNIT_NAME;
    public static final ProcessVariable<String> NOMINATIONS_FOR_REVIEW = SharedVariables.NOMINATIONS_FOR_REVIEW;
    public static final ProcessVariable<String> REVIEW_DECISIONS_JSON = SharedVariables.REVIEW_DECISIONS_JSON;
    public static final TaskForm FORM = new TaskForm(TASK_PARENT_REVIEWS_NOMINATIONS, "forms/NominationReviewForm.html",
        List.of(UNIT_NAME, NOMINATIONS_FOR_REVIEW, REVIEW_DECISIONS_JSON), List.of());

    private ForwardedNominationReviewForm() {}
  }

  /** Every form of the model (a method: a constant here would be initialised before the forms' classes). */
  public static List<TaskForm> forms() {
    return List.of(DirectiveForm.FORM, ImplementingPlanForm.FORM, PlanApprovalForm.FORM, LateUnitsForm.FORM,
        ResultsReportForm.FORM, ReportApprovalForm.FORM, ReceivedReportReviewForm.FORM, ForwardedNominationReviewForm.FORM);
  }

  private DirectiveCascadeContract() {}
}
