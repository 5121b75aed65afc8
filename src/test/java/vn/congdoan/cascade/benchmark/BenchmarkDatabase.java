package vn.congdoan.cascade.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/** A fresh database for one benchmark run: an H2 file under target/benchmark, or a PostgreSQL database dropped afterwards. */
record BenchmarkDatabase(String url, String user, String password, String version, Runnable dropper) {

  static BenchmarkDatabase h2(Path dir, int units) throws Exception {
    Path files = dir.resolve("h2-" + units + "-" + System.currentTimeMillis());
    // by default the options of the default URL (application.yaml): every commit written to the file before it returns
    String options = System.getProperty("benchmark.h2-options", ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
    String url = "jdbc:h2:file:" + files.resolve("cascade") + options;
    String version;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      version = "H2 " + c.getMetaData().getDatabaseProductVersion() + " (file" + options.replace(";", ", ") + ")";
    }
    return new BenchmarkDatabase(url, "sa", "", version, () -> FileSystemUtils.deleteRecursively(files.toFile()));
  }

  static BenchmarkDatabase postgres(int units) throws Exception {
    String base = System.getenv().getOrDefault("CASCADE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = System.getenv().getOrDefault("CASCADE_TEST_POSTGRES_USER", "postgres");
    String password = System.getenv().getOrDefault("CASCADE_TEST_POSTGRES_PASSWORD", "");
    String name = "cascade_benchmark_" + units + "_" + System.currentTimeMillis();
    String version;
    try (Connection c = DriverManager.getConnection(base, user, password); Statement sql = c.createStatement()) {
      sql.execute("create database " + name);
      version = "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
    }
    Runnable drop = () -> {
      try (Connection c = DriverManager.getConnection(base, user, password); Statement sql = c.createStatement()) {
        sql.execute("drop database if exists " + name + " with (force)");
      } catch (Exception e) {
        CascadeBenchmark.log("could not drop %s: %s", name, e.getMessage());
      }
    };
    return new BenchmarkDatabase(base.replaceFirst("^(jdbc:postgresql://[^/]+/)[^/?]*", "$1" + name), user, password, version, drop);
  }

  /**
   * What autovacuum would have done by now: PostgreSQL's planner statistics of tables that a fan-out has just filled.
   * This machine's PostgreSQL runs with {@code autovacuum = off} (the CI's configuration), so its statistics stay those
   * of the empty tables, and the engine's look-up of an execution's variables then reads a bitmap of every process
   * variable (7 ms at 10,000 units instead of 0.07 ms); a server as installed, with autovacuum on, analyzes a table
   * within a minute of a tenth of it changing. Does nothing on H2 or when autovacuum is on. Returns the seconds it took.
   */
  double analyzeIfNoAutovacuum() throws Exception {
    if (!url.startsWith("jdbc:postgresql:")) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection(url, user, password); Statement sql = c.createStatement()) {
      try (var autovacuum = sql.executeQuery("show autovacuum")) {
        if (autovacuum.next() && "on".equals(autovacuum.getString(1))) {
          return 0;
        }
      }
      long t0 = System.nanoTime();
      sql.execute("analyze");
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  /**
   * Autovacuum's analyze, done by the benchmark while the application runs on a server that has autovacuum off: every
   * {@code autovacuum_naptime} the tables with more rows changed since their last analysis than
   * {@code autovacuum_analyze_threshold + autovacuum_analyze_scale_factor × rows} (the server's settings, 50 + 10 % as
   * installed) are analyzed, as the autovacuum launcher would. Without it a table that fills during a phase keeps the
   * statistics of its empty state, and a statement the driver prepared while it was empty keeps the plan made for an
   * empty table: the sent-log's once-only check read the whole sent-log for each of 100,000 reminders. Nothing to do
   * on H2 or when autovacuum is on; closing stops it.
   */
  AutoCloseable analyzeAsAutovacuumWould() throws Exception {
    if (!url.startsWith("jdbc:postgresql:")) {
      return () -> {};
    }
    long naptimeSeconds;
    try (Connection c = DriverManager.getConnection(url, user, password); Statement sql = c.createStatement();
        var settings = sql.executeQuery("select current_setting('autovacuum'),"
            + " extract(epoch from current_setting('autovacuum_naptime')::interval)")) {
      settings.next();
      if ("on".equals(settings.getString(1))) {
        return () -> {};
      }
      naptimeSeconds = Math.max(1, settings.getLong(2));
    }
    var analyzer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "benchmark-autoanalyze");
      thread.setDaemon(true);
      return thread;
    });
    analyzer.scheduleWithFixedDelay(this::analyzeChangedTables, naptimeSeconds, naptimeSeconds,
        TimeUnit.SECONDS);
    return analyzer::shutdownNow;
  }

  private void analyzeChangedTables() {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement sql = c.createStatement()) {
      List<String> changed = new ArrayList<>();
      try (var tables = sql.executeQuery("select quote_ident(s.schemaname) || '.' || quote_ident(s.relname)"
          + " from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.n_mod_since_analyze >"
          + " current_setting('autovacuum_analyze_threshold')::float8"
          + " + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)")) {
        while (tables.next()) {
          changed.add(tables.getString(1));
        }
      }
      if (!changed.isEmpty()) {
        long t0 = System.nanoTime();
        sql.execute("analyze " + String.join(", ", changed));
        CascadeBenchmark.log("autovacuum's analyze (the server has autovacuum off): %s in %.1f s", String.join(", ", changed),
            (System.nanoTime() - t0) / 1e9);
      }
    } catch (Exception e) {
      CascadeBenchmark.log("autovacuum's analyze failed: %s", e.getMessage());
    }
  }

  void drop() {
    dropper.run();
  }
}
