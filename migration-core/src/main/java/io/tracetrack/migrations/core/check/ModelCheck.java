package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The offline half of {@code check}: the entities' snapshot against the schema the migrations build. */
public final class ModelCheck {

  private ModelCheck() {}

  /**
   * One {@link Kind#HEADS} difference per head when the migrations have several (upgrade to head
   * would refuse them; the entities are compared with all branches applied), then one {@link
   * Kind#MODEL} difference per change a new migration would have to make.
   */
  public static List<Difference> compare(MigrationSet migrations, Snapshot snapshot) {
    List<Difference> differences = new ArrayList<>();
    Set<String> heads = migrations.graph().heads();
    if (heads.size() > 1) {
      heads.forEach(head -> differences.add(new Difference(Kind.HEADS,
          head + " (" + migrations.graph().get(head).message() + ")")));
    }
    SchemaDifferences.describe(migrations.schemaAt(null), "the migrations", snapshot.schema(), "the entities",
            snapshot.entities())
        .forEach(line -> differences.add(new Difference(Kind.MODEL, line)));
    return differences;
  }
}
