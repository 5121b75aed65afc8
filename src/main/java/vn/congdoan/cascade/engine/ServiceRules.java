package vn.congdoan.cascade.engine;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The rules the engine's task, form, runtime and identity services ask before a call of a {@link Caller}
 * changes anything ({@code security.EngineRules}); {@link EngineInternals} installs services that ask
 * them. Each method returns when the call may go on and throws the refusal otherwise.
 */
public interface ServiceRules {

  /** A completion, form submission or resolution of the task carrying these variables. */
  void completing(Caller caller, String taskId, Map<String, ?> variables);

  /** A start of a process (by key or definition id), with its variables; {@code elsewhere}: not at its start event. */
  void starting(Caller caller, String key, String definitionId, Map<String, ?> variables, boolean elsewhere);

  void writingTaskVariables(Caller caller, String taskId);

  void writingProcessVariables(Caller caller, String what);

  /** A BPMN error or escalation thrown from a task. */
  void throwingFromTask(Caller caller, String taskId);

  /** Claiming for, assigning, delegating to, making owner or candidate this user. */
  void holding(Caller caller, String taskId, String userId);

  /** Making a group a candidate of the task. */
  void offering(Caller caller, String taskId, String groupId);

  /** Taking a group off the task. */
  void withdrawing(Caller caller, String taskId, String groupId);

  /** Saving a task (a new one, or changed properties). */
  void saving(Caller caller, Task task);

  void changingTask(Caller caller, String taskId, String property);

  /** Deleting tasks, comments, attachments; editing comments. */
  void changingTaskRecords(Caller caller, String what);

  /** What only administrators do: restart, modify, migrate, suspend, correlate, signal, incidents. */
  void administering(Caller caller, String what);

  void deleting(Caller caller, Collection<String> processInstanceIds);

  void deletingByQuery(Caller caller);

  void checkingPassword(Caller caller, String userId);
}
