package vn.congdoan.cascade.form;

import java.util.Set;

/**
 * The start form of a process a user may start: what a start request may carry. Anything else, and a
 * start somewhere other than the start event, is refused before the engine sees it
 * (the engine rules in the security package).
 */
public interface StartForm {

  String processDefinitionKey();

  Set<String> submittedVariables();
}
