package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Objects;

/** A named unique constraint over one or more columns, in order. */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint withName(String newName) {
    return new UniqueConstraint(newName, columns);
  }

  public UniqueConstraint {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("unique constraint " + name + " has no columns");
    }
  }

  /** PostgreSQL's own name for a one-column unique constraint: {@code <table>_<column>_key}. */
  public static String defaultName(String table, String column) {
    return NamingConvention.uniqueColumn(table, column);
  }
}
