package io.tracetrack.migrations.core.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the entities say was renamed ({@code @Entity(renamedFrom = ...)}, {@code
 * @Column(renamedFrom = ...)}, and the same on indexes, checks, unique constraints and enums): the
 * diff turns a drop plus an add into a rename only on such a hint, never on a guess. {@code tables}
 * maps a table's name to its old name; {@code columns}, {@code indexes} and {@code constraints}
 * (check and unique) map a table's (new) name to its elements' new names and their old names;
 * {@code enumTypes} maps an enum type's name to its old name, and {@code enumValues} a type's (new)
 * name to its values' new and old labels.
 */
public record RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns,
    Map<String, Map<String, String>> indexes, Map<String, Map<String, String>> constraints,
    Map<String, String> enumTypes, Map<String, Map<String, String>> enumValues) {

  public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

  public RenameHints {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    columns = nested(columns);
    indexes = nested(indexes);
    constraints = nested(constraints);
    enumTypes = Collections.unmodifiableSortedMap(new TreeMap<>(enumTypes));
    enumValues = nested(enumValues);
  }

  public RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    this(tables, columns, Map.of(), Map.of(), Map.of(), Map.of());
  }

  private static SortedMap<String, Map<String, String>> nested(Map<String, Map<String, String>> hints) {
    SortedMap<String, Map<String, String>> copy = new TreeMap<>();
    hints.forEach((owner, renames) -> {
      if (!renames.isEmpty()) {
        copy.put(owner, Collections.unmodifiableSortedMap(new TreeMap<>(renames)));
      }
    });
    return Collections.unmodifiableSortedMap(copy);
  }

  public Optional<String> tableRenamedFrom(String table) {
    return Optional.ofNullable(tables.get(table));
  }

  public Optional<String> columnRenamedFrom(String table, String column) {
    return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
  }

  public Optional<String> indexRenamedFrom(String table, String index) {
    return Optional.ofNullable(indexes.getOrDefault(table, Map.of()).get(index));
  }

  public Optional<String> constraintRenamedFrom(String table, String constraint) {
    return Optional.ofNullable(constraints.getOrDefault(table, Map.of()).get(constraint));
  }

  public Optional<String> enumTypeRenamedFrom(String type) {
    return Optional.ofNullable(enumTypes.get(type));
  }

  /** The new labels of an enum type's renamed values and their old labels. */
  public Map<String, String> enumValuesRenamed(String type) {
    return enumValues.getOrDefault(type, Map.of());
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty() && indexes.isEmpty() && constraints.isEmpty() && enumTypes.isEmpty()
        && enumValues.isEmpty();
  }

  /** These hints and another's; the other's win where both name the same element. */
  public RenameHints plus(RenameHints other) {
    Map<String, String> t = new TreeMap<>(tables);
    t.putAll(other.tables);
    Map<String, String> e = new TreeMap<>(enumTypes);
    e.putAll(other.enumTypes);
    return new RenameHints(t, merged(columns, other.columns), merged(indexes, other.indexes),
        merged(constraints, other.constraints), e, merged(enumValues, other.enumValues));
  }

  private static Map<String, Map<String, String>> merged(Map<String, Map<String, String>> a,
      Map<String, Map<String, String>> b) {
    Map<String, Map<String, String>> c = new TreeMap<>();
    a.forEach((k, v) -> c.put(k, new TreeMap<>(v)));
    b.forEach((k, v) -> c.computeIfAbsent(k, x -> new TreeMap<>()).putAll(v));
    return c;
  }
}
