package io.tracetrack.migrations.it.reliability;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.Setting;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.db.DatabaseChoice;
import io.tracetrack.migrations.core.db.DatabaseException;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.ProjectClasses;
import io.tracetrack.migrations.core.loader.ProjectLayout;
import io.tracetrack.migrations.maven.ErrorMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine as a process, for the reliability suite: the {@link Migrator} calls the Maven goals
 * make, without a Maven start-up per run. It leaves out the Mojo layer (database choice from
 * serverId or the embedded fallback); {@link GoalsTest} runs the real goals for the cases that
 * live there. Exit codes: 0 done, 1 a {@link MigrationException} (worded by {@link ErrorMessages}
 * on standard error, as the goals fail the build with it), 2 anything unexpected.
 *
 * <pre>
 * java Cli COMMAND --classes DIR --package PKG [--source DIR] [--url JDBC] [--user U] [--target T]
 *     [--lock-timeout SECONDS] [--statement-timeout D] [--lock-wait-timeout D] [--message M]
 * </pre>
 * COMMAND is upgrade, downgrade, check, check-offline, repair or revision. The password comes from
 * the environment variable TT_PASSWORD; without --url, from DATABASE_URL.
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
    try (ProjectClasses project = new ProjectClasses(layout, log)) {
      if (command.equals("revision")) {
        Path written = new Migrator(project.migrations(), log).revision(options.get("message"),
            NewMigration.at(sources.get(0), layout.migrationsPackage()));
        log.info("Generating " + written + " ... done");
        return;
      }
      if (command.equals("check-offline")) {
        report(new Migrator(project.migrations(), log).check(project.snapshot()));
        return;
      }
      Migrator migrator = new Migrator(project.migrations(), log);
      DatabaseSettings database = database(options);
      log.info("Database: " + database.describe());
      switch (command) {
        case "upgrade" -> migrator.upgrade(database, options.getOrDefault("target", "head"), lockTimeout);
        case "downgrade" -> migrator.downgrade(database, options.getOrDefault("target", "-1"), lockTimeout);
        case "repair" -> migrator.repair(database, lockTimeout);
        case "check" -> report(migrator.check(project.snapshot(), database));
        default -> throw new IllegalArgumentException("unknown command " + command);
      }
    }
  }

  private static DatabaseSettings database(Map<String, String> options) {
    DatabaseSettings settings = DatabaseChoice.configured(options.get("url"), options.get("user"),
            System.getenv("TT_PASSWORD"), System.getenv("DATABASE_URL"))
        .orElseThrow(() -> new DatabaseException("No database: give --url or DATABASE_URL"));
    return settings.withTimeouts(
        DatabaseSettings.parseTimeout(Setting.STATEMENT_TIMEOUT, options.get("statement-timeout")),
        DatabaseSettings.parseTimeout(Setting.LOCK_WAIT_TIMEOUT, options.get("lock-wait-timeout")));
  }

  private static void report(CheckReport report) {
    report.notes().forEach(System.out::println);
    if (!report.ok()) {
      throw new MigrationException(ErrorMessages.render(report));
    }
    System.out.println(ErrorMessages.render(report));
  }
}
