package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.util.List;

/** A migration class found and instantiated, with its place in the graph. */
public record LoadedMigration(RevisionInfo info, Migration migration) {

  /**
   * False for {@code @Revision(transactional = false)}: its statements (such as {@code CREATE INDEX
   * CONCURRENTLY}) run outside a transaction, and only the version update is transactional.
   */
  public boolean transactional() {
    Revision revision = migration.getClass().getAnnotation(Revision.class);
    return revision == null || revision.transactional();
  }

  /** The operations {@code upgrade()} asks for; an error naming the revision if it throws. */
  public List<Operation> upgradeOperations() {
    return record(true);
  }

  /** The operations {@code downgrade()} asks for; an error naming the revision if it throws. */
  public List<Operation> downgradeOperations() {
    return record(false);
  }

  private List<Operation> record(boolean upgrade) {
    String method = upgrade ? "upgrade()" : "downgrade()";
    try {
      return RecordingOperations.record(op -> {
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
  }
}
