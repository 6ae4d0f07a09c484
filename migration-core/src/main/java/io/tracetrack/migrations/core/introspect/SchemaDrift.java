package io.tracetrack.migrations.core.introspect;

import io.tracetrack.migrations.core.diff.Step;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences between a live database and the schema expected of it: each a {@link Step} that
 * would take the live schema to the expected one. Empty when they match.
 *
 * @param live the schema read from the database
 * @param expected the expected schema, its expressions as PostgreSQL prints them
 */
public record SchemaDrift(Schema live, Schema expected, List<Step> differences) {

  public SchemaDrift {
    differences = List.copyOf(differences);
  }

  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /** One line per difference: the SQL that would make the live schema match. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Step step : differences) {
      for (String statement : step.forward().statements()) {
        lines.add(statement.replace("\n", " "));
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    return isEmpty() ? "no drift" : String.join("\n", describe());
  }
}
