package io.tracetrack.migrations.bench;

import io.tracetrack.migrations.ColumnDef;
import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures, in one JVM with the heap the targets allow (see the POM), each workload next to a
 * baseline measured the same way, and prints a Markdown table: median and best of the timed runs
 * after warm-up, bytes allocated per run, and the ratio to the baseline.
 *
 * <ul>
 *   <li>diff + code generation: 1,000 tables of 20 columns, 5% of them changed (a column added, a type
 *       changed, an index added, a foreign key added, a default changed), against the baseline of
 *       diffing the same schema with itself (no change: the cost of only comparing);
 *   <li>replay: 500 revisions recorded from migration bodies through {@code Operations} and replayed in
 *       memory, against the baseline of the canonical JSON snapshot written and read for the resulting
 *       schema (what every autogenerate also does once).
 * </ul>
 */
public final class Bench {
  private static final int WARMUP = 15;
  private static final int RUNS = 25;

  private Bench() {}

  public static void main(String[] args) {
    Schema before = schema(1000, 20, false);
    Schema after = schema(1000, 20, true);
    List<List<Operation>> revisions = revisions(500);
    Schema replayed = replay(revisions);
    System.out.printf("JVM %s, max heap %d MB, %d processors%n", System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
    System.out.printf("diff finds %d steps; replay builds %d tables%n",
        SchemaDiff.between(before, after).steps().size(), replayed.tables().size());
    System.out.println();
    System.out.println("| workload | median ms | best ms | allocated MB/run | target | ratio to baseline |");
    System.out.println("|---|---|---|---|---|---|");
    Result diffBaseline = measure(() -> SchemaDiff.between(before, before).steps().size());
    Result diff = measure(() -> diffAndRender(before, after).length());
    print("diff + codegen, 1,000 tables x 20 columns, 5% changed", diff, "< 300 ms, < 256 MB heap", diffBaseline);
    print("baseline: diff of the unchanged schema with itself", diffBaseline, "", null);
    Result replayBaseline = measure(() -> jsonRoundTrip(replayed));
    Result replay = measure(() -> replay(revisions).tables().size());
    print("replay of 500 revisions (record + apply)", replay, "< 200 ms", replayBaseline);
    print("baseline: snapshot JSON write + read of the result", replayBaseline, "", null);
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.println();
    System.out.printf("peak heap used (all pools, whole run): %d MB of %d MB max%n", peak / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private record Result(double medianMs, double bestMs, double allocatedMb) {}

  private static void print(String name, Result r, String target, Result baseline) {
    String ratio = baseline == null ? "1.00" : String.format("%.2f", r.medianMs() / baseline.medianMs());
    System.out.printf("| %s | %.1f | %.1f | %.1f | %s | %s |%n", name, r.medianMs(), r.bestMs(), r.allocatedMb(), target, ratio);
  }

  private static Result measure(Supplier<Object> work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Object sink = null;
    for (int i = 0; i < WARMUP; i++) {
      sink = work.get();
    }
    double[] times = new double[RUNS];
    long allocated = 0;
    for (int i = 0; i < RUNS; i++) {
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      sink = work.get();
      times[i] = (System.nanoTime() - start) / 1e6;
      allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
    }
    if (sink == null) {
      throw new IllegalStateException();
    }
    Arrays.sort(times);
    return new Result(times[RUNS / 2], times[0], allocated / (double) RUNS / (1024 * 1024));
  }

  private static String diffAndRender(Schema before, Schema after) {
    SchemaDiff diff = SchemaDiff.between(before, after);
    Map<Operation, String> warnings = new IdentityHashMap<>();
    for (Step step : diff.steps()) {
      if (step.warning() != null) {
        warnings.put(step.forward(), step.warning());
      }
    }
    return MigrationClassWriter.render("bench.migrations", "M20260101000000_Bench",
        new RevisionHeader("aaaaaaaaaaaa", List.of("bbbbbbbbbbbb"), "Bench", "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), warnings, null).toString();
  }

  /** {@code tables} tables of {@code columns} columns, each with a primary key, an index and a key to the previous table. */
  static Schema schema(int tables, int columns, boolean changed) {
    List<Table> result = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      String name = "table_" + t;
      List<Column> cols = new ArrayList<>();
      cols.add(new Column("id", "bigint", false, null));
      cols.add(new Column("parent_id", "bigint", true, null));
      for (int c = 2; c < columns; c++) {
        cols.add(new Column("col_" + c, c % 3 == 0 ? "varchar(100)" : c % 3 == 1 ? "integer" : "timestamptz", c % 2 == 0,
            c % 5 == 0 ? "0" : null));
      }
      Table table = new Table(name, cols, List.of("id"), List.of()).withIndex(Index.of("ix_" + name + "_col_2", "col_2"));
      if (t > 0) {
        table = table.withForeignKey(new ForeignKey("fk_" + name + "_parent_id", List.of("parent_id"), "table_" + (t - 1),
            List.of("id"), null, null));
      }
      if (changed && t % 20 == 0) { // 5% of the tables
        List<Column> edited = new ArrayList<>(table.columns());
        edited.add(new Column("added", "text", true, null));
        edited.set(3, new Column("col_3", "varchar(200)", edited.get(3).nullable(), null));
        edited.set(5, new Column("col_5", "timestamptz", edited.get(5).nullable(), "1"));
        table = table.withColumns(edited).withIndex(Index.of("ix_" + name + "_col_4", "col_4"));
        if (t > 0) {
          table = table.withoutForeignKey("fk_" + name + "_parent_id").withForeignKey(new ForeignKey("fk_" + name + "_parent_id",
              List.of("parent_id"), "table_" + (t - 1), List.of("id"), "CASCADE", null));
        }
      }
      result.add(table);
    }
    return Schema.of(result);
  }

  /** 500 revisions as migrations record them: one in five creates a table, the others change one. */
  static List<List<Operation>> revisions(int count) {
    List<List<Operation>> revisions = new ArrayList<>();
    int tables = 0;
    for (int r = 0; r < count; r++) {
      final int revision = r;
      if (r % 5 == 0) {
        final String table = "t" + tables++;
        revisions.add(RecordingOperations.record(op -> {
          ColumnDef[] columns = new ColumnDef[12];
          columns[0] = ColumnDef.column("id", "bigint").primaryKey();
          for (int c = 1; c < columns.length; c++) {
            columns[c] = ColumnDef.column("c" + c, c % 2 == 0 ? "text" : "integer");
          }
          op.createTable(table, columns);
          op.createIndex(table, IndexDef.index("ix_" + table + "_c1", "c1"));
        }));
      } else {
        final String table = "t" + (tables - 1);
        revisions.add(RecordingOperations.record(op -> {
          op.addColumn(table, ColumnDef.column("r" + revision, "varchar(50)"));
          op.alterColumnNullable(table, "c1", revision % 2 == 0);
        }));
      }
    }
    return revisions;
  }

  static Schema replay(List<List<Operation>> revisions) {
    Schema schema = Schema.EMPTY;
    for (List<Operation> revision : revisions) {
      schema = SchemaReplayer.apply(schema, revision);
    }
    return schema;
  }

  private static int jsonRoundTrip(Schema schema) {
    String json = new Snapshot(schema, Map.of()).toJson();
    return Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bench").schema().tables().size();
  }
}
