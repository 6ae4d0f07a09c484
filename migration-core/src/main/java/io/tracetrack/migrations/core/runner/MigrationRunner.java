package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies or undoes migrations on a live database. A run holds the advisory lock throughout; each
 * migration runs in a transaction of its own together with its version-table update, so a failure
 * leaves the database at the revision before it.
 */
public final class MigrationRunner {
  private final DatabaseSettings settings;
  private final Duration lockTimeout;
  private final MigrationLog log;

  public MigrationRunner(DatabaseSettings settings, Duration lockTimeout, MigrationLog log) {
    this.settings = settings;
    this.lockTimeout = lockTimeout;
    this.log = log;
  }

  /** Upgrades to a target ({@code head}, {@code heads}, a revision or prefix, {@code +N}); returns the steps run. */
  public List<PlannedStep> upgrade(MigrationSet migrations, String target) {
    return run(migrations, heads -> migrations.graph().upgradePlan(heads, target));
  }

  /** Downgrades to a target ({@code -N}, a revision or prefix, {@code base}); returns the steps run. */
  public List<PlannedStep> downgrade(MigrationSet migrations, String target) {
    return run(migrations, heads -> migrations.graph().downgradePlan(heads, target));
  }

  /** The revisions the database is at: empty for a database never migrated. */
  public Set<String> currentHeads() {
    try (Connection connection = settings.connect()) {
      return VersionTable.heads(connection);
    } catch (SQLException e) {
      throw new MigrationException("Cannot read the version table at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  private List<PlannedStep> run(MigrationSet migrations, Function<Set<String>, List<PlannedStep>> planner) {
    try (Connection lockConnection = settings.connect();
        AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, lockTimeout,
            () -> log.info("Another migration run holds the lock; waiting up to " + lockTimeout.toSeconds() + " s"));
        Connection connection = settings.connect()) {
      VersionTable.create(connection);
      Set<String> heads = VersionTable.heads(connection);
      RevisionGraph graph = migrations.graph();
      for (String head : heads) {
        if (!graph.isKnown(head)) {
          throw new MigrationException("The database is at revision " + head
              + ", which no migration class declares: restore the migration, or stamp the database to a known revision");
        }
      }
      List<PlannedStep> plan = planner.apply(heads);
      if (plan.isEmpty()) {
        log.info("Nothing to do: the database is at " + (heads.isEmpty() ? "base" : String.join(", ", heads)));
        return plan;
      }
      Set<String> applied = new TreeSet<>(graph.ancestry(heads));
      connection.setAutoCommit(false);
      for (PlannedStep step : plan) {
        runStep(connection, migrations.get(step.revision().id()), step, applied, graph);
      }
      return plan;
    } catch (SQLException e) {
      throw new MigrationException("Database error at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  private void runStep(Connection connection, LoadedMigration migration, PlannedStep step, Set<String> applied,
      RevisionGraph graph) throws SQLException {
    List<Operation> upgrade = migration.upgradeOperations();
    List<Operation> downgrade = migration.downgradeOperations();
    List<Operation> operations = step.upgrade() ? upgrade : downgrade;
    long started = System.nanoTime();
    String statement = null;
    try (Statement jdbc = connection.createStatement()) {
      for (Operation operation : operations) {
        for (String sql : PostgresSql.statements(operation)) {
          statement = sql;
          jdbc.execute(sql);
        }
      }
      statement = "(version table update)";
      if (step.upgrade()) {
        applied.add(step.revision().id());
      } else {
        applied.remove(step.revision().id());
      }
      VersionTable.setHeads(connection, graph.headsOf(applied));
      long millis = (System.nanoTime() - started) / 1_000_000;
      VersionTable.recordStep(connection, step.revision().id(), step.upgrade(), step.revision().message(),
          Checksums.of(upgrade, downgrade), millis);
      connection.commit();
      log.info("Running " + (step.upgrade() ? "upgrade " : "downgrade ") + step.fromTo() + ", "
          + step.revision().message() + " (" + millis + " ms)");
    } catch (SQLException e) {
      rollback(connection, e);
      if (step.upgrade()) {
        applied.remove(step.revision().id());
      } else {
        applied.add(step.revision().id());
      }
      throw new MigrationFailedException(step, statement, e);
    }
  }

  private static void rollback(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
