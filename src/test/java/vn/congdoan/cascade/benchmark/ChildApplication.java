package vn.congdoan.cascade.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.cascade.CascadeApplication;

/**
 * The application in a JVM of its own, started from the benchmark's class path with the JVM options an
 * administrator would give it: what a restart costs and how much memory the application alone holds, which the
 * benchmark's own JVM (clients, mail server, a first start that wrote the registry) cannot say. Its resident
 * memory (VmRSS) is sampled every 100 ms from the start; its log goes to a file, with the registry
 * synchronisation's own duration line ({@code OrganisationSync}) kept at INFO.
 */
final class ChildApplication implements AutoCloseable {

  private static final Pattern REGISTRY_SYNC = Pattern.compile("Registry synchronised in (\\d+) ms");

  private final Process process;
  private final int port;
  private final Path log;
  private final AtomicLong peakRss = new AtomicLong();
  private final Thread sampler;

  private ChildApplication(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.sampler = new Thread(() -> {
      while (process.isAlive()) {
        peakRss.accumulateAndGet(MachineProbe.rssBytes(String.valueOf(process.pid())), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException stopped) {
          return;
        }
      }
    }, "child-rss");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts the application on the database and registry file, with these JVM options and this malloc arena limit. */
  static ChildApplication start(BenchmarkDatabase db, Path organisation, int smtpPort, List<String> jvmOptions,
      String mallocArenaMax, Path log) {
    try {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), CascadeApplication.class.getName(),
          "--spring.profiles.active=demo", "--spring.datasource.url=" + db.url(),
          "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
          "--server.port=" + port, "--cascade.organisation.data-file=file:" + organisation,
          "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
          "--logging.level.vn.congdoan.cascade=WARN", "--logging.level.org.camunda=WARN",
          "--logging.level.vn.congdoan.cascade.organisation.OrganisationSync=INFO"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      if (!mallocArenaMax.isBlank()) {
        builder.environment().put("MALLOC_ARENA_MAX", mallocArenaMax);
      }
      return new ChildApplication(builder.start(), port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /** Waits until the readiness probe answers 200 (Spring Boot's ready event: the registry synchronised). */
  void awaitReady(Duration limit) throws InterruptedException {
    long until = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < until) {
      CascadeBenchmark.check(process.isAlive(), "the application's JVM ended during start-up; see " + log);
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port
            + "/actuator/health/readiness").toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(5000);
        int status = connection.getResponseCode();
        connection.disconnect();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the application was not ready within " + limit + "; see " + log);
  }

  /** The registry synchronisation's duration as the application logged it, in seconds. */
  double registrySyncSeconds() {
    try {
      Matcher found = REGISTRY_SYNC.matcher(Files.readString(log));
      CascadeBenchmark.check(found.find(), "no registry synchronisation logged in " + log);
      return Long.parseLong(found.group(1)) / 1000.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long peakRssBytes() {
    return peakRss.get();
  }

  /** Stops the application as a service manager would (SIGTERM), and waits for it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    sampler.interrupt();
  }
}
