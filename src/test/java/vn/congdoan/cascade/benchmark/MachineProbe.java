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

  MachineProbe() {
    sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    peakRss.accumulateAndGet(rssBytes(), Math::max);
    peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    peakLoad.accumulateAndGet(Math.round(loadAverage() * 100), Math::max);
  }

  /** Starts a new phase: peaks are measured from now. */
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
    return procLine(Path.of("/proc/self/status"), "VmRSS:").map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
  }

  /** The 1-minute load average. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
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
