package vn.congdoan.cascade.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's packages form layers, each using only the layers below it (docs/architecture.md
 * draws them). A package added without a place here fails {@link #everyPackageHasItsLayer()}; a class
 * that reaches upwards fails {@link #noPackageReachesAbove()}; two packages of one layer that use each
 * other fail {@link #noPackageCycles()}; a public type nobody outside its package uses fails
 * {@link #publicOnlyWhenUsedOutsideThePackage()}.
 */
class LayeringTest {

  static final String BASE = "vn.congdoan.cascade";

  /** Bottom to top; a package may use its own layer's packages and every layer below. */
  static final Map<String, List<String>> LAYERS = layers(
      "kernel", List.of("contract", "engine", "calendar", "database", "process", "form", "notification"),
      "organisation", List.of("organisation"),
      "documents", List.of("document"),
      "cascade", List.of("directive", "grassroots", "reminder", "nomination", "report", "recall", "reopen"),
      "edge", List.of("progress", "archive", "tasklist", "security", "operations", "audit", "export", ""));

  static JavaClasses main;
  static JavaClasses all;

  @BeforeAll
  static void importClasses() {
    all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(BASE);
    main = all.that(com.tngtech.archunit.base.DescribedPredicate.describe("main classes",
        c -> c.getSource().map(s -> !s.getUri().toString().contains("/test-classes/")).orElse(true)));
  }

  @Test
  void everyPackageHasItsLayer() {
    Set<String> unplaced = new TreeSet<>();
    for (JavaClass c : main) {
      String feature = featureOf(c);
      if (layerOf(feature) < 0) {
        unplaced.add(feature);
      }
    }
    assertThat(unplaced).as("packages without a layer in LayeringTest.LAYERS").isEmpty();
  }

  @Test
  void noPackageReachesAbove() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass c : main) {
      int own = layerOf(featureOf(c));
      c.getDirectDependenciesFromSelf().forEach(d -> {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith(BASE) && layerOf(featureOf(target)) > own) {
          violations.add(c.getName() + " -> " + target.getName() + " (" + layerName(own) + " uses "
              + layerName(layerOf(featureOf(target))) + ")");
        }
      });
    }
    assertThat(violations).as("dependencies on a higher layer").isEmpty();
  }

  @Test
  void noPackageCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(main);
  }

  /**
   * Read from the bytecode and from the sources: a constant another package reads (a process key, a
   * header name) is inlined by the compiler and leaves no trace in the classes.
   */
  @Test
  void publicOnlyWhenUsedOutsideThePackage() throws IOException {
    Map<Path, String> sources = new TreeMap<>();
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.put(file, Files.readString(file));
        }
      }
    }
    // configuration that names a class (logback-spring.xml, META-INF/spring.factories) instantiates it by reflection
    List<String> configuration = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(xml|factories|imports|properties|yaml)$")).toList()) {
        configuration.add(Files.readString(file));
      }
    }
    // a bean whose method a model calls (${reminderCheck.dueToday(…)}) is called by the engine's expression
    // language through reflection, which needs a public class; so is a bean that only a model deployed earlier
    // calls, whose running instances stay on it (src/test/resources/legacy-models/)
    StringBuilder models = new StringBuilder();
    for (String root : List.of("bpmn", "src/test/resources/legacy-models")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
          models.append(Files.readString(file));
        }
      }
    }
    List<String> needless = new ArrayList<>();
    sources.forEach((file, text) -> {
      Matcher type = PUBLIC_TYPE.matcher(text);
      // Flyway finds a Java migration on the class path and instantiates it by reflection, from its own package
      if (!file.startsWith("src/main/java") || !type.find() || text.contains("@SpringBootApplication")
          || text.contains("extends BaseJavaMigration")) {
        return;
      }
      String pkg = packageOf(text);
      String name = pkg + "." + type.group(1);
      Pattern use = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
      boolean usedOutside = sources.values().stream()
          .anyMatch(other -> !packageOf(other).equals(pkg) && use.matcher(other).find())
          || usedInBytecodeOutside(name, pkg)
          || configuration.stream().anyMatch(config -> use.matcher(config).find())
          || calledByAModel(text, models);
      if (!usedOutside) {
        needless.add(name);
      }
    });
    assertThat(needless).as("public types that no class outside their package uses: make them package-private")
        .isEmpty();
  }

  private static boolean calledByAModel(String source, CharSequence models) {
    Matcher bean = BEAN_NAME.matcher(source);
    return bean.find() && Pattern.compile("[$#]\\{\\s*" + Pattern.quote(bean.group(1)) + "\\s*\\.").matcher(models).find();
  }

  private static final Pattern BEAN_NAME = Pattern.compile("@(?:Component|Service)\\(\"(\\w+)\"\\)");

  /** A class of another package uses the type or one of its nested types (also through a method's result). */
  private static boolean usedInBytecodeOutside(String name, String pkg) {
    return all.stream()
        .filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "$"))
        .flatMap(c -> c.getDirectDependenciesToSelf().stream())
        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(pkg));
  }

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|record|enum|@interface) (\\w+)", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

  private static String packageOf(String source) {
    Matcher m = PACKAGE.matcher(source);
    return m.find() ? m.group(1) : "";
  }

  /** The first package below the base ("" for the base itself). */
  static String featureOf(JavaClass c) {
    String rest = c.getPackageName().equals(BASE) ? "" : c.getPackageName().substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static int layerOf(String feature) {
    int i = 0;
    for (List<String> packages : LAYERS.values()) {
      if (packages.contains(feature)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  static String layerName(int index) {
    return new ArrayList<>(LAYERS.keySet()).get(index);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> layers(Object... nameThenPackages) {
    Map<String, List<String>> layers = new LinkedHashMap<>();
    for (int i = 0; i < nameThenPackages.length; i += 2) {
      layers.put((String) nameThenPackages[i], (List<String>) nameThenPackages[i + 1]);
    }
    return layers;
  }
}
