package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");
  private final DatabaseSettings settings;
  private final Duration lockTimeout;
  private final MigrationLog log;

  /**
   * @param settings the database; its statement and lock-wait timeouts apply to every statement
   * @param lockTimeout how long to wait for another run's advisory lock
   */
  public MigrationRunner(DatabaseSettings settings, Duration lockTimeout, MigrationLog log) {
    this.settings = settings;
    this.lockTimeout = lockTimeout;
    this.log = log;
  }

  /**
   * Upgrades to a target ({@code head}, {@code heads}, a revision or prefix, {@code +N}); returns the
   * steps run. A database TraceTrack never migrated whose Flyway or Liquibase table matches imported
   * migrations (or, for Liquibase, the changeSets {@code tracetrack:changelog} exported) is first
   * adopted: the matching revision is stamped, once its schema is checked ({@link Adoption}), and
   * the plan goes on from there.
   */
  public List<PlannedStep> upgrade(MigrationSet migrations, String target) {
    return run(migrations, true, (connection, heads) -> {
      List<RunStep> steps = new ArrayList<>();
      Set<String> from = heads;
      if (heads.isEmpty()) {
        Set<String> adopted = new Adoption(settings, log).revisions(connection, migrations);
        if (!adopted.isEmpty()) {
          from = adopted;
          steps.add(new RunStep.Stamp(heads, from));
        }
      }
      migrations.graph().upgradePlan(from, target).forEach(step -> steps.add(new RunStep.Migrate(step)));
      return steps;
    }).stream().filter(RunStep.Migrate.class::isInstance).map(step -> ((RunStep.Migrate) step).planned()).toList();
  }

  /** Downgrades to a target ({@code -N}, a revision or prefix, {@code base}); returns the steps run. */
  public List<PlannedStep> downgrade(MigrationSet migrations, String target) {
    return runPlan(migrations, heads -> migrations.graph().downgradePlan(heads, target));
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
   * Accepts deliberate changes to applied migrations (repair): records each
   * changed revision's current checksum in the history, with who accepted it and when. Runs no
   * migration SQL. Returns the revisions repaired; empty when none had changed.
   */
  public List<ChangedMigration> repair(MigrationSet migrations) {
    return locked((session, waited) -> {
      Connection connection = session.work();
      Set<String> heads = VersionTable.heads(connection);
      AppliedChecksums.Verification verification = AppliedChecksums.verify(connection, migrations, heads);
      List<ChangedMigration> changed = new ArrayList<>();
      for (ChangedMigration c : verification.changed()) {
        if (c.currentChecksum() == null) {
          log.warn("Cannot accept " + c.revision().describe() + ": its migration has no checksum to record");
        } else {
          changed.add(c);
        }
      }
      if (changed.isEmpty()) {
        updateChecksumForms(connection, verification);
        log.info("Nothing to repair: every applied migration matches its recorded checksum");
        return changed;
      }
      VersionTable.create(connection); // adds columns that history tables of older versions lack
      connection.setAutoCommit(false);
      try {
        for (ChangedMigration c : changed) {
          VersionTable.recordRepair(connection, c.revision().id(), c.revision().message(), c.currentChecksum());
        }
        updateChecksumForms(connection, verification);
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

  /** Work done under the advisory lock. */
  private interface LockedWork<T> {
    T run(Session session, boolean waited) throws SQLException;
  }

  /**
   * A run's connections: the lock's own, in autocommit, on which the run reads where the database
   * is; and the one migrations run on, opened only when there is something to run, so that a run
   * with nothing to do pays for one connection.
   */
  private final class Session implements AutoCloseable {
    private final Connection lock;
    private Connection work;

    Session(Connection lock) {
      this.lock = lock;
    }

    /** For reads, and writes of one statement each: it never leaves a transaction open. */
    Connection lock() {
      return lock;
    }

    Connection work() {
      if (work == null) {
        work = settings.connect();
      }
      return work;
    }

    @Override
    public void close() throws SQLException {
      if (work != null) {
        work.close();
      }
    }
  }

  private <T> T locked(LockedWork<T> work) {
    AtomicBoolean waited = new AtomicBoolean();
    // The lock's connection stays in autocommit and idle: it never holds a transaction open that a
    // statement such as CREATE INDEX CONCURRENTLY would wait for.
    try (Connection lockConnection = settings.connect();
        AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, lockTimeout, holder -> {
          waited.set(true);
          log.info("Another migration run holds the lock; waiting up to " + DatabaseSettings.show(lockTimeout)
              + " (the lock timeout); it is " + holder);
        });
        Session session = new Session(lockConnection)) {
      return work.run(session, waited.get());
    } catch (SQLException e) {
      throw new MigrationException("Database error at " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sets the version table to a target without running any migration ({@code flask db stamp}), for
   * a database whose schema is known to match: a plan of one step with no body, run under the same
   * lock and recorded in the same history as any other. Stamps {@code head}, {@code heads}, {@code
   * base} or a revision (id, prefix, {@code REV+N}); returns the new heads.
   */
  public Set<String> stamp(MigrationSet migrations, String target) {
    Set<String> heads = migrations.graph().resolveTarget(target);
    run(migrations, false, (connection, current) -> List.of(new RunStep.Stamp(current, heads)));
    return heads;
  }

  /**
   * The run loop: reads where the database is, plans from there and runs each step in a
   * transaction of its own with its version-table update and history row.
   *
   * @param verify whether the applied migrations must be known and unchanged first (a stamp,
   *     which runs no migration and may mend an unknown version, skips this)
   */
  private List<RunStep> run(MigrationSet migrations, boolean verify, Planner planner) {
    return locked((session, waited) -> {
      VersionTable.Position position = VersionTable.position(session.lock());
      Set<String> heads = position.heads();
      RevisionGraph graph = migrations.graph();
      if (verify) {
        verifyApplied(session.lock(), migrations, position);
      }
      List<RunStep> plan = planner.plan(session.lock(), heads);
      String at = heads.isEmpty() ? "base" : String.join(", ", heads);
      if (plan.isEmpty()) {
        log.info(waited ? "Nothing to do: another run already did the work; the database is at " + at
            : "Nothing to do: the database is at " + at);
        return plan;
      }
      recordAll(migrations, plan);
      // Only now, with a valid plan: a run that fails before it leaves the database as it was.
      Connection connection = session.work();
      VersionTable.create(connection);
      AppliedRevisions applied = new AppliedRevisions(graph, heads);
      connection.setAutoCommit(false);
      try (StepBookkeeping bookkeeping = new StepBookkeeping(connection)) {
        for (RunStep step : plan) {
          if (step instanceof RunStep.Migrate migrate) {
            runStep(connection, migrations.get(migrate.planned().revision().id()), migrate.planned(), applied,
                bookkeeping);
          } else if (step instanceof RunStep.Stamp stamp) {
            stampStep(connection, migrations, stamp);
            applied = new AppliedRevisions(graph, stamp.to());
          }
        }
      }
      return plan;
    });
  }

  /**
   * Records each step's operations before any runs (they are kept for the run), so that a migration
   * whose code fails, or that holds what PostgreSQL refuses in its transaction, stops the run with
   * the database as it was.
   */
  private static void recordAll(MigrationSet migrations, List<RunStep> plan) {
    for (RunStep step : plan) {
      if (step instanceof RunStep.Migrate migrate) {
        LoadedMigration migration = migrations.get(migrate.planned().revision().id());
        if (migrate.planned().upgrade()) {
          migration.upgradeOperations();
        } else {
          migration.downgradeOperations();
        }
      }
    }
  }

  /** Plans a run from the heads the database is at; may read the database (to adopt it), never writes. */
  private interface Planner {
    List<RunStep> plan(Connection connection, Set<String> heads) throws SQLException;
  }

  private List<PlannedStep> runPlan(MigrationSet migrations, Function<Set<String>, List<PlannedStep>> planner) {
    return run(migrations, true, (connection, heads) -> planner.apply(heads).stream().<RunStep>map(RunStep.Migrate::new)
        .toList()).stream().map(step -> ((RunStep.Migrate) step).planned()).toList();
  }

  /**
   * Fails when the database is at a revision no class declares, or an applied migration changed.
   * When the server's digest of the accepted checksums is the one the migrations give, every one
   * matches; only otherwise are the history's rows read, to name what changed.
   */
  private void verifyApplied(Connection connection, MigrationSet migrations, VersionTable.Position position)
      throws SQLException {
    Set<String> heads = position.heads();
    for (String head : heads) {
      if (!migrations.graph().isKnown(head)) {
        throw new UnknownDatabaseRevisionException(head);
      }
    }
    if (AppliedChecksums.allMatch(migrations, heads, position.acceptedDigest())) {
      return;
    }
    AppliedChecksums.Verification verification = AppliedChecksums.verify(connection, migrations, heads);
    if (!verification.changed().isEmpty()) {
      throw new ChangedMigrationException(verification.changed());
    }
    updateChecksumForms(connection, verification);
  }

  /** A step with no body: the version table moves to the stamp's heads, and the history says so. */
  private void stampStep(Connection connection, MigrationSet migrations, RunStep.Stamp stamp) throws SQLException {
    try {
      VersionTable.setHeads(connection, stamp.to());
      for (String head : stamp.to().isEmpty() ? Set.of("base") : stamp.to()) {
        VersionTable.recordStamp(connection, head, head.equals("base") ? "" : migrations.graph().get(head).message());
      }
      connection.commit();
    } catch (SQLException e) {
      rollback(connection, e);
      throw e;
    }
    log.info("Stamping " + stamp.fromTo() + " (no migration was run)");
  }

  /** Moves history rows that still match in the earlier checksum form to the current one. */
  private void updateChecksumForms(Connection connection, AppliedChecksums.Verification verification)
      throws SQLException {
    for (var row : verification.outdated().entrySet()) {
      VersionTable.replaceChecksum(connection, row.getKey(), row.getValue());
    }
    if (!verification.outdated().isEmpty()) {
      log.info("Recorded the checksums of " + verification.outdated().size()
          + " applied migrations in the current form (they match the earlier form)");
    }
  }

  private void runStep(Connection connection, LoadedMigration migration, PlannedStep step, AppliedRevisions applied,
      StepBookkeeping bookkeeping) throws SQLException {
    List<Action> actions = Action.of(step.upgrade() ? migration.upgradeOperations() : migration.downgradeOperations());
    long started = System.nanoTime();
    if (!migration.transactional()) {
      runWithoutTransaction(connection, step, actions);
    }
    String statement = null;
    AppliedRevisions.HeadChange change = null;
    try {
      // A migration that is not transactional already ran, statement by statement, above.
      if (migration.transactional() && batchable(actions)) {
        runAsBatch(connection, actions);
      } else if (migration.transactional()) {
        for (Action action : actions) {
          statement = action.describe();
          action.run(connection);
        }
      }
      statement = "(version table update)";
      change = applied.apply(step);
      long millis = (System.nanoTime() - started) / 1_000_000;
      bookkeeping.record(change, step.revision().id(), step.upgrade(), step.revision().message(), migration.checksum(),
          millis);
      connection.commit();
      log.info("Running " + (step.upgrade() ? "upgrade " : "downgrade ") + step.fromTo() + ", "
          + step.revision().message() + " (" + millis + " ms" + (migration.transactional() ? "" : ", not transactional")
          + ")");
    } catch (FailedBatchStatement e) {
      SQLException cause = (SQLException) e.getCause();
      rollback(connection, cause);
      undoBookkeeping(step, applied, change);
      throw new MigrationFailedException(step, e.statement, cause, hint(cause));
    } catch (SQLException e) {
      rollback(connection, e);
      undoBookkeeping(step, applied, change);
      throw new MigrationFailedException(step, statement, e, hint(e));
    } catch (Action.DataStepException e) {
      rollback(connection, e.getCause());
      undoBookkeeping(step, applied, change);
      throw new MigrationFailedException(step, statement, e.getCause(), hint(e.getCause()));
    }
  }

  /** Java data steps, and single statements, are never batched. */
  private static boolean batchable(List<Action> actions) {
    return actions.size() > 1 && actions.stream().allMatch(Action.SqlAction.class::isInstance);
  }

  /**
   * Sends a migration's SQL statements in one round trip, inside its transaction.
   * When the batch fails, the statement at fault is the first one the server did not complete; the
   * caller rolls the whole migration back and names it. Nothing is sent a second time: a statement
   * with effects outside the transaction (a sequence's nextval, say) must not run twice.
   */
  private static void runAsBatch(Connection connection, List<Action> actions) throws SQLException {
    try (Statement batch = connection.createStatement()) {
      for (Action action : actions) {
        batch.addBatch(((Action.SqlAction) action).sql());
      }
      batch.executeBatch();
    } catch (BatchUpdateException e) {
      String failing = failedEntry(e, actions.size())
          .map(i -> actions.get(i).describe())
          .orElse("one of the migration's " + actions.size() + " statements, sent as one batch");
      throw new FailedBatchStatement(failing, e.getNextException() != null ? e.getNextException() : e);
    }
  }

  /**
   * The driver aborts every entry once one fails (all are EXECUTE_FAILED, the transaction is lost),
   * and names the one at fault only in its message: "Batch entry N ... was aborted".
   */
  private static Optional<Integer> failedEntry(BatchUpdateException e, int statements) {
    Matcher entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
    if (entry.find()) {
      int index = Integer.parseInt(entry.group(1));
      return index < statements ? Optional.of(index) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Carries which statement of a batch failed up to the step that reports it. */
  private static final class FailedBatchStatement extends SQLException {
    private final String statement;

    FailedBatchStatement(String statement, SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
      this.statement = statement;
    }
  }

  private static void undoBookkeeping(PlannedStep step, AppliedRevisions applied, AppliedRevisions.HeadChange change) {
    if (change != null) {
      applied.undo(step, change);
    }
  }

  /** Runs each action in a transaction of its own; a failure reports what was and was not applied. */
  private void runWithoutTransaction(Connection connection, PlannedStep step, List<Action> actions)
      throws SQLException {
    connection.setAutoCommit(true);
    List<String> described = actions.stream().map(Action::describe).toList();
    try {
      for (int i = 0; i < actions.size(); i++) {
        try {
          actions.get(i).run(connection);
        } catch (SQLException | Action.DataStepException e) {
          Throwable cause = e instanceof Action.DataStepException ? e.getCause() : e;
          throw new PartiallyAppliedException(step, described.subList(0, i), described.get(i),
              described.subList(i + 1, described.size()), cause, hint(cause));
        }
      }
    } finally {
      connection.setAutoCommit(false);
    }
  }

  /** The session timeout behind an error, when one stopped the statement. */
  private Optional<ExceededTimeout> hint(Throwable error) {
    return ExceededTimeout.of(error, settings.statementTimeout(), settings.lockWaitTimeout());
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
