package vn.congdoan.cascade.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The figures of one benchmark run: per database, number of units and measure. */
final class BenchmarkResults {

  private final Map<String, String> versions = new LinkedHashMap<>();
  private String jobExecutor = "as configured in application.yaml";
  private String restartedJvm = "not started";
  private final Map<String, Map<Integer, Map<Measure, Double>>> values = new LinkedHashMap<>();

  void database(String database, String version) {
    versions.put(database, version);
  }

  void add(String database, int units, Measure measure, double value) {
    values.computeIfAbsent(database, d -> new LinkedHashMap<>()).computeIfAbsent(units, u -> new LinkedHashMap<>())
        .put(measure, value);
  }

  Optional<Double> get(String database, int units, Measure measure) {
    return Optional.ofNullable(values.getOrDefault(database, Map.of()).getOrDefault(units, Map.of()).get(measure));
  }

  void jobExecutor(String settings) {
    jobExecutor = settings;
  }

  String jobExecutor() {
    return jobExecutor;
  }

  void restartedJvm(String settings) {
    restartedJvm = settings;
  }

  String restartedJvm() {
    return restartedJvm;
  }

  Map<String, String> versions() {
    return versions;
  }

  Iterable<String> databases() {
    return values.keySet();
  }

  TreeSet<Integer> sizes(String database) {
    return new TreeSet<>(values.getOrDefault(database, Map.of()).keySet());
  }
}
