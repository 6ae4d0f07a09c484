package io.tracetrack.migrations.core.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the entities say was renamed ({@code @Entity(renamedFrom = ...)}, {@code
 * @Column(renamedFrom = ...)}): the diff turns a drop plus an add into a rename only on such a
 * hint, never on a guess. {@code tables} maps a table's name to its old name; {@code columns} maps
 * a table's (new) name to its columns' new names and their old names.
 */
public record RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns) {

  public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

  public RenameHints {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    java.util.SortedMap<String, Map<String, String>> copy = new TreeMap<>();
    columns.forEach((table, renames) -> {
      if (!renames.isEmpty()) {
        copy.put(table, Collections.unmodifiableSortedMap(new TreeMap<>(renames)));
      }
    });
    columns = Collections.unmodifiableSortedMap(copy);
  }

  public Optional<String> tableRenamedFrom(String table) {
    return Optional.ofNullable(tables.get(table));
  }

  public Optional<String> columnRenamedFrom(String table, String column) {
    return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  /** These hints and another's; the other's win where both name the same element. */
  public RenameHints plus(RenameHints other) {
    Map<String, String> t = new TreeMap<>(tables);
    t.putAll(other.tables);
    Map<String, Map<String, String>> c = new TreeMap<>();
    columns.forEach((k, v) -> c.put(k, new TreeMap<>(v)));
    other.columns.forEach((k, v) -> c.computeIfAbsent(k, x -> new TreeMap<>()).putAll(v));
    return new RenameHints(t, c);
  }
}
