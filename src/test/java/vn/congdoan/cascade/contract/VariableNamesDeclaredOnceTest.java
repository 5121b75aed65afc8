package vn.congdoan.cascade.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process variable, process key and message name is written once, in the contract package: a
 * string literal equal to one of them anywhere else in the main sources fails this test, with the file
 * and line. Comments are not code and are not scanned.
 */
class VariableNamesDeclaredOnceTest {

  static final Path MAIN = Path.of("src/main/java");
  static final Path CONTRACT = MAIN.resolve("vn/congdoan/cascade/contract");

  static Set<String> declaredNames() {
    Set<String> names = new TreeSet<>(ContractDeclarations.allVariables().keySet());
    for (Class<?> model : ContractDeclarations.MODELS) {
      ContractDeclarations.strings(model).forEach((constant, value) -> {
        if (constant.equals("PROCESS_KEY") || constant.startsWith("MESSAGE_")) {
          names.add(value);
        }
      });
    }
    return names;
  }

  @Test
  void noDeclaredNameIsALiteralOutsideTheContract() throws IOException {
    Set<String> names = declaredNames();
    assertThat(names).contains("directiveId", "extendedAssignmentIds", "DirectiveCascadeProcess", "AllUnitsFinished",
        "planSubject", "reviewDecisionsJson");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(CONTRACT)).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (Literal literal : literals(source)) {
          if (names.contains(literal.text())) {
            found.add(MAIN.relativize(file) + ":" + literal.line() + " \"" + literal.text() + "\"");
          }
        }
      }
    }
    assertThat(found).as("variable names, process keys and messages written outside the contract package").isEmpty();
  }

  /** The contract sits at the bottom: it imports no other package of the application. */
  @Test
  void theContractImportsNoOtherApplicationPackage() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(CONTRACT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> line.matches("import (static )?vn\\.congdoan\\.cascade\\..*")
                && !line.matches("import (static )?vn\\.congdoan\\.cascade\\.contract\\..*"))
            .forEach(line -> found.add(file.getFileName() + ": " + line));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScannerFindsLiteralsAndSkipsComments() {
    String source = """
        // "inComment" here
        /* "inBlock" */ String a = "first"; char c = '"'; String b = "with \\" quote";
        /** {@code "inJavadoc"} */
        String t = \"""
            text block\""";
        String u = "http://x/*y*/";
        """;
    assertThat(literals(source)).extracting(Literal::text)
        .containsExactly("first", "with \\\" quote", "\n    text block", "http://x/*y*/");
    assertThat(literals(source).get(0).line()).isEqualTo(2);
  }

  record Literal(String text, int line) {}

  /** The string literals of a Java source (text blocks included), outside comments, raw (escapes kept). */
  static List<Literal> literals(String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = source.indexOf('\n', i) ;
        int end = source.indexOf("\"\"\"", start);
        literals.add(new Literal(source.substring(start, end), line));
        line += count(source, i, end + 3);
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(new Literal(source.substring(i + 1, j), line));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (source.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
