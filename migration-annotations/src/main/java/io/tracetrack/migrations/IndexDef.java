package io.tracetrack.migrations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index as a migration declares it: {@code index("ix_post_created_at", "created_at").descending("created_at")},
 * {@code index("ix_doc_tags", "tags").using("gin")}, {@code index("ux_user_email", "email").unique().where("deleted_at IS NULL")}.
 * Keys with more to say are {@link Key}s: {@code index("ix_user_email", expression("lower(email)"),
 * column("created_at").desc().nullsLast()).include("name")}.
 * Immutable; each method returns a changed copy.
 */
public final class IndexDef {
  private final String name;
  private final List<Key> keys;
  private final boolean unique;
  private final String method;
  private final String where;
  private final List<String> include;

  private IndexDef(String name, List<Key> keys, boolean unique, String method, String where, List<String> include) {
    this.name = name;
    this.keys = List.copyOf(keys);
    this.unique = unique;
    this.method = method;
    this.where = where;
    this.include = List.copyOf(include);
  }

  /** An ascending btree index over the columns, in order. */
  public static IndexDef index(String name, String... columns) {
    return index(name, Arrays.stream(columns).map(IndexDef::column).toArray(Key[]::new));
  }

  /** A btree index over the keys, in order. */
  public static IndexDef index(String name, Key... keys) {
    Objects.requireNonNull(name, "name == null");
    if (keys.length == 0) {
      throw new IllegalArgumentException("index " + name + " names no columns");
    }
    return new IndexDef(name, Arrays.asList(keys), false, "btree", null, List.of());
  }

  /** A key over a column. */
  public static Key column(String name) {
    return new Key(Objects.requireNonNull(name, "column == null"), false, false, null, null);
  }

  /** A key over an SQL expression, such as {@code lower(email)}. */
  public static Key expression(String sql) {
    return new Key(Objects.requireNonNull(sql, "expression == null"), true, false, null, null);
  }

  /** This index with the given columns (of its own) sorted descending. */
  public IndexDef descending(String... names) {
    List<Key> changed = new ArrayList<>(keys);
    for (String n : names) {
      int at = columns().indexOf(n);
      if (at < 0 || keys.get(at).expression) {
        throw new IllegalArgumentException("index " + name + " has no column " + n);
      }
      changed.set(at, changed.get(at).desc());
    }
    return new IndexDef(name, changed, unique, method, where, include);
  }

  /** This index as a unique index. */
  public IndexDef unique() {
    return new IndexDef(name, keys, true, method, where, include);
  }

  /** This index with an access method: {@code btree} (the default), {@code hash}, {@code gin}, {@code gist}, {@code brin}... */
  public IndexDef using(String accessMethod) {
    Objects.requireNonNull(accessMethod, "accessMethod == null");
    return new IndexDef(name, keys, unique, accessMethod, where, include);
  }

  /** This index as a partial index over the rows where an SQL predicate holds. */
  public IndexDef where(String predicate) {
    Objects.requireNonNull(predicate, "predicate == null");
    return new IndexDef(name, keys, unique, method, predicate, include);
  }

  /** This index storing columns that are not keys ({@code INCLUDE (...)}). */
  public IndexDef include(String... columns) {
    return new IndexDef(name, keys, unique, method, where, Arrays.asList(columns));
  }

  public String name() {
    return name;
  }

  /** The keys' columns or expressions, in order. */
  public List<String> columns() {
    return keys.stream().map(Key::text).toList();
  }

  public List<Key> keys() {
    return keys;
  }

  public boolean isDescending(String column) {
    return keys.stream().anyMatch(k -> k.text.equals(column) && k.descending);
  }

  public boolean isUnique() {
    return unique;
  }

  public String method() {
    return method;
  }

  /** The predicate of a partial index, or null. */
  public String where() {
    return where;
  }

  /** The included columns. */
  public List<String> included() {
    return include;
  }

  /** One key of an index: a column or an expression, its order, nulls placement and operator class. Immutable. */
  public static final class Key {
    private final String text;
    private final boolean expression;
    private final boolean descending;
    private final String nulls;
    private final String opclass;

    private Key(String text, boolean expression, boolean descending, String nulls, String opclass) {
      this.text = text;
      this.expression = expression;
      this.descending = descending;
      this.nulls = nulls;
      this.opclass = opclass;
    }

    /** This key sorted descending. */
    public Key desc() {
      return new Key(text, expression, true, nulls, opclass);
    }

    /** This key with nulls sorted before the other values. */
    public Key nullsFirst() {
      return new Key(text, expression, descending, "FIRST", opclass);
    }

    /** This key with nulls sorted after the other values. */
    public Key nullsLast() {
      return new Key(text, expression, descending, "LAST", opclass);
    }

    /** This key with an operator class, such as {@code varchar_pattern_ops}. */
    public Key opclass(String operatorClass) {
      return new Key(text, expression, descending, nulls, Objects.requireNonNull(operatorClass, "operatorClass == null"));
    }

    /** The column name, or the expression. */
    public String text() {
      return text;
    }

    public boolean isExpression() {
      return expression;
    }

    public boolean isDescending() {
      return descending;
    }

    /** {@code FIRST}, {@code LAST} or null for the default of the order. */
    public String nulls() {
      return nulls;
    }

    /** The operator class, or null for the type's default. */
    public String opclass() {
      return opclass;
    }
  }
}
