package vn.congdoan.cascade.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder file of a benchmark run: the methods that took the CPU (samples of
 * {@code jdk.ExecutionSample}, by the method on top of the stack — self — and by every method on the
 * stack — total, optionally only the methods of one package prefix), the monitors threads waited for ({@code jdk.JavaMonitorEnter}, by the frame that
 * blocked, summed time), optionally only between two times of day (the benchmark's log prints the time
 * each phase ends).
 *
 * <p>Run after a benchmark recorded with JFR (docs/benchmarks.md, "Profiling"):
 * <pre>java src/test/java/vn/congdoan/cascade/benchmark/ProfileSummary.java run.jfr [from HH:mm:ss] [to HH:mm:ss] [top N] [package prefix]</pre>
 * It is a single-file program (no dependency beyond the JDK), so {@code java} runs the source directly.
 */
public final class ProfileSummary {

  private ProfileSummary() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ProfileSummary <recording.jfr> [from HH:mm:ss] [to HH:mm:ss] [top N] [package prefix]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    LocalTime from = args.length > 1 ? LocalTime.parse(args[1]) : null;
    LocalTime to = args.length > 2 ? LocalTime.parse(args[2]) : null;
    int top = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    String prefix = args.length > 4 ? args[4] : "";
    summarise(file, from, to, top, prefix, System.out);
  }

  static void summarise(Path file, LocalTime from, LocalTime to, int top, String prefix, PrintStream out) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    Map<String, Long> blockedNanos = new HashMap<>();
    long samples = 0;
    long blocked = 0;
    ZoneId zone = ZoneId.systemDefault();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      LocalTime at = LocalTime.ofInstant(event.getStartTime(), zone);
      if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
        continue;
      }
      String type = event.getEventType().getName();
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (seen.add(name)) {
            total.merge(name, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.JavaMonitorEnter")) {
        blocked += event.getDuration().toNanos();
        blockedNanos.merge(firstApplicationFrame(frames), event.getDuration().toNanos(), Long::sum);
      }
    }
    out.printf("%s: %d CPU samples%s%n", file.getFileName(), samples,
        from == null ? "" : " between " + from + " and " + (to == null ? "the end" : to));
    print(out, "self", self, samples, top);
    total.keySet().removeIf(name -> !name.startsWith(prefix));
    print(out, "total (on the stack)" + (prefix.isEmpty() ? "" : ", methods of " + prefix + "…"), total, samples, top);
    out.printf("%nmonitor waits: %.1f s in all%n", blocked / 1e9);
    blockedNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> out.printf("  %8.1f ms  %s%n", e.getValue() / 1e6, e.getKey()));
  }

  private static void print(PrintStream out, String title, Map<String, Long> counts, long samples, int top) {
    out.printf("%n%s:%n", title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder()))).limit(top)
        .forEach(e -> out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
  }

  /** The innermost frame that is not the JDK's: where a monitor wait was asked for. */
  private static String firstApplicationFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
        return name;
      }
    }
    return name(frames.get(0));
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
