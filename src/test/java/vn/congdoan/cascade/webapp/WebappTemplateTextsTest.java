package vn.congdoan.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.APP;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.resource;
import static vn.congdoan.cascade.webapp.VietnameseLocaleTest.text;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;

/**
 * The texts Cockpit and Admin write without their locale files, which {@code scripts/vietnamese-page.js}
 * puts into Vietnamese: the variables table's "Actions" header, Admin's permission names and "Select
 * all"/"Unselect all", and the group types. Found in the 7.24 webjar; a webjar upgrade that adds a
 * permission fails here until the script has its Vietnamese. {@code ui.WebappTextsBrowserTest} shows
 * them in the browser.
 */
class WebappTemplateTextsTest {

  static final String SCRIPT = "/scripts/vietnamese-page.js";

  @Test
  void theSameScriptInCockpitAdminAndTheWelcomePage() {
    String cockpit = text(resource(APP + "cockpit" + SCRIPT, false));
    assertThat(text(resource(APP + "admin" + SCRIPT, false))).isEqualTo(cockpit);
    assertThat(text(resource(APP + "welcome" + SCRIPT, false))).isEqualTo(cockpit);
  }

  @Test
  void everyPermissionAdminShowsHasAVietnameseName() {
    String admin = text(resource(APP + "admin/camunda-admin-bootstrap.js", true));
    Matcher map = Pattern.compile("permissionMap=\\{(.*?)\\}").matcher(admin);
    assertThat(map.find()).as("Admin's permissionMap in the webjar").isTrue();
    Set<String> shown = new TreeSet<>(Set.of("ALL", "NONE"));
    Matcher name = Pattern.compile("\"([A-Z_]+)\"").matcher(map.group(1));
    while (name.find()) {
      shown.add(name.group(1));
    }
    Map<String, String> vietnamese = block("PERMISSIONS");

    assertThat(shown).as("permissions found in the webjar").contains("ACCESS", "READ", "TASK_WORK", "CREATE_INSTANCE")
        .hasSizeGreaterThan(30);
    assertThat(vietnamese.keySet()).as("permissions with a Vietnamese name").containsAll(shown);
    assertThat(vietnamese.values()).doesNotHaveDuplicates().allMatch(v -> !v.equals(v.toUpperCase()));
    // the templates still write them raw, as the script expects
    assertThat(admin).contains("{{formatPermissions(authorization.permissions)}}", "{{perm}}", "</button> Select all",
        "</button> Unselect all");
  }

  @Test
  void everyGroupTypeTheApplicationCreatesHasAVietnameseName() throws Exception {
    Set<String> types = new TreeSet<>(Set.of(Groups.GROUP_TYPE_SYSTEM, Groups.GROUP_TYPE_WORKFLOW));
    for (Field field : Class.forName("vn.congdoan.cascade.organisation.CamundaIdentitySync").getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && field.getName().endsWith("_TYPE")) {
        field.setAccessible(true);
        types.add((String) field.get(null));
      }
    }

    assertThat(types).as("the registry's group types").contains("grassroots", "sector");
    assertThat(block("GROUP_TYPES").keySet()).containsAll(types);
    String admin = text(resource(APP + "admin/camunda-admin-bootstrap.js", true));
    assertThat(admin).contains("<td class=\"group-type\">\\n", "{{group.type}}", "name=\"groupType\"");
  }

  @Test
  void theVariablesTableWritesActionsInEnglish() {
    for (String app : new String[] {"cockpit", "admin"}) {
      assertThat(text(resource(APP + app + "/camunda-" + app + "-bootstrap.js", true)))
          .as(app).contains("<td class=\"actions\"\\n        ng-if=\"editable.length\">\\n      Actions\\n    </td>");
    }
    assertThat(text(resource(APP + "cockpit" + SCRIPT, false))).contains("Actions: 'Thao tác'");
  }

  /** The entries of one of the script's exported maps: {@code NAME: 'Vietnamese'}. */
  private static Map<String, String> block(String name) {
    String script = text(resource(APP + "admin" + SCRIPT, false));
    Matcher block = Pattern.compile("(?s)export const " + name + " = \\{(.*?)\\n\\};").matcher(script);
    assertThat(block.find()).as("vietnamese-page.js declares " + name).isTrue();
    Map<String, String> entries = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("(?m)^\\s*'?(\\w+)'?: '([^']+)',?$").matcher(block.group(1));
    while (entry.find()) {
      entries.put(entry.group(1), entry.group(2));
    }
    return entries;
  }
}
