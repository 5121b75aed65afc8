package vn.congdoan.cascade.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
      "kernel", List.of("engine", "calendar", "database", "process", "form", "notification"),
      "organisation", List.of("organisation"),
      "documents", List.of("document"),
      "cascade", List.of("directive", "grassroots", "reminder", "nomination", "report"),
      "edge", List.of("progress", "archive", "tasklist", "security", ""));

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

  @Test
  void publicOnlyWhenUsedOutsideThePackage() {
    List<String> needless = new ArrayList<>();
    for (JavaClass c : main) {
      if (!c.isTopLevelClass() || !c.getModifiers().contains(JavaModifier.PUBLIC)
          || c.isAnnotatedWith(org.springframework.boot.autoconfigure.SpringBootApplication.class)) {
        continue;
      }
      boolean usedOutside = all.get(c.getName()).getDirectDependenciesToSelf().stream()
          .anyMatch(d -> !d.getOriginClass().getPackageName().equals(c.getPackageName()));
      if (!usedOutside) {
        needless.add(c.getName());
      }
    }
    assertThat(needless).as("public types that no class outside their package uses: make them package-private")
        .isEmpty();
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
