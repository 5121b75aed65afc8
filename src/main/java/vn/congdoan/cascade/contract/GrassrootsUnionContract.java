package vn.congdoan.cascade.contract;

import static vn.congdoan.cascade.contract.ProcessVariable.booleanVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.jsonVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.longVariable;
import static vn.congdoan.cascade.contract.ProcessVariable.stringVariable;

import java.util.Date;
import java.util.List;

/**
 * The contract of {@code bpmn/DirectiveCascade.bpmn}, one grassroots union's (CĐCS) part in a
 * directive: its key, its messages, the elements the code names, its process variables and the forms of
 * its tasks. {@code ModelContractDocTest} checks it against the model and writes
 * {@code docs/model-contract.md}.
 */
public final class GrassrootsUnionContract {

  public static final String PROCESS_KEY = "GrassrootsUnionProcess";
  /** The file under {@code bpmn/} that holds the process (both processes share one collaboration). */
  public static final String MODEL_FILE = "DirectiveCascade.bpmn";

  /** The sector ends the collection: the unit's work is interrupted, recorded as not reported. */
  public static final String MESSAGE_COLLECTION_CLOSED = "CollectionClosed";
  /** The sector gave the unit a later deadline. */
  public static final String MESSAGE_DEADLINE_EXTENDED = "DeadlineExtended";
  /** The sector recalled the directive: whatever the unit was doing ends, its officers are told. */
  public static final String MESSAGE_UNIT_RECALLED = "UnitRecalled";
  /** The sector's office returned a submission: the unit does it again from the returned step. */
  public static final String MESSAGE_SUBMISSION_REOPENED = "SubmissionReopened";

  public static final String START_EVENT = "StartEvent_PlanReceived";
  public static final String TASK_DRAFT_SUB_PLAN = "Task_DraftSubPlan";
  public static final String TASK_REPORT_ACTIVITIES = "Task_ReportActivities";
  public static final String TASK_NOMINATE_EXEMPLARS = "Task_NominateExemplars";
  public static final String TASK_REVIEW_NOMINATIONS = "Task_ReviewNominations";

  // process variables, set by the sector's Task_StartUnitProcesses (all but hasNominations)
  public static final ProcessVariable<Long> DIRECTIVE_ID = SharedVariables.DIRECTIVE_ID;
  /** The unit's part in the directive ({@code unit_assignment.id}). */
  public static final ProcessVariable<Long> ASSIGNMENT_ID = longVariable("assignmentId");
  public static final ProcessVariable<String> UNIT_CODE = stringVariable("unitCode");
  /** The unit's candidate group. */
  public static final ProcessVariable<String> UNIT_GROUP = stringVariable("unitGroup");
  public static final ProcessVariable<String> SECTOR_OFFICE_GROUP = SharedVariables.SECTOR_OFFICE_GROUP;
  public static final ProcessVariable<Date> DEADLINE = SharedVariables.DEADLINE;
  /**
   * The daily cycle (ISO 8601 repeating interval) of the unit's own reminder timer in a unit model deployed before
   * issue 17, step 7: still given to a unit started on such a model. The current model
   * leaves the reminders to the parent and reads no cycle.
   */
  public static final ProcessVariable<String> REMINDER_CYCLE = stringVariable("reminderCycle");
  public static final ProcessVariable<Boolean> HAS_NOMINATIONS = booleanVariable("hasNominations");
  /** Set with SubmissionReopened: the step the unit does again (SUB_PLAN, ACTIVITY_REPORT, NOMINATIONS), read by Gateway_ResumeAt. */
  public static final ProcessVariable<String> REOPENED_STEP = stringVariable("reopenedStep");

  public static final class SubPlanForm {
    public static final ProcessVariable<String> SUB_PLAN_NUMBER = stringVariable("subPlanNumber");
    public static final ProcessVariable<String> SUB_PLAN_ISSUED_ON = stringVariable("subPlanIssuedOn");
    public static final ProcessVariable<String> SUB_PLAN_CONTENT = stringVariable("subPlanContent");
    public static final TaskForm FORM = new TaskForm(TASK_DRAFT_SUB_PLAN, "SubPlanForm",
        List.of(SharedVariables.PLAN_SUMMARY, SharedVariables.PLAN_PDF_URL, SharedVariables.PLAN_DOCX_URL,
            SharedVariables.PLAN_DOCUMENT_NUMBER, SUB_PLAN_NUMBER, SUB_PLAN_ISSUED_ON, SUB_PLAN_CONTENT),
        List.of());

    private SubPlanForm() {}
  }

  public static final class ActivityReportForm {
    public static final ProcessVariable<Long> PROPAGANDA_SESSIONS = longVariable("propagandaSessions");
    public static final ProcessVariable<Long> PARTICIPANTS = longVariable("participants");
    public static final ProcessVariable<Long> ARTICLES = longVariable("articles");
    public static final ProcessVariable<Long> INITIATIVES = longVariable("initiatives");
    public static final ProcessVariable<String> ACTIVITY_SUMMARY = stringVariable("activitySummary");
    public static final TaskForm FORM = new TaskForm(TASK_REPORT_ACTIVITIES, "ActivityReportForm",
        List.of(SharedVariables.PLAN_SUMMARY, SharedVariables.PLAN_PDF_URL, SharedVariables.PLAN_DOCX_URL,
            SharedVariables.PLAN_DOCUMENT_NUMBER, PROPAGANDA_SESSIONS, PARTICIPANTS, ARTICLES, INITIATIVES,
            ACTIVITY_SUMMARY),
        List.of());

    private ActivityReportForm() {}
  }

  /** Embedded form: the options it offers (Json) and the list it submits. */
  public static final class NominationForm {
    public static final ProcessVariable<String> NOMINATION_OPTIONS = jsonVariable("nominationOptions");
    /** A JSON array of nominations; a REST client may send it as a String. */
    public static final ProcessVariable<String> NOMINATIONS_JSON = jsonVariable("nominationsJson");
    public static final TaskForm FORM = new TaskForm(TASK_NOMINATE_EXEMPLARS, "forms/NominationForm.html",
        List.of(NOMINATION_OPTIONS, NOMINATIONS_JSON), List.of());

    private NominationForm() {}
  }

  /** Embedded form: the unit's nominations (Json) and the sector's decisions. */
  public static final class NominationReviewForm {
    public static final ProcessVariable<String> UNIT_NAME = SharedVariables.UNIT_NAME;
    public static final ProcessVariable<String> NOMINATIONS_FOR_REVIEW = SharedVariables.NOMINATIONS_FOR_REVIEW;
    public static final ProcessVariable<String> REVIEW_DECISIONS_JSON = SharedVariables.REVIEW_DECISIONS_JSON;
    public static final TaskForm FORM = new TaskForm(TASK_REVIEW_NOMINATIONS, "forms/NominationReviewForm.html",
        List.of(UNIT_NAME, NOMINATIONS_FOR_REVIEW, REVIEW_DECISIONS_JSON), List.of());

    private NominationReviewForm() {}
  }

  /** Every form of the model (a method: a constant here would be initialised before the forms' classes). */
  public static List<TaskForm> forms() {
    return List.of(SubPlanForm.FORM, ActivityReportForm.FORM, NominationForm.FORM, NominationReviewForm.FORM);
  }

  private GrassrootsUnionContract() {}
}
