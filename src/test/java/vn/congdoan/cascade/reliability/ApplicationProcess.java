package vn.congdoan.cascade.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.cascade.support.EngineRestClient;

/**
 * The application in a JVM of its own ({@link CrashHarness#main}: the application's main class with the
 * test-only harness added), started from the test class path, working in a directory of
 * the test's. The caller's arguments choose the profiles and the database: without a datasource URL it
 * is the default one of application.yaml, {@code ./data/cascade-db} (an H2 file) under that directory,
 * so the production H2 URL is what is tested and every run of the application in the test shares it.
 * Its stdout and stderr go to a log file; {@link #tail()} shows the
 * end of it when something fails.
 */
final class ApplicationProcess implements AutoCloseable {

  static final String ENGINE = "crashTest";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  private final int port;
  private final long startedAt = System.nanoTime();
  private long readyAfterMillis = -1;

  private ApplicationProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts the application in {@code workDir}; {@code extraArgs} are further Spring Boot arguments, among
   * them {@code --spring.profiles.active}.
   */
  static ApplicationProcess start(Path workDir, String name, int port, int smtpPort, List<String> extraArgs) {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
        "-cp", classPath, CrashHarness.class.getName(),
        "--server.port=" + port,
        "--camunda.bpm.process-engine-name=" + ENGINE,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=500",
        "--cascade.start-batch-size=5",
        "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtpPort,
        "--logging.level.org.camunda.bpm.engine.context=WARN",
        "--logging.level.com.openhtmltopdf=WARN",
        "--spring.main.banner-mode=off"));
    command.addAll(extraArgs);
    Path log = workDir.resolve(name + ".log");
    try {
      Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new ApplicationProcess(process, log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  EngineRestClient rest(String user) {
    return new EngineRestClient(port, "/engine-rest/engine/" + ENGINE, user, "demo");
  }

  /** Waits until the REST API answers an officer's query (the engine, its users and the web server are up). */
  ApplicationProcess awaitReady() {
    EngineRestClient office = rest("vanphong.cdyt");
    await("the application to start", START_TIMEOUT, () -> {
      try {
        return office.status("/task?maxResults=1") == 200;
      } catch (RuntimeException notYet) {
        return false;
      }
    });
    readyAfterMillis = (System.nanoTime() - startedAt) / 1_000_000;
    return this;
  }

  long readyAfterMillis() {
    return readyAfterMillis;
  }

  /** Waits for the crash point's marker line; returns its detail (what follows the point's name). */
  String awaitCrashPoint(CrashPoints.Point point) {
    Pattern marker = Pattern.compile("^" + CrashPoints.MARKER + " " + point + " (.*)$", Pattern.MULTILINE);
    String[] detail = new String[1];
    await("the crash point " + point, START_TIMEOUT, () -> {
      Matcher matcher = marker.matcher(output());
      if (matcher.find()) {
        detail[0] = matcher.group(1);
        return true;
      }
      return false;
    });
    return detail[0];
  }

  /**
   * SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns once the JVM is gone. With
   * {@code -DargLine=-Dcascade.test.thread-dump=true} a jstack thread dump is saved beside the log first.
   */
  void kill() {
    if (Boolean.getBoolean("cascade.test.thread-dump")) {
      try {
        new ProcessBuilder("jstack", String.valueOf(process.pid())).redirectErrorStream(true)
            .redirectOutput(log.resolveSibling("threads-" + process.pid() + ".txt").toFile()).start().waitFor();
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    process.destroyForcibly();
    awaitExit();
    if (process.exitValue() != 137) {
      throw new AssertionError("The application was to die of SIGKILL (exit 137) but exited with "
          + process.exitValue() + tail());
    }
  }

  /** A normal shutdown (SIGTERM): Spring closes the engine and the database. */
  void stop() {
    process.destroy();
    awaitExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private void awaitExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (process.isAlive()) {
      throw new AssertionError("The application JVM does not end");
    }
  }

  String output() {
    try {
      return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the application's output, for failure messages. */
  String tail() {
    String[] lines = output().split("\n");
    int from = Math.max(0, lines.length - 80);
    return "\n----- last lines of " + log + " -----\n" + String.join("\n", List.of(lines).subList(from, lines.length))
        + "\n-----";
  }

  /** Polls until the condition holds; fails with the application's output tail after the timeout. */
  void await(String what, Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError("The application ended (exit " + process.exitValue() + ") while waiting for " + what + tail());
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what + tail());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
