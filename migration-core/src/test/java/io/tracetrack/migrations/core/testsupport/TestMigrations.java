package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/** Migrations written in a test: a body for each direction and a hand-built {@link RevisionInfo}. */
public final class TestMigrations {

  private TestMigrations() {}

  /** A migration whose two directions are the given bodies. */
  public static final class Lambda implements Migration {
    private final Consumer<Operations> up;
    private final Consumer<Operations> down;

    public Lambda(Consumer<Operations> up, Consumer<Operations> down) {
      this.up = up;
      this.down = down;
    }

    @Override
    public void upgrade(Operations op) {
      up.accept(op);
    }

    @Override
    public void downgrade(Operations op) {
      down.accept(op);
    }
  }

  /**
   * A migration of two bodies. Having no source, it gets a stand-in checksum over what its bodies
   * record (its operations' text), so that editing a body changes it as editing a source would.
   */
  public static LoadedMigration migration(String id, List<String> parents, String message,
      Consumer<Operations> up, Consumer<Operations> down) {
    String recorded = RecordingOperations.record(up) + "\n" + RecordingOperations.record(down);
    return new LoadedMigration(new RevisionInfo(id, parents, message, "2026-01-01 00:00:00", "test.M_" + id),
        new Lambda(up, down), standInChecksum(recorded));
  }

  /** A checksum in the current form over any text: for migrations that have no source. */
  public static String standInChecksum(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return MigrationChecksum.PREFIX + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RevisionInfo revision(String id, String... parents) {
    return new RevisionInfo(id, List.of(parents), "revision " + id, "", "test.M_" + id);
  }
}
