package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named unique constraint over one or more columns, in order; {@code nullsNotDistinct} makes rows
 * whose key holds nulls clash too ({@code UNIQUE NULLS NOT DISTINCT}, PostgreSQL 15 and later).
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {

  public UniqueConstraint(String name, List<String> columns) {
    this(name, columns, false);
  }

  public UniqueConstraint withName(String newName) {
    return new UniqueConstraint(newName, columns, nullsNotDistinct);
  }

  /** This constraint with one column renamed. */
  public UniqueConstraint withColumnRenamed(String from, String to) {
    return new UniqueConstraint(name, columns.stream().map(c -> c.equals(from) ? to : c).toList(), nullsNotDistinct);
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
