package io.tracetrack.migrations.core.schema;

import java.util.Objects;

/** A named check constraint: an SQL boolean expression over the table's columns. */
public record CheckConstraint(String name, String expression) {

  public CheckConstraint {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(expression, "expression == null");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " has no expression");
    }
  }

  public CheckConstraint withName(String newName) {
    return new CheckConstraint(newName, expression);
  }
}
