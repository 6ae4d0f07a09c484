package io.tracetrack.migrations.core.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database schema: tables by (qualified) name, native enum types by name, the PostgreSQL schemas
 * other than {@code public} that exist, and the standalone elements of each {@link ElementKind}
 * (standalone sequences so far) by (qualified) name. Immutable; the {@code with...} methods return
 * changed copies, which share all they did not change with the original (replay changes a schema
 * once per operation, thousands of times for a large initial migration).
 */
public record Schema(Map<String, Table> tables, Map<String, EnumType> enums, Set<String> schemas,
    Map<ElementKind<?>, SortedMap<String, ?>> elements) {

  /** Every kind of standalone element, in the order the snapshot lists them. */
  public static final List<ElementKind<?>> KINDS = List.of(Sequence.KIND);

  public static final Schema EMPTY = new Schema(Map.of());

  public Schema {
    tables = TableMap.of(tables);
    enums = SortedByName.of(enums);
    TreeSet<String> names = new TreeSet<>(schemas);
    names.remove(Table.DEFAULT_SCHEMA);
    schemas = Collections.unmodifiableSortedSet(names);
    elements = canonical(elements);
  }

  /** Kinds with no element left out, so that equal schemas compare equal. */
  private static Map<ElementKind<?>, SortedMap<String, ?>> canonical(Map<ElementKind<?>, SortedMap<String, ?>> elements) {
    Map<ElementKind<?>, SortedMap<String, ?>> copy = new LinkedHashMap<>();
    for (ElementKind<?> kind : KINDS) {
      SortedMap<String, ?> byName = elements.get(kind);
      if (byName != null && !byName.isEmpty()) {
        copy.put(kind, SortedByName.of(byName));
      }
    }
    if (copy.size() != elements.values().stream().filter(m -> !m.isEmpty()).count()) {
      throw new IllegalArgumentException("elements of a kind missing from Schema.KINDS: " + elements.keySet());
    }
    return Collections.unmodifiableMap(copy);
  }

  public Schema(Map<String, Table> tables, Map<String, EnumType> enums, Set<String> schemas) {
    this(tables, enums, schemas, Map.of());
  }

  /** Tables only; the schemas they live in exist. */
  public Schema(Map<String, Table> tables) {
    this(tables, Map.of(), schemasOf(tables.values()));
  }

  public static Schema of(Collection<Table> tables) {
    return of(tables, List.of());
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

  /**
   * Whether a table of the PostgreSQL schema {@code namespace} holds the relation name {@code name}
   * (see {@link Table#relationNames}); found in an index, without visiting the tables.
   */
  public boolean tablesHoldRelationName(String namespace, String name) {
    return ((TableMap) tables).holdsRelationName(namespace, name);
  }

  public Schema withTable(Table table) {
    return new Schema(((TableMap) tables).with(table), enums, schemas, elements);
  }

  public Schema withoutTable(String name) {
    return new Schema(((TableMap) tables).without(name), enums, schemas, elements);
  }

  public Schema withEnum(EnumType type) {
    return new Schema(tables, SortedByName.of(enums).plus(type.name(), type), schemas, elements);
  }

  public Schema withoutEnum(String name) {
    return new Schema(tables, SortedByName.of(enums).minus(name), schemas, elements);
  }

  public Schema withSchemas(Set<String> newSchemas) {
    return new Schema(tables, enums, newSchemas, elements);
  }

  /** The elements of one kind, by name. */
  @SuppressWarnings("unchecked") // withElements admits only elements of the kind's type
  public <T> SortedMap<String, T> elements(ElementKind<T> kind) {
    return (SortedMap<String, T>) elements.getOrDefault(kind, Collections.emptySortedMap());
  }

  public <T> Optional<T> element(ElementKind<T> kind, String name) {
    return Optional.ofNullable(elements(kind).get(name));
  }

  public <T> Schema withElement(ElementKind<T> kind, T element) {
    return withKind(kind, SortedByName.of(elements(kind)).plus(kind.nameOf(element), element), schemas);
  }

  public <T> Schema withoutElement(ElementKind<T> kind, String name) {
    return withKind(kind, SortedByName.of(elements(kind)).minus(name), schemas);
  }

  /** The same schema with exactly the given elements of a kind, and the schemas they live in. */
  public <T> Schema withElements(ElementKind<T> kind, Collection<T> all) {
    SortedMap<String, T> byName = new TreeMap<>();
    Set<String> namespaces = new TreeSet<>(schemas);
    for (T element : all) {
      String name = kind.nameOf(element);
      if (byName.put(name, element) != null) {
        throw new IllegalArgumentException("two " + kind.jsonKey() + " named " + name);
      }
      namespaces.add(Table.schemaOf(name));
    }
    return withKind(kind, byName, namespaces);
  }

  private Schema withKind(ElementKind<?> kind, SortedMap<String, ?> byName, Set<String> namespaces) {
    Map<ElementKind<?>, SortedMap<String, ?>> changed = new LinkedHashMap<>(elements);
    changed.put(kind, byName);
    return new Schema(tables, enums, namespaces, changed);
  }

  // Shorthands for the one kind so far, as the processor and tests name it.

  public SortedMap<String, Sequence> sequences() {
    return elements(Sequence.KIND);
  }

  public Optional<Sequence> sequence(String name) {
    return element(Sequence.KIND, name);
  }

  public Schema withSequence(Sequence sequence) {
    return withElement(Sequence.KIND, sequence);
  }

  public Schema withoutSequence(String name) {
    return withoutElement(Sequence.KIND, name);
  }

  public Schema withSequences(Collection<Sequence> all) {
    return withElements(Sequence.KIND, all);
  }
}
