package vn.congdoan.cascade.contract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The form of a user task or start event: the element that shows it, the form ({@code camunda:formRef}
 * id, or the {@code embedded:deployment:} path), the form variables it shows and submits (removed from the
 * process on completion), and the submitted variables that stay in the process (a decision a gateway
 * reads).
 *
 * @param elementId the user task or start event
 * @param formId a Camunda Form's id, or the path of an embedded form
 * @param variables the form variables, removed again when the form is submitted
 * @param kept the submitted variables that stay in the process
 */
public record TaskForm(String elementId, String formId, List<ProcessVariable<?>> variables, List<ProcessVariable<?>> kept) {

  public TaskForm {
    variables = List.copyOf(variables);
    kept = List.copyOf(kept);
  }

  /** The names of the form variables (removed on completion). */
  public Set<String> variableNames() {
    return Set.copyOf(ProcessVariable.names(variables));
  }

  /** The names a submission of this form may carry: its form variables and the kept ones. */
  public Set<String> submittedNames() {
    Set<String> names = new LinkedHashSet<>(ProcessVariable.names(variables));
    names.addAll(ProcessVariable.names(kept));
    return Set.copyOf(names);
  }

  /** Whether the form is an embedded HTML form rather than a Camunda Form. */
  public boolean embedded() {
    return formId.endsWith(".html");
  }
}
