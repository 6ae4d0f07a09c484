package io.tracetrack.migrations.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Our goals as users run them, real {@code mvn} processes on generated projects, each beside its
 * baseline run after run interleaved (the first round warms the file cache up and is not kept):
 * upgrade of W500 against {@code psql -f} of the same SQL (Flyway's and Liquibase's Maven plugins
 * beside it), the offline check against a no-op compile, and migrate against compile of the same
 * one-entity change. One embedded PostgreSQL, outside Maven's JVM. Prints Markdown.
 *
 * <p>Arguments: work folder, local Maven repository holding our plugin, its version, workloads
 * ({@code check200 migrate1000 upgrade500}).
 */
public final class MavenBench {
  private MavenBench() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("bench.runs", 3);
    Path work = Path.of(args[0]).toAbsolutePath();
    Maven mvn = new Maven(Path.of(args[1]).toAbsolutePath(), work.resolve("logs"));
    String version = args[2];
    List<String> workloads = args.length > 3 ? Arrays.asList(args).subList(3, args.length)
        : List.of("check200", "migrate1000", "upgrade500");
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      System.out.printf("Measured %s on %s (%d processors, load average %s at the start), JDK %s, %s,"
          + " PostgreSQL %s, medians of %d interleaved runs%n%n", LocalDate.now(), ApplyBench.machine(),
          Runtime.getRuntime().availableProcessors(), ApplyBench.loadAverage(), System.getProperty("java.version"),
          mvn.version(), ApplyBench.version(server), runs);
      System.out.println("| measure | median s | baseline | baseline median s | ratio | target |");
      System.out.println("|---|---|---|---|---|---|");
      for (String workload : workloads) {
        int count = Integer.parseInt(workload.replaceAll("\\D", ""));
        Path dir = fresh(work.resolve(workload));
        if (workload.startsWith("check")) {
          check(mvn, dir, count, version, runs);
        } else if (workload.startsWith("migrate")) {
          migrate(mvn, dir, count, version, runs);
        } else if (workload.startsWith("upgrade")) {
          upgrade(mvn, server, dir, count, version, runs);
        } else {
          throw new IllegalArgumentException("Unknown workload " + workload + ": check<N>, migrate<N> or upgrade<N>");
        }
      }
      System.out.printf("%nLoad average at the end: %s%n", ApplyBench.loadAverage());
    }
  }

  /** {@code count} entities with their first migration written and everything compiled. */
  private static void entitiesWithInitialMigration(Maven mvn, Path dir, int count, String version) throws Exception {
    MavenProjects.entities(dir, count, version);
    mvn.run(dir, true, "tracetrack:migrate", "-Dtracetrack.message=Initial schema");
    mvn.run(dir, true, "compile");
  }

  /** The offline check against a no-op compile of the same project, nothing changed. */
  private static void check(Maven mvn, Path dir, int count, String version, int runs) throws Exception {
    entitiesWithInitialMigration(mvn, dir, count, version);
    double[] check = new double[runs];
    double[] compile = new double[runs];
    for (int r = -1; r < runs; r++) {
      double c = mvn.run(dir, r >= 0, "compile");
      double ours = mvn.run(dir, r >= 0, "tracetrack:check", "-Dtracetrack.offline");
      if (r >= 0) {
        compile[r] = c;
        check[r] = ours;
      }
    }
    row(String.format(Locale.ROOT, "`mvn tracetrack:check -Dtracetrack.offline`, %,d entities, nothing changed", count),
        check, "no-op `mvn compile`", compile, "<= 1.3x");
  }

  /**
   * Migrate against compile of the same change: each run starts from the compiled project (its
   * {@code target} put back as it was), one entity with a field added.
   */
  private static void migrate(Maven mvn, Path dir, int count, String version, int runs) throws Exception {
    entitiesWithInitialMigration(mvn, dir, count, version);
    Path compiled = dir.resolve("target-compiled");
    Trees.copy(dir.resolve("target"), compiled);
    Path entity = dir.resolve(String.format("src/main/java/bench/model/Entity%04d.java", count / 2));
    String original = Files.readString(entity);
    String edited = original.substring(0, original.lastIndexOf('}')) + "  private String addedNote;\n}\n";
    Path migrations = dir.resolve("src/main/java/" + MavenProjects.MIGRATIONS.replace('.', '/'));
    List<Path> before = Trees.list(migrations);
    double[] migrate = new double[runs];
    double[] compile = new double[runs];
    for (int r = -1; r < runs; r++) {
      for (boolean ours : new boolean[] {false, true}) {
        Trees.replace(dir.resolve("target"), compiled);
        Files.writeString(entity, edited);
        double seconds = ours ? mvn.run(dir, r >= 0, "tracetrack:migrate", "-Dtracetrack.message=Add note")
            : mvn.run(dir, r >= 0, "compile");
        Files.writeString(entity, original);
        if (ours) {
          Trees.removeNew(migrations, before, 1);
        }
        if (r >= 0) {
          (ours ? migrate : compile)[r] = seconds;
        }
      }
    }
    row(String.format(Locale.ROOT, "`mvn tracetrack:migrate`, %,d entities, one entity edited", count), migrate,
        "`mvn compile` of the same change", compile, "<= 1.1x");
  }

  /**
   * W{@code count} applied by our plugin, Flyway's and Liquibase's, each on a fresh database,
   * against psql -f of the same SQL. Beside them: Maven's own start-up ({@code mvn validate}), a
   * {@code mvn compile} that finds nothing to do (the start-up of any goal that needs compiled code,
   * which {@code tracetrack:upgrade} is by design) and our upgrade again with nothing pending.
   */
  private static void upgrade(Maven mvn, EmbeddedPostgres server, Path dir, int count, String version, int runs)
      throws Exception {
    List<List<String>> statements = MavenProjects.apply(dir, ApplyBench.workload(count), version);
    Path script = dir.resolve("w" + count + ".sql");
    Files.writeString(script, ApplyBench.psqlScript(statements));
    mvn.run(dir, true, "compile");
    double[][] times = new double[7][runs]; // psql, validate, compile, ours, ours again, flyway, liquibase
    for (int r = -1; r < runs; r++) {
      boolean offline = r >= 0; // the warm-up round may fetch the peers' plugins
      String psqlDb = ApplyBench.newDatabase(server);
      long start = System.nanoTime();
      ApplyBench.psql(server, psqlDb, script);
      String[] ours = new String[1];
      double[] round = {ApplyBench.seconds(start), mvn.run(dir, offline, "validate"), mvn.run(dir, offline, "compile"),
          applied(server, count, db -> {
            ours[0] = db;
            return mvn.run(dir, offline, "tracetrack:upgrade", "-Dtracetrack.url=" + url(server, db),
                "-Dtracetrack.user=postgres");
          }),
          mvn.run(dir, offline, "tracetrack:upgrade", "-Dtracetrack.url=" + url(server, ours[0]),
              "-Dtracetrack.user=postgres"),
          applied(server, count, db -> mvn.run(dir, offline, "flyway:migrate", "-Dflyway.url=" + url(server, db),
              "-Dflyway.user=postgres")),
          applied(server, count, db -> mvn.run(dir, offline, "liquibase:update", "-Dliquibase.url=" + url(server, db),
              "-Dliquibase.username=postgres", "-Dliquibase.analytics.enabled=false"))};
      for (int i = 0; r >= 0 && i < round.length; i++) {
        times[i][r] = round[i];
      }
    }
    double psql = ApplyBench.median(times[0]);
    double startUp = ApplyBench.median(times[1]);
    double compileStartUp = ApplyBench.median(times[2]);
    double[][] applies = {times[3], times[5], times[6]};
    String[] names = {"`mvn tracetrack:upgrade`", "`mvn flyway:migrate` (13.12.0)", "`mvn liquibase:update` (4.33.0)"};
    for (int i = 0; i < names.length; i++) {
      double median = ApplyBench.median(applies[i]);
      String beside = i > 0 ? "" : String.format(Locale.ROOT, "; no-op `mvn compile` %.3f s, so (median - no-op compile)"
          + " / psql = %.2f; again with nothing pending %.3f s", compileStartUp, (median - compileStartUp) / psql,
          ApplyBench.median(times[4]));
      row(String.format(Locale.ROOT, "%s W%d; Maven start-up (`mvn validate`) %.3f s, so (median - start-up) / psql"
          + " = %.2f%s", names[i], count, startUp, (median - startUp) / psql, beside), applies[i],
          "`psql -f` of the same SQL", times[0], i == 0 ? "<= start-up + 1.3x psql" : "-");
    }
  }

  /** A Maven command applying W{@code count} to a new database, its time, after checking every table is there. */
  private interface Apply {
    double to(String database) throws Exception;
  }

  private static double applied(EmbeddedPostgres server, int count, Apply apply) throws Exception {
    String db = ApplyBench.newDatabase(server);
    double seconds = apply.to(db);
    try (Connection connection = server.getDatabase("postgres", db).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname ~ '^t[0-9]+$'")) {
      rows.next();
      if (rows.getInt(1) != count) {
        throw new IllegalStateException(db + " holds " + rows.getInt(1) + " of the " + count + " tables");
      }
    }
    return seconds;
  }

  private static String url(EmbeddedPostgres server, String database) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
  }

  private static Path fresh(Path dir) throws Exception {
    Trees.delete(dir);
    return Files.createDirectories(dir);
  }

  private static void row(String measure, double[] ours, String baseline, double[] base, String target) {
    double median = ApplyBench.median(ours);
    double baseMedian = ApplyBench.median(base);
    System.out.printf(Locale.ROOT, "| %s | %.3f | %s | %.3f | %.2f | %s |%n", measure, median, baseline, baseMedian,
        median / baseMedian, target);
  }
}
