package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationsNotFoundException;
import io.tracetrack.migrations.core.MissingMessageException;
import io.tracetrack.migrations.core.Setting;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.db.AuthenticationException;
import io.tracetrack.migrations.core.db.EmbeddedDatabaseBusyException;
import io.tracetrack.migrations.core.db.InvalidSettingException;
import io.tracetrack.migrations.core.revision.AmbiguousDowngradeException;
import io.tracetrack.migrations.core.revision.MultipleHeadsException;
import io.tracetrack.migrations.core.revision.WrongDirectionException;
import io.tracetrack.migrations.core.runner.ChangedMigrationException;
import io.tracetrack.migrations.core.runner.LockTimeoutException;
import io.tracetrack.migrations.core.runner.MigrationFailedException;
import io.tracetrack.migrations.core.schema.MissingSnapshotException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's errors in Maven's words: each typed error carries its data (revisions, heads, the
 * setting at fault), and this class adds the goal, the {@code -Dtracetrack.x} property or the POM
 * snippet that fixes it. An error it does not know keeps the engine's own message.
 */
public final class ErrorMessages {
  /** How to set up the processor, for the error when no snapshot is found. */
  static final String PROCESSOR_SNIPPET = """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>io.tracetrack</groupId>
              <artifactId>migration-processor</artifactId>
              <version>${tracetrack.version}</version>
            </path>
          </annotationProcessorPaths>
        </configuration>
      </plugin>""";

  /** What fixes applied migrations that changed. */
  static final String CHANGED_ADVICE = "Restore the applied migration as it was and put the change in a new revision"
      + " (mvn tracetrack:migrate or tracetrack:revision); or, if the change is deliberate and the database already"
      + " matches it, accept it with mvn tracetrack:repair";

  private ErrorMessages() {}

  /** The property that sets a setting: {@code tracetrack.lockTimeout}. */
  public static String property(Setting setting) {
    return switch (setting) {
      case MIGRATIONS_PACKAGE -> "tracetrack.migrationsPackage";
      case MESSAGE -> "tracetrack.message";
      case URL -> "tracetrack.url";
      case USER -> "tracetrack.user";
      case PASSWORD -> "tracetrack.password";
      case LOCK_TIMEOUT -> "tracetrack.lockTimeout";
      case STATEMENT_TIMEOUT -> "tracetrack.statementTimeout";
      case LOCK_WAIT_TIMEOUT -> "tracetrack.lockWaitTimeout";
    };
  }

  /** The message a goal fails with. */
  public static String of(MigrationException e) {
    if (e instanceof MultipleHeadsException heads) {
      return heads.reason() + ". Merge them with tracetrack:merge, or name one revision as the target";
    }
    if (e instanceof AmbiguousDowngradeException ambiguous) {
      // As Alembic: several heads, so ask which one rather than pick one.
      return "Downgrade " + ambiguous.target() + " is ambiguous: the database is at " + ambiguous.heads().size()
          + " heads (" + String.join(", ", ambiguous.heads()) + "). Name the head to step back from: "
          + ambiguous.heads().stream().map(head -> "-Dtracetrack.target=" + head + ambiguous.target())
              .collect(java.util.stream.Collectors.joining(" or "))
          + "; or a revision to go back to, -Dtracetrack.target=REV";
    }
    if (e instanceof WrongDirectionException wrong) {
      return wrong.reason() + ": use tracetrack:" + wrong.needed().command();
    }
    if (e instanceof MissingMessageException) {
      return "A message is required: -D" + property(Setting.MESSAGE) + "=\"Describe the change\"";
    }
    if (e instanceof MigrationsNotFoundException none) {
      return none.reason() + ". Check migrationsPackage (" + property(Setting.MIGRATIONS_PACKAGE)
          + "), or run the goal in the module that holds the migrations.";
    }
    if (e instanceof ChangedMigrationException changed) {
      return changed.reason() + "\n" + CHANGED_ADVICE;
    }
    if (e instanceof LockTimeoutException lock) {
      String property = property(Setting.LOCK_TIMEOUT);
      return lock.reason() + " (" + property + "). Wait for it to finish, or raise " + property;
    }
    if (e instanceof MigrationFailedException failed && failed.timeout().isPresent()) {
      var timeout = failed.timeout().get();
      return failed.getMessage().replace(timeout.hint(), timeout.hint(property(timeout.setting())));
    }
    if (e instanceof InvalidSettingException setting) {
      return property(setting.setting()) + setting.problem();
    }
    if (e instanceof AuthenticationException auth) {
      return auth.reason() + ": check " + property(Setting.USER) + " and " + property(Setting.PASSWORD)
          + " (or DATABASE_URL)";
    }
    if (e instanceof EmbeddedDatabaseBusyException busy) {
      return busy.getMessage().replace("give a JDBC URL", "set " + property(Setting.URL));
    }
    if (e instanceof MissingSnapshotException snapshot) {
      return snapshot.reason() + ". Add it to the POM:\n" + PROCESSOR_SNIPPET;
    }
    return e.getMessage();
  }

  /** A check report as {@code tracetrack:check} prints it, each group's fix a command to run. */
  public static String render(CheckReport report) {
    return report.render("tracetrack:check", ErrorMessages::fix);
  }

  private static String fix(Kind kind) {
    return switch (kind) {
      case HEADS -> "mvn tracetrack:merge -Dtracetrack.message=\"Merge heads\", then mvn tracetrack:upgrade";
      case MODEL -> "mvn tracetrack:migrate -Dtracetrack.message=\"Describe the change\", review the migration, then"
          + " mvn tracetrack:upgrade";
      case UNKNOWN_REVISION -> "restore the missing migration class, or mvn tracetrack:stamp -Dtracetrack.target=REV";
      case PENDING -> "mvn tracetrack:upgrade";
      case CHANGED -> CHANGED_ADVICE;
      case DRIFT -> "find out who changed the database by hand; put the change in a migration"
          + " (mvn tracetrack:revision) or undo it in the database";
    };
  }

  /**
   * The warning when a migrations package holds no migrations while the entities declare tables
   * (a typo, or a first migration still to write); empty when there are no tables.
   */
  static java.util.Optional<String> noMigrationsForEntities(String noneFound, Set<String> tables) {
    if (tables.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(noneFound + ", while the entities declare " + tables.size()
        + (tables.size() == 1 ? " table (" : " tables (") + String.join(", ", new TreeSet<>(tables))
        + "): mvn tracetrack:migrate writes the first migration; if the migrations exist, check migrationsPackage"
        + " (" + property(Setting.MIGRATIONS_PACKAGE) + ")");
  }
}
