package vn.congdoan.cascade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.congdoan.cascade.engine.EngineInternals;
import vn.congdoan.cascade.engine.WebappInternals;

/**
 * Camunda's implementation classes ({@code org.camunda.bpm.engine.impl…}, {@code org.camunda.bpm.webapp.impl…},
 * {@code org.camunda.bpm.engine.rest…impl…}) may change in any release; the application uses them in two
 * files only, named as such: {@link EngineInternals} and {@link WebappInternals} (with their nested classes).
 * Every other main class uses the public API. Checked on the compiled classes, so an implementation class
 * reached without an import (a fully qualified name, {@code var}, a method called on a returned internal
 * type) counts too.
 */
class EngineInternalsTest {

  static final Set<String> INTERNALS = Set.of(EngineInternals.class.getName(), WebappInternals.class.getName());

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.congdoan.cascade");

  static final DescribedPredicate<JavaClass> CAMUNDA_IMPLEMENTATION =
      DescribedPredicate.describe("a Camunda implementation class", c -> isCamundaImplementation(c.getName()));

  static boolean isCamundaImplementation(String className) {
    return className.startsWith("org.camunda.") && className.contains(".impl.");
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  @Test
  void onlyTheTwoInternalsFiles_useCamundaImplementationClasses() {
    noClasses().that(DescribedPredicate.describe("outside EngineInternals and WebappInternals",
            (JavaClass c) -> !INTERNALS.contains(topLevel(c))))
        .should().dependOnClassesThat(CAMUNDA_IMPLEMENTATION)
        .because("engine internals belong in engine.EngineInternals and engine.WebappInternals (issue 18)")
        .check(MAIN);
  }

  @Test
  void atMostTwoMainFiles_useThem() {
    Set<String> files = new TreeSet<>();
    for (JavaClass c : MAIN) {
      for (Dependency dependency : c.getDirectDependenciesFromSelf()) {
        if (isCamundaImplementation(dependency.getTargetClass().getName())) {
          files.add(topLevel(c));
        }
      }
    }
    assertThat(files).as("main files that use a Camunda implementation class").hasSizeLessThanOrEqualTo(2)
        .isSubsetOf(INTERNALS);
  }

  @Test
  void theRuleRecognisesEachKindOfImplementationPackage() {
    assertThat(isCamundaImplementation("org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl")).isTrue();
    assertThat(isCamundaImplementation("org.camunda.bpm.webapp.impl.security.auth.UserAuthentication")).isTrue();
    assertThat(isCamundaImplementation("org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider")).isTrue();
    assertThat(isCamundaImplementation("org.camunda.bpm.engine.TaskService")).isFalse();
  }
}
