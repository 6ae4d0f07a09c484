package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.util.List;
import java.util.function.Supplier;

/**
 * A migration class found and instantiated, with its place in the graph and its checksum. Each
 * direction's operations are recorded once, on first use, so however many commands look at a
 * migration in one run, its {@code upgrade()} and {@code downgrade()} are called once each.
 */
public final class LoadedMigration {
  private final RevisionInfo info;
  private final Supplier<Migration> factory;
  private final Boolean transactional;
  private final String checksum;
  private Migration migration;
  private List<Operation> upgrade;
  private List<Operation> downgrade;

  /**
   * @param checksum the checksum of the migration as written ({@link MigrationChecksum}), or null
   *     when neither the processor's record nor the source is at hand (it cannot then be verified)
   */
  public LoadedMigration(RevisionInfo info, Migration migration, String checksum) {
    this.info = info;
    this.migration = migration;
    this.factory = null;
    this.transactional = null;
    this.checksum = checksum;
  }

  /**
   * A migration known from the processor's {@link RevisionIndex}, whose class is loaded and
   * instantiated only when something asks for it or its operations.
   */
  LoadedMigration(RevisionInfo info, Supplier<Migration> factory, String checksum, boolean transactional) {
    this.info = info;
    this.factory = factory;
    this.transactional = transactional;
    this.checksum = checksum;
  }

  public RevisionInfo info() {
    return info;
  }

  public synchronized Migration migration() {
    if (migration == null) {
      migration = factory.get();
    }
    return migration;
  }

  /** The checksum of the migration as written; null when it could not be computed. */
  public String checksum() {
    return checksum;
  }

  /**
   * False for {@code @Revision(transactional = false)}: its statements (such as {@code CREATE INDEX
   * CONCURRENTLY}) run outside a transaction, and only the version update is transactional.
   */
  public boolean transactional() {
    if (transactional != null) {
      return transactional;
    }
    Revision revision = migration().getClass().getAnnotation(Revision.class);
    return revision == null || revision.transactional();
  }

  /** The operations {@code upgrade()} asks for; an error naming the revision if it throws. */
  public synchronized List<Operation> upgradeOperations() {
    if (upgrade == null) {
      upgrade = record(true);
    }
    return upgrade;
  }

  /** The operations {@code downgrade()} asks for; an error naming the revision if it throws. */
  public synchronized List<Operation> downgradeOperations() {
    if (downgrade == null) {
      downgrade = record(false);
    }
    return downgrade;
  }

  private List<Operation> record(boolean upgrade) {
    String method = upgrade ? "upgrade()" : "downgrade()";
    Migration migration = migration();
    List<Operation> operations;
    try {
      operations = RecordingOperations.record(op -> {
        if (upgrade) {
          migration.upgrade(op);
        } else {
          migration.downgrade(op);
        }
      });
    } catch (RuntimeException e) {
      throw new MigrationException("Revision " + info.describe() + " (" + info.origin() + ") failed in "
          + method + ": " + e.getMessage(), e);
    }
    if (transactional()) {
      // Refused here, before replay, offline SQL or a run: PostgreSQL would refuse it mid-transaction.
      operations.stream().filter(operation -> !operation.runsInTransaction()).findFirst().ifPresent(operation -> {
        throw new MigrationException("Revision " + info.describe() + " (" + info.origin() + ") calls "
            + operation.java().get(0).toString().strip().replaceAll(";$", "") + " in " + method + ", which PostgreSQL refuses inside a"
            + " transaction: mark the revision @Revision(transactional = false), and keep it to such statements");
      });
    }
    return operations;
  }

  @Override
  public String toString() {
    return "LoadedMigration[" + info.describe() + "]";
  }
}
