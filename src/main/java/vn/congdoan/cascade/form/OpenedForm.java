package vn.congdoan.cascade.form;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A task's form as someone opens it (Tasklist reads {@code GET /task/{id}/form-variables}): the variables the engine
 * holds for the task (the process's ids, read with {@code ProcessVariable.from(variables)}), from which its
 * {@link FormTaskListener} works out what the form shows.
 */
public record OpenedForm(VariableMap variables) {}
