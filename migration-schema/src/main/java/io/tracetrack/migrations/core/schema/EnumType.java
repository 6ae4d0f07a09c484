package io.tracetrack.migrations.core.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A native PostgreSQL enum type ({@code CREATE TYPE name AS ENUM (...)}): its labels in order. */
public record EnumType(String name, List<String> values) {

  public EnumType {
    Objects.requireNonNull(name, "name == null");
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      // Column types name it unquoted, so it must read the same quoted or not.
      throw new IllegalArgumentException("enum type name \"" + name + "\" must be lower case letters, digits and _");
    }
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("enum type " + name + " has no values");
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException("enum type " + name + " lists a value twice: " + values);
    }
  }
}
