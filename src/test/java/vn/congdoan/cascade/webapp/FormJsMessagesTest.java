package vn.congdoan.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.APP;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.resource;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Camunda Forms (form-js, inside the webjar's lib/deps.js) writes its validation messages in English,
 * without a translation hook; Tasklist's custom script {@code scripts/vietnamese-forms.js} replaces them
 * on the page. This test fails when a webjar upgrade changes or adds one of those messages, so that the
 * script is updated with it (docs/vietnamese-ui.md), and checks that Tasklist loads the script.
 */
class FormJsMessagesTest {

  /** form-js 1.8's messages as they stand in deps.js ({@code ${…}} where a value is put in). */
  static final List<String> ENGLISH = List.of(
      "Field is required.",
      "Field must have maximum length of ${t.maxLength}.",
      "Field must have minimum length of ${t.minLength}.",
      "Field must have minimum value of ${t.min}.",
      "Field must have maximum value of ${t.max}.",
      "Field must match pattern ${t.pattern}.",
      "Field must be a valid  international phone number. (e.g. +4930664040900)",
      "Field must be a valid email.",
      "Value is not a number.",
      "Value is expected to ",
      "be an integer",
      "have at most ${n} decimal digit",
      "Please select a valid value, the two nearest valid values are ${t} and ${i}.");

  /** The messages a script's rules read, written as examples. */
  static final List<String> EXAMPLES = List.of(
      "Field is required.", "Field must have maximum length of 4000.", "Field must have minimum length of 2.",
      "Field must have minimum value of 0.", "Field must have maximum value of 100.",
      "Field must match pattern ^\\s*\\d{1,2}(\\s*,\\s*\\d{1,2})*\\s*$.",
      "Field must be a valid  international phone number. (e.g. +4930664040900)", "Field must be a valid email.",
      "Value is not a number.", "Value is expected to be an integer.", "Value is expected to have at most 2 decimal digits.",
      "Please select a valid value, the two nearest valid values are 5 and 10.");

  @Test
  void theWebjarsFormJsStillWritesTheMessagesTheScriptTranslates() {
    String deps = text(resource("META-INF/resources/webjars/camunda/lib/deps.js", true));
    List<String> missing = new ArrayList<>();
    for (String english : ENGLISH) {
      if (!deps.contains(english)) {
        missing.add(english);
      }
    }
    assertThat(missing).as("form-js messages no longer in deps.js: update vietnamese-forms.js and this list").isEmpty();
    // every message form-js pushes in its validator is in the list
    Matcher pushed = Pattern.compile("\\.push\\((?:\"|`)((?:Field|Value|Please)[^\"`]*)(?:\"|`)\\)").matcher(deps);
    List<String> unknown = new ArrayList<>();
    while (pushed.find()) {
      String message = pushed.group(1);
      if (ENGLISH.stream().noneMatch(message::startsWith)) {
        unknown.add(message);
      }
    }
    assertThat(unknown).as("form-js messages the script does not know").isEmpty();
  }

  @Test
  void theScriptHasAVietnameseRuleForEveryMessage() {
    String script = text(resource(APP + "tasklist/scripts/vietnamese-forms.js", false));
    List<Pattern> rules = new ArrayList<>();
    Matcher rule = Pattern.compile("\\[/(\\^.*?\\$)/,").matcher(script);
    while (rule.find()) {
      rules.add(Pattern.compile(rule.group(1).replace("\\/", "/")));
    }
    assertThat(rules).hasSize(EXAMPLES.size());
    for (String example : EXAMPLES) {
      assertThat(rules).as(example).anyMatch(p -> p.matcher(example).matches());
    }
  }

  @Test
  void tasklistLoadsTheScript() {
    assertThat(text(resource(APP + "tasklist/scripts/config.js", false)))
        .contains("customScripts: ['scripts/vietnamese-forms', 'scripts/officer-controls'],");
  }
}
