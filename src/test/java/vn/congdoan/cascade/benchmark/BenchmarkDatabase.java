package vn.congdoan.cascade.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

  void drop() {
    dropper.run();
  }
}
