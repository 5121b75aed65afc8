package vn.congdoan.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.APP;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.resource;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's keyboard shortcuts: the webjar's {@code config.js} declares them with English descriptions,
 * which Tasklist shows untranslated; {@code scripts/vietnamese-forms.js} gives every one of them a
 * Vietnamese description (shown in the browser by {@code ui.WebappTextsBrowserTest}). A shortcut added by
 * a webjar upgrade fails here until the script has its Vietnamese.
 */
class TasklistShortcutsTest {

  static final Pattern SHORTCUT = Pattern.compile("(?m)^\\s*(\\w+): \\{\\s*key: '([^']+)',\\s*description: '([^']+)'");
  static final Pattern VIETNAMESE = Pattern.compile("(?m)^\\s*(\\w+): '([^']+)',?$");

  @Test
  void everyShortcutOfTheWebjarHasAVietnameseDescription() {
    Map<String, String> english = shortcuts(text(resource(APP + "tasklist/scripts/config.js", true)));
    String script = text(resource(APP + "tasklist/scripts/vietnamese-forms.js", false));
    Matcher block = Pattern.compile("(?s)export const SHORTCUTS = \\{(.*?)\\n\\};").matcher(script);
    assertThat(block.find()).as("vietnamese-forms.js declares SHORTCUTS").isTrue();
    Map<String, String> vietnamese = new LinkedHashMap<>();
    Matcher m = VIETNAMESE.matcher(block.group(1));
    while (m.find()) {
      vietnamese.put(m.group(1), m.group(2));
    }

    assertThat(english).as("the webjar's shortcuts").containsKeys("claimTask", "focusFilter", "focusList", "focusForm",
        "startProcess");
    assertThat(vietnamese.keySet()).as("shortcuts with a Vietnamese description").isEqualTo(english.keySet());
    vietnamese.forEach((name, description) -> assertThat(description).as(name)
        .isNotEqualTo(english.get(name)).matches(".*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ].*"));
  }

  @Test
  void ourConfigKeepsTheWebjarsShortcuts() {
    assertThat(shortcuts(text(resource(APP + "tasklist/scripts/config.js", false))))
        .isEqualTo(shortcuts(text(resource(APP + "tasklist/scripts/config.js", true))));
  }

  private static Map<String, String> shortcuts(String config) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = SHORTCUT.matcher(config);
    while (m.find()) {
      found.put(m.group(1), m.group(3));
    }
    return found;
  }
}
