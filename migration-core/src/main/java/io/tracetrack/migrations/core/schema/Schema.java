package io.tracetrack.migrations.core.schema;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A database schema: tables by name. Immutable; the {@code with...} methods return changed copies. */
public record Schema(Map<String, Table> tables) {

  public static final Schema EMPTY = new Schema(Map.of());

  public Schema {
    tables = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tables));
  }

  public static Schema of(Collection<Table> tables) {
    Map<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      if (byName.put(table.name(), table) != null) {
        throw new IllegalArgumentException("two tables named " + table.name());
      }
    }
    return new Schema(byName);
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Schema withTable(Table table) {
    Map<String, Table> changed = new TreeMap<>(tables);
    changed.put(table.name(), table);
    return new Schema(changed);
  }

  public Schema withoutTable(String name) {
    Map<String, Table> changed = new TreeMap<>(tables);
    changed.remove(name);
    return new Schema(changed);
  }
}
