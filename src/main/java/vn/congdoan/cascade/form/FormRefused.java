package vn.congdoan.cascade.form;

import java.util.List;

/**
 * A user's input was refused and nothing was stored: published once per refusal (an application event,
 * outside the rolled-back transaction), for the metrics.
 *
 * @param task the task definition key of the form that refused it, or null when it was no task's form
 *     (the fields are then whatever the caller sent, not a form's)
 * @param fields the refused fields, in the form's order
 */
public record FormRefused(String task, List<String> fields) {

  public FormRefused {
    fields = List.copyOf(fields);
  }
}
