package io.tracetrack.migrations.bench;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The in-memory replay of one compiled migration (such as the initial migration of {@link MavenBench}'s
 * 1,000-entity project), what {@code check} and {@code migrate} do before they compare: thread CPU
 * milliseconds per replay, median and best of the timed runs after warm-up. Run it once with each of
 * two builds of the engine on the class path, interleaved, to compare them.
 *
 * <p>Arguments: the project's {@code target/classes}, the migration's class name, and optionally the
 * number of warm-up and timed runs (5 and 15).
 */
public final class ReplayBench {
  private ReplayBench() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    URL classes = Path.of(args[0]).toUri().toURL();
    List<Operation> operations;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, ReplayBench.class.getClassLoader())) {
      Migration migration = (Migration) loader.loadClass(args[1]).getConstructor().newInstance();
      operations = RecordingOperations.record(migration::upgrade);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] millis = new double[runs];
    int tables = 0;
    for (int r = -warmup; r < runs; r++) {
      long start = threads.getCurrentThreadCpuTime();
      Schema schema = SchemaReplayer.apply(Schema.EMPTY, operations);
      long cpu = threads.getCurrentThreadCpuTime() - start;
      tables = schema.tables().size();
      if (r >= 0) {
        millis[r] = cpu / 1e6;
      }
    }
    Arrays.sort(millis);
    System.out.printf(Locale.ROOT, "replay of %d operations to %d tables: median %.1f ms, best %.1f ms CPU (%d runs)%n",
        operations.size(), tables, millis[runs / 2], millis[0], runs);
  }
}
