package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.revision.RevisionInfo;
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

  public static LoadedMigration migration(String id, List<String> parents, String message,
      Consumer<Operations> up, Consumer<Operations> down) {
    return new LoadedMigration(new RevisionInfo(id, parents, message, "2026-01-01 00:00:00", "test.M_" + id),
        new Lambda(up, down));
  }

  public static RevisionInfo revision(String id, String... parents) {
    return new RevisionInfo(id, List.of(parents), "revision " + id, "", "test.M_" + id);
  }
}
