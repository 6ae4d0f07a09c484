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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Applies or undoes migrations on a live database. A run holds the advisory lock throughout, on a
 * connection of its own that never has a transaction open; each migration runs in a transaction
 * of its own together with its version-table update, so a failure (or a killed process) leaves the
 * database at the revision before it. A revision marked {@code @Revision(transactional = false)}
 * runs statement by statement instead, and its version update follows in a transaction of its own.
 * Before any step, every applied migration's checksum is compared with its class: a changed one
 * stops the run ({@link ChangedMigrationException}).
 */
public final class MigrationRunner {
  private final DatabaseSettings settings;
  private final Duration lockTimeout;
  private final MigrationLog log;

  /**
   * @param settings the database; its statement and lock-wait timeouts apply to every statement
   * @param lockTimeout how long to wait for another run's advisory lock ({@code tracetrack.lockTimeout})
   */
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

  /**
   * Accepts deliberate changes to applied migrations ({@code tracetrack:repair}): records each
   * changed revision's current checksum in the history, with who accepted it and when. Runs no
   * migration SQL. Returns the revisions repaired; empty when none had changed.
   */
  public List<ChangedMigration> repair(MigrationSet migrations) {
    return locked((connection, waited) -> {
      Set<String> heads = VersionTable.heads(connection);
      List<ChangedMigration> changed = AppliedChecksums.changed(connection, migrations, heads);
      if (changed.isEmpty()) {
        log.info("Nothing to repair: every applied migration matches its recorded checksum");
        return changed;
      }
      VersionTable.create(connection); // adds columns that history tables of older versions lack
      connection.setAutoCommit(false);
      try {
        for (ChangedMigration c : changed) {
          VersionTable.recordRepair(connection, c.revision().id(), c.revision().message(), c.currentChecksum());
        }
        connection.commit();
      } catch (SQLException e) {
        rollback(connection, e);
        throw e;
      }
      for (ChangedMigration c : changed) {
        log.info("Accepted the changed migration " + c.describe());
      }
      return changed;
    });
  }

  /** Work done under the advisory lock, on the migration connection. */
  private interface LockedWork<T> {
    T run(Connection connection, boolean waited) throws SQLException;
  }

  private <T> T locked(LockedWork<T> work) {
    AtomicBoolean waited = new AtomicBoolean();
    // The lock's connection stays in autocommit and idle: it never holds a transaction open that a
    // statement such as CREATE INDEX CONCURRENTLY would wait for.
    try (Connection lockConnection = settings.connect();
        AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, lockTimeout, holder -> {
          waited.set(true);
          log.info("Another migration run holds the lock; waiting up to " + DatabaseSettings.show(lockTimeout)
              + " (tracetrack.lockTimeout); it is " + holder);
        });
        Connection connection = settings.connect()) {
      return work.run(connection, waited.get());
    } catch (SQLException e) {
      throw new MigrationException("Database error at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  private List<PlannedStep> run(MigrationSet migrations, Function<Set<String>, List<PlannedStep>> planner) {
    return locked((connection, waited) -> {
      Set<String> heads = VersionTable.heads(connection);
      RevisionGraph graph = migrations.graph();
      for (String head : heads) {
        if (!graph.isKnown(head)) {
          throw new MigrationException("The database is at revision " + head
              + ", which no migration class declares: restore the migration, or stamp the database to a known revision");
        }
      }
      List<ChangedMigration> changed = AppliedChecksums.changed(connection, migrations, heads);
      if (!changed.isEmpty()) {
        throw new ChangedMigrationException(changed);
      }
      List<PlannedStep> plan = planner.apply(heads);
      String at = heads.isEmpty() ? "base" : String.join(", ", heads);
      if (plan.isEmpty()) {
        log.info(waited ? "Nothing to do: another run already did the work; the database is at " + at
            : "Nothing to do: the database is at " + at);
        return plan;
      }
      // Only now, with a valid plan: a run that fails before it leaves the database as it was.
      VersionTable.create(connection);
      Set<String> applied = new TreeSet<>(graph.ancestry(heads));
      connection.setAutoCommit(false);
      for (PlannedStep step : plan) {
        runStep(connection, migrations.get(step.revision().id()), step, applied, graph);
      }
      return plan;
    });
  }

  private void runStep(Connection connection, LoadedMigration migration, PlannedStep step, Set<String> applied,
      RevisionGraph graph) throws SQLException {
    List<Operation> upgrade = migration.upgradeOperations();
    List<Operation> downgrade = migration.downgradeOperations();
    List<String> statements = new ArrayList<>();
    for (Operation operation : step.upgrade() ? upgrade : downgrade) {
      statements.addAll(PostgresSql.statements(operation));
    }
    long started = System.nanoTime();
    if (!migration.transactional()) {
      runWithoutTransaction(connection, step, statements);
    }
    String statement = null;
    try (Statement jdbc = connection.createStatement()) {
      if (migration.transactional()) {
        for (String sql : statements) {
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
          + step.revision().message() + " (" + millis + " ms" + (migration.transactional() ? "" : ", not transactional")
          + ")");
    } catch (SQLException e) {
      rollback(connection, e);
      if (step.upgrade()) {
        applied.remove(step.revision().id());
      } else {
        applied.add(step.revision().id());
      }
      throw new MigrationFailedException(step, statement, e, hint(e));
    }
  }

  /** Runs each statement in a transaction of its own; a failure reports what was and was not applied. */
  private void runWithoutTransaction(Connection connection, PlannedStep step, List<String> statements)
      throws SQLException {
    connection.setAutoCommit(true);
    try (Statement jdbc = connection.createStatement()) {
      for (int i = 0; i < statements.size(); i++) {
        try {
          jdbc.execute(statements.get(i));
        } catch (SQLException e) {
          throw new PartiallyAppliedException(step, statements.subList(0, i), statements.get(i),
              statements.subList(i + 1, statements.size()), e, hint(e));
        }
      }
    } finally {
      connection.setAutoCommit(false);
    }
  }

  /** A line that names the setting behind a timeout error, else empty. */
  private String hint(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals("57014") && settings.statementTimeout() != null) {
      return "\n  Hint: the statement ran longer than tracetrack.statementTimeout ("
          + DatabaseSettings.show(settings.statementTimeout()) + ")";
    }
    if (state.equals("55P03")) {
      return "\n  Hint: the statement waited longer than tracetrack.lockWaitTimeout"
          + (settings.lockWaitTimeout() == null ? "" : " (" + DatabaseSettings.show(settings.lockWaitTimeout()) + ")")
          + " for a lock other sessions hold on the table; run again when traffic is lower, or raise it";
    }
    return "";
  }

  private static void rollback(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
