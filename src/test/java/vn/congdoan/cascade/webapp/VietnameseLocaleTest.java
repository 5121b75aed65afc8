package vn.congdoan.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale of the Camunda webapps (our {@code vi.json} beside the webjar's {@code en.json})
 * is complete and keeps every placeholder, and our copy of each app's {@code config.js} differs from the
 * webjar's only in offering Vietnamese first and falling back to it. After an upgrade of the webjar the
 * failures list the keys to translate (see docs/vietnamese-ui.md).
 */
class VietnameseLocaleTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";

  /** Values that may stay as in English: product names, identifiers, symbols and date patterns. */
  static final Set<String> SAME_AS_ENGLISH = Set.of("", "Camunda", "Camunda Cockpit", "Optimize", "ID", "ID*",
      "CSV", "JSON", "null", "<null>", "<undefined>", "<", "<=", ">", ">=", "L", "DD/MM/YYYY", "HH:mm",
      "YYYY-MM-DDTHH:mm:ss");

  /** What the webapps substitute or render inside a label: {{ expressions }}, %s/%d, {}, HTML tags, entities, line breaks. */
  static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{.*?\\}\\}|%[sd]|\\{\\}|</?(?:a|b|br|code|div|em|i|li|p|span|strong|ul)\\b[^>]*>|&[a-z]+;|\\n");

  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAVietnameseValue(String app) {
    Map<String, JsonNode> english = leaves(app, "en.json");
    Map<String, JsonNode> vietnamese = leaves(app, "vi.json");

    assertThat(difference(english.keySet(), vietnamese.keySet()))
        .as("keys of the webjar's %s/locales/en.json missing in our vi.json", app).isEmpty();
    assertThat(difference(vietnamese.keySet(), english.keySet()))
        .as("keys of our %s/locales/vi.json that en.json no longer has", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyValueIsTranslatedWithItsPlaceholders(String app) {
    Map<String, JsonNode> english = leaves(app, "en.json");
    Map<String, JsonNode> vietnamese = leaves(app, "vi.json");
    List<String> untranslated = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    List<String> brokenDateFormats = new ArrayList<>();

    List<String> changedSettings = new ArrayList<>();
    english.forEach((key, enNode) -> {
      JsonNode viNode = vietnamese.get(key);
      if (viNode == null) {
        return; // reported by everyEnglishKeyHasAVietnameseValue
      }
      if (!enNode.isTextual()) { // the first day of the week and of the year: settings, not text
        if (!enNode.equals(viNode)) {
          changedSettings.add(key + ": " + enNode + " became " + viNode);
        }
        return;
      }
      String en = enNode.asText();
      String vi = viNode.asText();
      if (vi.equals(en) && !SAME_AS_ENGLISH.contains(en)) {
        untranslated.add(key + " = " + en);
      }
      if (!placeholders(en).equals(placeholders(vi))) {
        brokenPlaceholders.add(key + ": " + placeholders(en) + " became " + placeholders(vi));
      }
      if (key.startsWith("dateLocales.calendar.") || key.startsWith("dateLocales.longDateFormat.")) {
        if (!momentTokens(en).equals(momentTokens(vi))) {
          brokenDateFormats.add(key + ": " + en + " became " + vi);
        }
      }
    });

    SoftAssertions.assertSoftly(softly -> {
      softly.assertThat(changedSettings).as("%s: settings that are not text", app).isEmpty();
      softly.assertThat(untranslated).as("%s: values still in English", app).isEmpty();
      softly.assertThat(brokenPlaceholders).as("%s: placeholders lost or added", app).isEmpty();
      softly.assertThat(brokenDateFormats).as("%s: moment.js tokens lost or added", app).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersVietnameseFirstAndFallsBackToIt(String app) {
    String ours = text(resource(APP + app + "/scripts/config.js", false));
    Matcher locales = Pattern.compile(
        "(?m)^\\s*locales: \\{\\s*availableLocales: \\[([^\\]]*)\\],\\s*fallbackLocale: '([a-z]+)'\\s*\\},").matcher(ours);

    assertThat(locales.find()).as("%s/scripts/config.js has an active locales block", app).isTrue();
    assertThat(locales.group(1).replace("'", "").split(",\\s*")).containsExactly("vi", "en");
    assertThat(locales.group(2)).isEqualTo("vi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configIsTheWebjarsFileExceptTheLocalesBlock(String app) {
    String ours = text(resource(APP + app + "/scripts/config.js", false));
    String webjars = text(resource(APP + app + "/scripts/config.js", true));

    String oursWithoutLocales = ours.replaceFirst(
        "(?s)\\n  // directive-cascade: .*?\\n  locales: \\{.*?\\n  \\},\\n(?:  customScripts: \\[[^\\]\\n]*\\],\\n)?(?:  links: \\[.*?\\n  \\],\\n)?", "\n");
    String webjarsWithoutLocales = webjars.replaceFirst(
        "(?s)\\n  // ['\"]locales['\"]: \\{\\n.*?\\n  // {1,2}\\},\\n", "\n");

    assertThat(oursWithoutLocales).as("our %s config.js outside its locales block", app)
        .isNotEqualTo(ours).isEqualTo(webjarsWithoutLocales).isNotEqualTo(webjars);
  }

  /** Every value of a locale file by its path, e.g. labels.CLAIM_TASK or dateLocales.months.4. */
  static Map<String, JsonNode> leaves(String app, String file) {
    try (InputStream in = resource(APP + app + "/locales/" + file, file.equals("en.json")).openStream()) {
      Map<String, JsonNode> leaves = new LinkedHashMap<>();
      collect(JSON.readTree(in), "", leaves);
      return leaves;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "." + i, leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  static List<String> placeholders(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s", ""));
    }
    Collections.sort(found);
    return found;
  }

  /** A moment.js format without its [escaped text]: the tokens, in order (e.g. "dddd [at] LT" → [dddd, LT]). */
  static List<String> momentTokens(String format) {
    return List.of(format.replaceAll("\\[[^\\]]*\\]", " ").trim().split("[^A-Za-z]+"));
  }

  private static List<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(k -> !b.contains(k)).toList();
  }

  /** The webjar's copy of a resource, or ours (from this project's classes, which precede the webjar). */
  static URL resource(String path, boolean fromWebjar) {
    try {
      for (URL url : Collections.list(VietnameseLocaleTest.class.getClassLoader().getResources(path))) {
        if (url.toString().contains("camunda-webapp-webjar") == fromWebjar) {
          return url;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError((fromWebjar ? "the webjar has no " : "this project has no ") + path);
  }

  static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
