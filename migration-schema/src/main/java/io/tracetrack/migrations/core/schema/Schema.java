package io.tracetrack.migrations.core.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database schema: tables by (qualified) name, native enum types by name, the PostgreSQL schemas
 * other than {@code public} that exist, and standalone sequences by (qualified) name. Immutable;
 * the {@code with...} methods return changed copies.
 */
public record Schema(Map<String, Table> tables, Map<String, EnumType> enums, Set<String> schemas,
    Map<String, Sequence> sequences) {

  public static final Schema EMPTY = new Schema(Map.of());

  public Schema {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    enums = Collections.unmodifiableSortedMap(new TreeMap<>(enums));
    TreeSet<String> names = new TreeSet<>(schemas);
    names.remove(Table.DEFAULT_SCHEMA);
    schemas = Collections.unmodifiableSortedSet(names);
    sequences = Collections.unmodifiableSortedMap(new TreeMap<>(sequences));
  }

  public Schema(Map<String, Table> tables, Map<String, EnumType> enums, Set<String> schemas) {
    this(tables, enums, schemas, Map.of());
  }

  /** Tables only; the schemas they live in exist. */
  public Schema(Map<String, Table> tables) {
    this(tables, Map.of(), schemasOf(tables.values()));
  }

  public static Schema of(Collection<Table> tables) {
    return of(tables, java.util.List.of());
  }

  /** Tables and enum types; the schemas the tables live in exist. */
  public static Schema of(Collection<Table> tables, Collection<EnumType> enums) {
    Map<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      if (byName.put(table.name(), table) != null) {
        throw new IllegalArgumentException("two tables named " + table.name());
      }
    }
    Map<String, EnumType> enumsByName = new TreeMap<>();
    for (EnumType type : enums) {
      if (enumsByName.put(type.name(), type) != null) {
        throw new IllegalArgumentException("two enum types named " + type.name());
      }
    }
    return new Schema(byName, enumsByName, schemasOf(tables));
  }

  private static Set<String> schemasOf(Collection<Table> tables) {
    Set<String> schemas = new TreeSet<>();
    tables.forEach(t -> schemas.add(t.schemaName()));
    return schemas;
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Optional<EnumType> enumType(String name) {
    return Optional.ofNullable(enums.get(name));
  }

  public Optional<Sequence> sequence(String name) {
    return Optional.ofNullable(sequences.get(name));
  }

  public Schema withTable(Table table) {
    Map<String, Table> changed = new TreeMap<>(tables);
    changed.put(table.name(), table);
    return new Schema(changed, enums, schemas, sequences);
  }

  public Schema withoutTable(String name) {
    Map<String, Table> changed = new TreeMap<>(tables);
    changed.remove(name);
    return new Schema(changed, enums, schemas, sequences);
  }

  public Schema withEnum(EnumType type) {
    Map<String, EnumType> changed = new TreeMap<>(enums);
    changed.put(type.name(), type);
    return new Schema(tables, changed, schemas, sequences);
  }

  public Schema withoutEnum(String name) {
    Map<String, EnumType> changed = new TreeMap<>(enums);
    changed.remove(name);
    return new Schema(tables, changed, schemas, sequences);
  }

  public Schema withSchemas(Set<String> newSchemas) {
    return new Schema(tables, enums, newSchemas, sequences);
  }

  public Schema withSequence(Sequence sequence) {
    Map<String, Sequence> changed = new TreeMap<>(sequences);
    changed.put(sequence.name(), sequence);
    return new Schema(tables, enums, schemas, changed);
  }

  public Schema withoutSequence(String name) {
    Map<String, Sequence> changed = new TreeMap<>(sequences);
    changed.remove(name);
    return new Schema(tables, enums, schemas, changed);
  }

  /** The same schema with the given sequences, and the schemas they live in. */
  public Schema withSequences(java.util.Collection<Sequence> all) {
    Map<String, Sequence> byName = new TreeMap<>();
    Set<String> namespaces = new TreeSet<>(schemas);
    for (Sequence sequence : all) {
      if (byName.put(sequence.name(), sequence) != null) {
        throw new IllegalArgumentException("two sequences named " + sequence.name());
      }
      namespaces.add(Table.schemaOf(sequence.name()));
    }
    return new Schema(tables, enums, namespaces, byName);
  }
}
