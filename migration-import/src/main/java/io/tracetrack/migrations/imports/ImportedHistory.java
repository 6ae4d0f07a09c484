package io.tracetrack.migrations.imports;

import java.util.List;
import java.util.Objects;

/**
 * A history read from another tool, ready to write as migrations: the tool's name ({@code
 * Liquibase}), the file it was read from, its units in the order the tool applies them, and what
 * the reader reports without importing (preconditions, units left out by a context or dbms filter).
 */
public record ImportedHistory(String tool, String source, List<ImportedUnit> units, List<String> notes) {

  public ImportedHistory {
    Objects.requireNonNull(tool, "tool == null");
    Objects.requireNonNull(source, "source == null");
    units = List.copyOf(units);
    notes = List.copyOf(notes);
  }
}
