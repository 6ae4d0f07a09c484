package io.tracetrack.migrations.imports;

import java.util.List;
import java.util.Objects;

/**
 * A history read from another tool, ready to write as migrations: the tool's name ({@code
 * Liquibase}), what it calls a unit ({@code changeset}), the file or folder it was read from, its
 * units in the order the tool applies them, and what the reader reports without importing
 * (preconditions, units left out by a context or dbms filter, scripts that are not imported).
 */
public record ImportedHistory(String tool, String unitNoun, String source, List<ImportedUnit> units,
    List<String> notes) {

  public ImportedHistory {
    Objects.requireNonNull(tool, "tool == null");
    Objects.requireNonNull(unitNoun, "unitNoun == null");
    Objects.requireNonNull(source, "source == null");
    units = List.copyOf(units);
    notes = List.copyOf(notes);
  }

  /** A history of changesets. */
  public ImportedHistory(String tool, String source, List<ImportedUnit> units, List<String> notes) {
    this(tool, "changeset", source, units, notes);
  }
}
