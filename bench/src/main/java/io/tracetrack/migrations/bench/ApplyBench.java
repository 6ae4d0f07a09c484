package io.tracetrack.migrations.bench;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.ForeignKeyDef;
import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.TraceTrack;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.loader.RevisionIndex;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;

/**
 * The apply path against a real PostgreSQL (zonky embedded): W500/W5000 (each migration a table,
 * an index and a foreign key) applied by our engine in this JVM next to {@code psql -f} of the same
 * SQL in one transaction per migration (the database's own cost), run after run interleaved;
 * round trips per migration; and a no-op upgrade over 1,000 and 10,000 applied revisions, with and
 * without the processor's revision index. Prints Markdown rows.
 */
public final class ApplyBench {
  private static final MigrationLog QUIET = new MigrationLog() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {
      System.err.println("WARN " + message);
    }
  };
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private static int databases;

  private ApplyBench() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("bench.runs", 5);
    Path work = Path.of(args.length > 0 ? args[0] : "bench/target/apply-bench");
    List<String> workloads = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
        : List.of("w500", "w5000", "noop1000", "noop10000", "javac1000");
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      System.out.printf("Measured %s on %s (%d processors, load average %s at the start), JDK %s, PostgreSQL %s,"
          + " medians of %d interleaved runs%n%n", LocalDate.now(), machine(),
          Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
          version(server), runs);
      System.out.println("| workload | median s | baseline median s | ratio | round trips per migration (engine / baseline) |");
      System.out.println("|---|---|---|---|---|");
      for (String workload : workloads) {
        if (workload.startsWith("w")) {
          apply(server, Integer.parseInt(workload.substring(1)), runs, work);
        } else if (workload.startsWith("noop")) {
          noop(server, Integer.parseInt(workload.substring(4)), runs, work);
        } else if (workload.startsWith("javac")) {
          int count = Integer.parseInt(workload.substring(5));
          double[] times = ProcessorBench.run(count, runs, work);
          row(String.format(Locale.ROOT, "javac of %,d entities x 20 columns: our processor vs a do-nothing processor",
              count), times[0], times[1], String.format(Locale.ROOT, "CPU of the compiling thread %.3f / %.3f s: %.2f",
              times[2], times[3], times[2] / times[3]));
        } else {
          throw new IllegalArgumentException("Unknown workload " + workload + ": w<N>, noop<N> or javac<N>");
        }
      }
      System.out.printf("%nLoad average at the end: %s%n", loadAverage());
    }
  }

  /** The processor's model name and architecture, as far as the system tells. */
  static String machine() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    String model = !Files.isReadable(cpuinfo) ? "" : Files.readAllLines(cpuinfo).stream()
        .filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst().orElse("");
    return (model.isEmpty() ? "" : model + ", ") + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.isReadable(load) ? String.join(" ", Arrays.asList(Files.readString(load).split(" ")).subList(0, 3))
        : "unknown";
  }

  /**
   * Our upgrade in this JVM, Flyway's and Liquibase's, against psql -f of the same statements, one
   * transaction per migration; each run applies all four to fresh databases, one after the other.
   */
  private static void apply(EmbeddedPostgres server, int count, int runs, Path work) throws Exception {
    Path script = work.resolve("w" + count + ".sql");
    Files.createDirectories(work);
    List<List<String>> statements = new ArrayList<>();
    for (LoadedMigration migration : workload(count)) {
      List<String> step = new ArrayList<>();
      migration.upgradeOperations().forEach(operation -> step.addAll(operation.statements()));
      statements.add(step);
    }
    Files.writeString(script, psqlScript(statements));
    PeerEngines.write(statements, work.resolve("w" + count));
    int psqlTrips = statements.stream().mapToInt(step -> step.size() + 2).sum();
    double[] psql = new double[runs];
    Timed ours = new Timed(runs);
    Timed flyway = new Timed(runs);
    Timed liquibase = new Timed(runs);
    for (int r = -1; r < runs; r++) { // the first round warms every engine up (JIT, class loading) and is not kept
      String psqlDb = newDatabase(server);
      long start = System.nanoTime();
      psql(server, psqlDb, script);
      if (r >= 0) {
        psql[r] = seconds(start);
      }
      MigrationSet migrations = new MigrationSet(workload(count));
      ours.run(r, server, data -> new Migrator(migrations, QUIET)
          .upgrade(DatabaseSettings.of(data, "bench"), "head", Duration.ofSeconds(60)));
      flyway.run(r, server, data -> PeerEngines.flyway(data, work.resolve("w" + count)));
      liquibase.run(r, server, data -> PeerEngines.liquibase(data, work.resolve("w" + count)));
    }
    String trips = " / " + format(psqlTrips / (double) count);
    row("W" + count + " apply, in-JVM: TraceTrack vs psql -f", median(ours.seconds), median(psql), ours.trips(count) + trips);
    row("W" + count + " apply, in-JVM: " + PeerEngines.FLYWAY + " vs psql -f", median(flyway.seconds), median(psql),
        flyway.trips(count) + trips);
    row("W" + count + " apply, in-JVM: " + PeerEngines.LIQUIBASE + " vs psql -f", median(liquibase.seconds), median(psql),
        liquibase.trips(count) + trips);
  }

  /** The statements of each migration between its own {@code BEGIN} and {@code COMMIT}, for {@code psql -f}. */
  static String psqlScript(List<List<String>> statements) {
    StringBuilder sql = new StringBuilder();
    for (List<String> step : statements) {
      sql.append("BEGIN;\n").append(String.join(";\n", step)).append(";\nCOMMIT;\n");
    }
    return sql.toString();
  }

  /** Work on a fresh database through a counting data source. */
  private interface Engine {
    void apply(CountingDataSource data) throws Exception;
  }

  /** One engine's times over the runs, and its round trips in the last run. */
  private static final class Timed {
    final double[] seconds;
    long roundTrips;

    Timed(int runs) {
      seconds = new double[runs];
    }

    void run(int r, EmbeddedPostgres server, Engine engine) throws Exception {
      CountingDataSource data = new CountingDataSource(server.getJdbcUrl("postgres", newDatabase(server)));
      long start = System.nanoTime();
      engine.apply(data);
      if (r >= 0) {
        seconds[r] = seconds(start);
      }
      roundTrips = data.roundTrips.get();
    }

    String trips(int migrations) {
      return format(roundTrips / (double) migrations);
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A no-op upgrade over {@code count} applied, compiled migrations: with the index, and with it hidden. */
  private static void noop(EmbeddedPostgres server, int count, int runs, Path work) throws Exception {
    Path classes = compiled(count, work);
    CountingDataSource data = new CountingDataSource(server.getJdbcUrl("postgres", newDatabase(server)));
    upgrade(data, classes, true);
    double[] indexed = new double[runs];
    double[] loaded = new double[runs];
    long roundTrips = 0;
    double[] cpu = new double[runs];
    for (int r = -1; r < runs; r++) { // the first round warms up
      long before = data.roundTrips.get();
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      upgrade(data, classes, true);
      double withIndex = seconds(start);
      double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
      long trips = data.roundTrips.get() - before;
      start = System.nanoTime();
      upgrade(data, classes, false);
      if (r >= 0) {
        indexed[r] = withIndex;
        cpu[r] = cpuMillis;
        loaded[r] = seconds(start);
        roundTrips = trips;
      }
    }
    row(String.format(Locale.ROOT, "no-op upgrade, %,d applied revisions, in-JVM, vs the same without the index", count),
        median(indexed), median(loaded), String.format(Locale.ROOT, "%d per run; %.0f ms CPU in the calling thread",
            roundTrips, median(cpu)));
  }

  private static void upgrade(CountingDataSource data, Path classes, boolean withIndex) throws IOException {
    try (URLClassLoader loader = new ProjectLoader(classes, withIndex)) {
      TraceTrack.configure(data).classLoader(loader).migrationsPackage("noop").log(QUIET).upgrade();
    }
  }

  /** Loads the compiled migrations; hides the revision index when asked, so every class is loaded. */
  private static final class ProjectLoader extends URLClassLoader {
    private final boolean withIndex;

    ProjectLoader(Path classes, boolean withIndex) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, ApplyBench.class.getClassLoader());
      this.withIndex = withIndex;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return withIndex || !name.startsWith("META-INF/tracetrack/revisions/") ? super.getResources(name)
          : Collections.emptyEnumeration();
    }
  }

  /** {@code count} migrations compiled with the annotation processor, once (kept under {@code work}). */
  private static Path compiled(int count, Path work) throws IOException {
    Path classes = work.resolve("noop" + count + "/classes");
    if (Files.isRegularFile(classes.resolve(RevisionIndex.resourceName("noop")))) {
      return classes;
    }
    Path sources = work.resolve("noop" + count + "/src/noop");
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-processor", "io.tracetrack.migrations.processor.EntityProcessor"));
    for (int i = 0; i < count; i++) {
      String name = String.format("M%05d_Step", i);
      Files.writeString(sources.resolve(name + ".java"), "package noop;\n"
          + "import io.tracetrack.migrations.*;\n"
          + "@Revision(id = \"" + id(i) + "\"" + (i == 0 ? "" : ", revises = \"" + id(i - 1) + "\"")
          + ", message = \"Step " + i + "\")\n"
          + "public final class " + name + " implements Migration {\n"
          + "    @Override public void upgrade(Operations op) { op.execute(\"SELECT " + i + "\"); }\n"
          + "    @Override public void downgrade(Operations op) { }\n"
          + "}\n");
      args.add(sources.resolve(name + ".java").toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("javac failed: " + out.toString(StandardCharsets.UTF_8));
    }
    return classes;
  }

  /** Migration {@code i} creates a table of ten columns, an index, and a foreign key to the table before. */
  static List<LoadedMigration> workload(int count) {
    List<LoadedMigration> migrations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String table = "t" + i;
      String previous = "t" + (i - 1);
      boolean first = i == 0;
      Migration migration = new Migration() {
        @Override
        public void upgrade(Operations op) {
          op.createTable(table, column("id", "bigint").primaryKey(), column("parent_id", "bigint"),
              column("name", "varchar(100)").notNull(), column("code", "varchar(20)"), column("amount", "numeric(12,2)"),
              column("active", "boolean").notNull().serverDefault("true"), column("created_at", "timestamptz"),
              column("note", "text"), column("rank", "integer"), column("ref", "uuid"));
          op.createIndex(table, IndexDef.index("ix_" + table + "_name", "name"));
          if (!first) {
            op.addForeignKey(table, ForeignKeyDef.foreignKey("fk_" + table + "_parent", "parent_id").references(previous, "id"));
          }
        }

        @Override
        public void downgrade(Operations op) {
          op.dropTable(table);
        }
      };
      migrations.add(new LoadedMigration(new RevisionInfo(id(i), first ? List.of() : List.of(id(i - 1)),
          "Create " + table, "", "bench." + table), migration, "v2:bench-" + i));
    }
    return migrations;
  }

  private static String id(int i) {
    return String.format("%012x", i + 1);
  }

  static void psql(EmbeddedPostgres server, String database, Path script) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
        "-p", String.valueOf(server.getPort()), "-U", "postgres", "-d", database, "-f", script.toString())
        .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql failed on " + script);
    }
  }

  static String newDatabase(EmbeddedPostgres server) throws SQLException {
    String name = "bench_" + ++databases;
    try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  static String version(EmbeddedPostgres server) throws SQLException {
    try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement();
        var rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void row(String name, double ours, double baseline, String roundTrips) {
    System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %s |%n", name, ours, baseline, ours / baseline, roundTrips);
  }

  static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
