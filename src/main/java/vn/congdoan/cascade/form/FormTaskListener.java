package vn.congdoan.cascade.form;

import vn.congdoan.cascade.engine.Authenticated;
import vn.congdoan.cascade.engine.EngineInternals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The pattern every user task of the cascade follows. On {@code create} the listener names the task; the
 * values the form shows (context and earlier input) are worked out from the application's tables when the form
 * is opened ({@link #shown}: the engine's form service adds them to the task's form variables) and are never
 * stored in the engine, so that a task costs no variables, no history rows and no clean-up for them (issue 17,
 * step 9: they were a third of a completion's statements). On {@code complete} the listener
 * reads what the form submitted as the form's typed record (which refuses invalid input), hands it to
 * one domain service that stores it in the application's tables, and removes the form variables again,
 * all inside the transaction that completes the task: either the work is stored and the task is done,
 * or neither.
 *
 * <p>The submitted values are read as the engine holds them, without deserializing anything (a Json
 * document nested 5,000 deep, or an Object, reaches the listener as its text and is refused there).
 * The engine has put them into the task or the process before the listener runs, in memory: it writes them
 * ({@code ACT_RU_VARIABLE}, and {@code ACT_HI_VARINST} for the history) only when the command ends. A
 * refusal rolls everything back, so nothing is written; on success the form variables are emptied and
 * removed ({@link #discardFormVariables(VariableScope, Iterable)}), so neither table gets a submitted text, however long.
 */
public abstract class FormTaskListener implements TaskListener {

  /** How deep a JSON document a form submits may nest: a list of rows of fields is 3 deep. */
  public static final int MAX_JSON_DEPTH = 20;

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> onCreate(task);
      case EVENTNAME_COMPLETE -> {
        try {
          onComplete(task, new FormInput(submitted(task)));
        } catch (FormValidationException refusal) {
          throw refusal.refusedBy(task.getTaskDefinitionKey());
        }
        discardTaskFormVariables(task, formVariables());
      }
      default -> { }
    }
  }

  /**
   * What the form submitted, as the engine holds it (nothing deserialized). Submitted through Tasklist,
   * {@code submit-form} or {@code complete}, a value goes into the process, unless the task has a variable of
   * that name of its own (a task created before issue 17, step 9, which stored the values its form showed as
   * its own variables: {@code complete} writes beside it, which would hide the submitted value). Since nothing
   * a form shows is put into the process, a value of a shown name found there is the submitted one, and it wins.
   */
  private static VariableMap submitted(DelegateTask task) {
    VariableMap values = task.getVariablesTyped(false);
    VariableMap inherited = task.getExecution().getVariablesTyped(false);
    for (String name : task.getVariableNamesLocal()) {
      if (inherited.containsKey(name)) {
        values.putValueTyped(name, inherited.getValueTyped(name));
      }
    }
    return values;
  }

  /**
   * Removes a task's form variables: the task's own (shown by a task created before issue 17, step 9, or
   * submitted into them) and those a completion wrote into the process
   * ({@link #discardFormVariables(VariableScope, Iterable)}).
   */
  private static void discardTaskFormVariables(DelegateTask task, Iterable<String> names) {
    for (String name : names) {
      if (task.hasVariableLocal(name)) {
        task.setVariableLocal(name, Variables.untypedNullValue());
        task.removeVariableLocal(name);
      }
    }
    discardFormVariables(task.getExecution(), names);
  }

  /**
   * Removes the variables that fed and read a form, emptied first: the engine keeps a removed variable in
   * its history ({@code ACT_HI_VARINST}) with its last value, and the history row is written with the
   * command, so a submitted text — stored by the application, in NFC, in its own tables — would be
   * written there as sent: decomposed, padded with invisible characters, possibly longer than the
   * column's 4,000 characters (an HTTP 500 after the form was accepted).
   */
  public static void discardFormVariables(VariableScope scope, Iterable<String> names) {
    for (String name : names) {
      if (scope.hasVariable(name)) {
        scope.setVariable(name, Variables.untypedNullValue());
        scope.removeVariable(name);
      }
    }
  }

  /**
   * A copy of the mapper that reads JSON nested at most {@link #MAX_JSON_DEPTH} deep: deeper input is a
   * {@link JsonProcessingException}, which the forms' readers refuse as malformed.
   */
  public static ObjectMapper limited(ObjectMapper mapper) {
    ObjectMapper copy = mapper.copy();
    copy.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build());
    return copy;
  }

  /** Names the task and prepares its process for the step (the form's values are {@link #shown}). */
  protected abstract void onCreate(DelegateTask task);

  /**
   * The values the form shows, worked out when it is opened, from the application's tables (read in a read-only
   * transaction) and the task's variables: never stored in the engine. A value is a plain value or a typed one
   * (a Json document); a text longer than a String variable holds is cut, visibly.
   */
  protected Map<String, Object> shown(OpenedForm form) {
    return Map.of();
  }

  /** The values the form shows ({@link #shown}), typed as the engine would hold them. */
  public final VariableMap shownValues(OpenedForm form) {
    VariableMap values = Variables.createVariables();
    shown(form).forEach((name, value) -> values.putValue(name, fitted(value)));
    return values;
  }

  /** Validates and stores the submitted values; throws {@link FormValidationException} to refuse them. */
  protected abstract void onComplete(DelegateTask task, FormInput input);

  /** Names of the variables that exist only to feed and read the form. */
  protected abstract Set<String> formVariables();

  /**
   * Names a completion of this task may carry: the form's fields, those it shows and those the officer
   * fills in. A submission with any other variable is refused before the engine sees it
   * (the engine rules in the security package), so that nobody sets, through their own task, a variable the
   * cascade relies on (the unit's {@code assignmentId}, a candidate group, a decision of another task).
   * A form whose decision stays in the process for a gateway adds its name (the contract's
   * {@code TaskForm.submittedNames()}).
   */
  public Set<String> submittedVariables() {
    return formVariables();
  }

  /** A String variable holds at most {@link FormInput#MAX_TEXT} characters; longer text is cut, visibly. */
  private static Object fitted(Object value) {
    if (value instanceof String text && text.length() > FormInput.MAX_TEXT) {
      String more = "\n… (còn tiếp)";
      return text.substring(0, FormInput.MAX_TEXT - more.length()) + more;
    }
    return value;
  }

  /** The longest task name the engine stores ({@code ACT_RU_TASK.NAME_}). */
  static final int MAX_TASK_NAME = 255;

  /**
   * Names the task after its step (the model's name) and what it is about, so that the cards of
   * Tasklist can be told apart with several directives and units running: "Xây dựng kế hoạch của CĐCS —
   * Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình — 291/KH-LĐLĐ: Tổ chức…". Empty parts are left out; the
   * name is cut (with "…") to what the engine stores. Called on create, before anyone sees the task.
   */
  protected static void name(DelegateTask task, String... about) {
    task.setName(TaskTitle.of(task.getName(), about));
  }

  /** Who completes the task: its assignee, or else the authenticated user of the call. */
  protected static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return EngineInternals.currentAuthentication(task.getProcessEngineServices().getIdentityService())
        .map(Authenticated::userId).orElse(null);
  }
}
