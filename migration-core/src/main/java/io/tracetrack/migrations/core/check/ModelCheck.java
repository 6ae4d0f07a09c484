package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.util.List;

/** The offline half of {@code check}: the entities' snapshot against the schema the migrations build. */
public final class ModelCheck {

  private ModelCheck() {}

  /** One {@link Kind#MODEL} difference per change a new migration would have to make. */
  public static List<Difference> compare(MigrationSet migrations, Snapshot snapshot) {
    return SchemaDifferences.describe(migrations.schemaAt(null), "the migrations", snapshot.schema(), "the entities",
            snapshot.entities())
        .stream().map(line -> new Difference(Kind.MODEL, line)).toList();
  }
}
