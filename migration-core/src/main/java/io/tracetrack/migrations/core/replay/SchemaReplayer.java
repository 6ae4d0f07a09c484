package io.tracetrack.migrations.core.replay;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;

/**
 * Replays operations on a {@link Schema}, each checked against it the way PostgreSQL would check
 * it ({@link Operation#applyTo}), so a migration that could not run is caught offline.
 */
public final class SchemaReplayer {

  private SchemaReplayer() {}

  public static Schema apply(Schema schema, List<Operation> operations) {
    Schema result = schema;
    for (Operation operation : operations) {
      result = operation.applyTo(result);
    }
    return result;
  }

  public static Schema apply(Schema schema, Operation operation) {
    return operation.applyTo(schema);
  }
}
