package vn.congdoan.cascade.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the benchmark knows of the machine and of its own process: cores, memory, CPU, the load
 * average (other builds share this machine), and this JVM's resident memory (VmRSS in /proc) and
 * heap, sampled twice a second so that a phase's peak is known.
 */
final class MachineProbe implements AutoCloseable {

  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "benchmark-memory-sampler");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong peakRss = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakLoad = new AtomicLong();
  private final AtomicLong runPeakRss = new AtomicLong();
  private final AtomicLong runPeakHeap = new AtomicLong();
  private final AtomicLong runPeakLoad = new AtomicLong();

  MachineProbe() {
    sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    long rss = rssBytes();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long load = Math.round(loadAverage() * 100);
    peakRss.accumulateAndGet(rss, Math::max);
    peakHeap.accumulateAndGet(heap, Math::max);
    peakLoad.accumulateAndGet(load, Math::max);
    runPeakRss.accumulateAndGet(rss, Math::max);
    runPeakHeap.accumulateAndGet(heap, Math::max);
    runPeakLoad.accumulateAndGet(load, Math::max);
  }

  /** Starts a new run (one database, one number of units): run-wide peaks are measured from now. */
  void startRun() {
    resetPeaks();
    runPeakRss.set(peakRss.get());
    runPeakHeap.set(peakHeap.get());
    runPeakLoad.set(peakLoad.get());
  }

  long runPeakRssBytes() {
    return runPeakRss.get();
  }

  long runPeakHeapBytes() {
    return runPeakHeap.get();
  }

  double runPeakLoad() {
    return runPeakLoad.get() / 100.0;
  }

  /** Starts a new phase: phase peaks are measured from now (run-wide peaks go on). */
  void resetPeaks() {
    peakRss.set(rssBytes());
    peakHeap.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    peakLoad.set(Math.round(loadAverage() * 100));
  }

  long peakRssBytes() {
    return peakRss.get();
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  double peakLoad() {
    return peakLoad.get() / 100.0;
  }

  static long rssBytes() {
    return rssBytes("self");
  }

  /** The resident memory of a process of this machine ("self" or its pid), or -1 when it has ended. */
  static long rssBytes(String process) {
    return procLine(Path.of("/proc", process, "status"), "VmRSS:").map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
  }

  /** The 1-minute load average. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU time used so far by this JVM and by PostgreSQL (seconds; -1 where unknown). */
  record Cpu(double jvm, double postgres) {

    static Cpu now() {
      return new Cpu(jvmCpuSeconds(), postgresCpuSeconds());
    }

    /** Milliseconds of JVM CPU per item since {@code start}. */
    double jvmMsPer(Cpu start, int items) {
      return (jvm - start.jvm) * 1000 / items;
    }

    /** Milliseconds of PostgreSQL CPU per item since {@code start}, or empty when PostgreSQL is not on this machine. */
    java.util.OptionalDouble postgresMsPer(Cpu start, int items) {
      return postgres < 0 || start.postgres < 0 ? java.util.OptionalDouble.empty()
          : java.util.OptionalDouble.of((postgres - start.postgres) * 1000 / items);
    }
  }

  /** CPU time this JVM has used (user and system, every thread: the application, the clients, the mail server). */
  static double jvmCpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e9 : -1;
  }

  /**
   * CPU time (user and system) the processes named {@code postgres} on this machine have used, or -1 when there
   * are none (a server elsewhere). Read from /proc/{pid}/stat in clock ticks of 1/100 s: each process's own time,
   * and the time of its children that have ended (the postmaster's, for a backend whose connection closed — the
   * pool replaces its connections every 30 minutes; without it a 100,000-unit run measured a negative time).
   */
  static double postgresCpuSeconds() {
    double ticks = 0;
    boolean found = false;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
        try {
          String stat = Files.readString(dir.resolve("stat"));
          int close = stat.lastIndexOf(')');
          if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
            continue;
          }
          String[] fields = stat.substring(close + 2).split(" ");
          // utime, stime, cutime, cstime: fields 14 to 17 of proc(5)
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
          found = true;
        } catch (IOException | RuntimeException e) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return found ? ticks / 100.0 : -1;
  }

  static String cpu() {
    return procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
  }

  static long memoryBytes() {
    return procLine(Path.of("/proc/meminfo"), "MemTotal:").map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
  }

  private static Optional<String> procLine(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
