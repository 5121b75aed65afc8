package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is kept in the repository: no private key, no cloud or mail-service token, and no password
 * other than the documented demo ones (the demo officers' "demo", the local Docker stack's database
 * password) — every real credential comes from the environment ({@code CASCADE_ADMIN_PASSWORD},
 * {@code CASCADE_DB_PASSWORD}, {@code SPRING_MAIL_PASSWORD}; see docs/security.md).
 */
class NoSecretsInRepositoryTest {

  static final List<Path> ROOTS = List.of(Path.of("src"), Path.of("bpmn"), Path.of("docker"), Path.of("docs"),
      Path.of(".ci"), Path.of("pom.xml"), Path.of("README.md"));

  static final List<Pattern> SECRETS = List.of(
      Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
      Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
      Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
      Pattern.compile("\\bxox[abpr]-[A-Za-z0-9-]{10,}"),
      Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}\\b"),
      Pattern.compile("(?i)jdbc:[a-z]+://[^\\s\"'/]*:[^\\s\"'@/$]+@"));

  /** A password given a literal value in configuration, e.g. {@code password: hunter2} or {@code PASSWORD=…}. */
  static final Pattern ASSIGNED_PASSWORD = Pattern.compile(
      "(?i)(password|passwd|secret)[a-z_-]*\\s*[:=]\\s*[\"']?([^\\s\"'$,;)}]+)");

  /** The documented demo values, and words that appear after "password:" in prose. */
  static final Set<String> ALLOWED = Set.of("demo", "cascade", "false", "true", "null", "none", "required");

  /**
   * Where a secret is read from, not a secret: the file of a Docker secret ({@code password_file:
   * /run/secrets/…}, {@code …__FILE: /run/secrets/…}).
   */
  static final String DOCKER_SECRET_FILE = "/run/secrets/";

  /**
   * Compose's key {@code secrets:} with its list or map on the next lines names the secrets a service gets
   * (their values come from the environment), it assigns none.
   */
  static boolean isComposeSecretsKey(Matcher password) {
    String match = password.group();
    return match.regionMatches(true, 0, "secrets", 0, 7) && match.matches("(?is)secrets\\s*:[ \\t]*\\R.*");
  }

  @Test
  void noPrivateKeysTokensOrLiteralPasswords() throws IOException {
    List<String> findings = new ArrayList<>();
    for (Path root : ROOTS) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).filter(NoSecretsInRepositoryTest::isText)
            .filter(file -> !file.getFileName().toString().equals("NoSecretsInRepositoryTest.java")).toList()) {
          String text = read(file);
          if (text == null) {
            continue;
          }
          for (Pattern secret : SECRETS) {
            if (secret.matcher(text).find()) {
              findings.add(file + ": " + secret.pattern());
            }
          }
          if (isConfiguration(file)) {
            Matcher password = ASSIGNED_PASSWORD.matcher(text);
            while (password.find()) {
              if (!ALLOWED.contains(password.group(2).toLowerCase()) && !password.group(2).startsWith(DOCKER_SECRET_FILE)
                  && !isComposeSecretsKey(password)) {
                findings.add(file + ": " + password.group());
              }
            }
          }
        }
      }
    }
    assertThat(findings).as("secrets in the repository").isEmpty();
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    assertThat(ASSIGNED_PASSWORD.matcher("spring.mail.password: s3cr3t-Pa55").find()).isTrue();
    assertThat(ASSIGNED_PASSWORD.matcher("CASCADE_DB_PASSWORD=Hunter2!").find()).isTrue();
    Matcher fromEnvironment = ASSIGNED_PASSWORD.matcher("password: ${CASCADE_DB_PASSWORD:}");
    assertThat(fromEnvironment.find()).isFalse();
    assertThat(SECRETS.get(5).matcher("jdbc:postgresql://cascade:geheim@db:5432/cascade").find()).isTrue();
    Matcher secretFile = ASSIGNED_PASSWORD.matcher("password_file: /run/secrets/prometheus_scrape_auth");
    assertThat(secretFile.find() && secretFile.group(2).startsWith(DOCKER_SECRET_FILE)).isTrue();
    Matcher composeKey = ASSIGNED_PASSWORD.matcher("    secrets:\n      - prometheus_scrape_auth");
    assertThat(composeKey.find() && isComposeSecretsKey(composeKey)).isTrue();
    Matcher literal = ASSIGNED_PASSWORD.matcher("secrets: hunter2");
    assertThat(literal.find() && !isComposeSecretsKey(literal)).as("a value on the same line is still a literal").isTrue();
    Matcher nextLine = ASSIGNED_PASSWORD.matcher("password:\n  hunter2");
    assertThat(nextLine.find() && !isComposeSecretsKey(nextLine)).as("a password on the next line is still a literal").isTrue();
    assertThat(SECRETS.get(0).matcher("-----BEGIN RSA PRIVATE KEY-----").find()).isTrue();
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return !(name.endsWith(".png") || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".ttf")
        || name.endsWith(".jar"));
  }

  private static boolean isConfiguration(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".properties") || name.endsWith(".env")
        || name.equals("Dockerfile") || name.endsWith(".xml") || name.equals("run");
  }

  private static String read(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
