package vn.congdoan.cascade.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A user task's name as officers read it on a Tasklist card: the step, then what it is about (the unit,
 * the directive), joined by " — " (see {@link FormTaskListener#name}).
 */
final class TaskTitle {

  static final String SEPARATOR = " — ";

  private TaskTitle() {
  }

  static String of(String step, String... about) {
    List<String> parts = new ArrayList<>();
    // a step's name already completed with its subject (a task created again) is not named twice
    String base = step == null ? "" : step;
    int separator = base.indexOf(SEPARATOR);
    parts.add(separator < 0 ? base : base.substring(0, separator));
    for (String part : about) {
      if (part != null && !part.isBlank()) {
        parts.add(part.strip());
      }
    }
    String name = String.join(SEPARATOR, parts);
    if (name.length() <= FormTaskListener.MAX_TASK_NAME) {
      return name;
    }
    return name.substring(0, FormTaskListener.MAX_TASK_NAME - 1).stripTrailing() + "…";
  }
}
