package io.tracetrack.migrations.core.schema;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.pcollections.TreePMap;

/**
 * A {@link Schema}'s tables by name, immutable and sorted, with an index of the relation names they
 * hold in each PostgreSQL schema ({@link Table#relationNames}), so that whether a name is free is
 * answered without visiting every table. {@link #with} and {@link #without} share structure with the
 * map they change.
 */
final class TableMap extends AbstractMap<String, Table> implements SortedMap<String, Table> {

  static final TableMap EMPTY = new TableMap(TreePMap.empty(), TreePMap.empty());

  private final TreePMap<String, Table> byName;
  // How many tables hold each (PostgreSQL schema, relation name): an invalid schema may hold one twice.
  private final TreePMap<String, Integer> relationNames;

  private TableMap(TreePMap<String, Table> byName, TreePMap<String, Integer> relationNames) {
    this.byName = byName;
    this.relationNames = relationNames;
  }

  /** The same tables; {@code tables} itself when it is a table map already. */
  static TableMap of(Map<String, Table> tables) {
    if (tables instanceof TableMap map) {
      return map;
    }
    TreePMap<String, Integer> names = TreePMap.empty();
    for (Table table : tables.values()) {
      names = counted(names, table, 1);
    }
    return new TableMap(SortedByName.of(tables), names);
  }

  /** These tables with {@code table} added, or in place of the one of its name. */
  TableMap with(Table table) {
    Table old = byName.get(table.name());
    TreePMap<String, Integer> names = relationNames;
    if (old == null || !old.relationNames().equals(table.relationNames())) {
      names = counted(old == null ? names : counted(names, old, -1), table, 1);
    }
    return new TableMap(byName.plus(table.name(), table), names);
  }

  /** These tables without the one named {@code name}. */
  TableMap without(String name) {
    Table old = byName.get(name);
    return old == null ? this : new TableMap(byName.minus(name), counted(relationNames, old, -1));
  }

  /** Whether a table of the PostgreSQL schema {@code namespace} holds the relation name {@code name}. */
  boolean holdsRelationName(String namespace, String name) {
    return relationNames.containsKey(key(namespace, name));
  }

  private static TreePMap<String, Integer> counted(TreePMap<String, Integer> names, Table table, int change) {
    String namespace = table.schemaName();
    TreePMap<String, Integer> result = names;
    for (String name : table.relationNames()) {
      String key = key(namespace, name);
      int count = result.getOrDefault(key, 0) + change;
      result = count == 0 ? result.minus(key) : result.plus(key, count);
    }
    return result;
  }

  // No identifier holds a NUL character, so the pair cannot be read two ways.
  private static String key(String namespace, String name) {
    return namespace + '\0' + name;
  }

  @Override
  public Table get(Object key) {
    return byName.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return byName.containsKey(key);
  }

  @Override
  public int size() {
    return byName.size();
  }

  @Override
  public Set<Entry<String, Table>> entrySet() {
    return byName.entrySet();
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public String firstKey() {
    return byName.firstKey();
  }

  @Override
  public String lastKey() {
    return byName.lastKey();
  }

  @Override
  public SortedMap<String, Table> subMap(String fromKey, String toKey) {
    return byName.subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, Table> headMap(String toKey) {
    return byName.headMap(toKey);
  }

  @Override
  public SortedMap<String, Table> tailMap(String fromKey) {
    return byName.tailMap(fromKey);
  }
}
