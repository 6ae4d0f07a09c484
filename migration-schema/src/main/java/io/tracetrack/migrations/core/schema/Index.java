package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index over keys (columns or expressions, each with its sort order, nulls placement and
 * operator class); {@code unique} makes it a unique index, {@code method} is the access method
 * ({@code btree}, {@code gin}, {@code gist}, {@code hash}, {@code brin}...), {@code where} the
 * predicate of a partial index or null, {@code include} the columns stored in it without being keys
 * ({@code INCLUDE (...)}).
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String method, String where,
    List<String> include) {

  /** PostgreSQL's default access method. */
  public static final String BTREE = "btree";

  private static final java.util.regex.Pattern METHOD = java.util.regex.Pattern.compile("[a-z_][a-z0-9_]*");

  public Index {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
    include = include == null ? List.of() : List.copyOf(include);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " has no columns");
    }
    method = method == null || method.isBlank() ? BTREE : method.trim().toLowerCase(Locale.ROOT);
    if (!METHOD.matcher(method).matches()) {
      throw new IllegalArgumentException("\"" + method + "\" is not an index method name");
    }
    if (where != null && where.isBlank()) {
      where = null;
    }
  }

  public Index(String name, List<IndexColumn> columns, boolean unique, String method, String where) {
    this(name, columns, unique, method, where, List.of());
  }

  /** An ascending btree index without predicate. */
  public static Index of(String name, String... columns) {
    return new Index(name, java.util.Arrays.stream(columns).map(IndexColumn::asc).toList(), false, BTREE, null);
  }

  /** The keys' column names (an expression key gives its expression), in index order. */
  public List<String> columnNames() {
    return columns.stream().map(IndexColumn::name).toList();
  }

  /** Whether every key is a plain column in ascending order with PostgreSQL's defaults and nothing is included. */
  public boolean plainKeys() {
    return include.isEmpty() && columns.stream().allMatch(c -> !c.expression() && c.nulls() == null && c.opclass() == null);
  }

  /** Whether a column is a key, is included, or is named in a key expression or the predicate: dropping it drops the index. */
  public boolean uses(String column) {
    return include.contains(column) || (where != null && SqlExpressions.mentions(where, column))
        || columns.stream().anyMatch(c -> c.expression() ? SqlExpressions.mentions(c.name(), column) : c.name().equals(column));
  }

  public Index withName(String newName) {
    return new Index(newName, columns, unique, method, where, include);
  }

  /** This index with one column renamed, in its keys, key expressions, included columns and predicate. */
  public Index withColumnRenamed(String from, String to) {
    return new Index(name, columns.stream().map(c -> c.withColumnRenamed(from, to)).toList(), unique, method,
        where == null ? null : SqlExpressions.renameIdentifier(where, from, to),
        include.stream().map(c -> c.equals(from) ? to : c).toList());
  }

  /**
   * One key of an index: a column, or an SQL expression when {@code expression}; its sort order;
   * {@code nulls} {@code FIRST} or {@code LAST} where it differs from the default of its order
   * (last ascending, first descending), else null; its operator class, or null for the default.
   */
  public record IndexColumn(String name, boolean descending, String nulls, String opclass, boolean expression) {
    public static final String FIRST = "FIRST";
    public static final String LAST = "LAST";

    public IndexColumn {
      Objects.requireNonNull(name, "name == null");
      if (expression && name.isBlank()) {
        throw new IllegalArgumentException("an index key expression is empty");
      }
      nulls = nulls == null || nulls.isBlank() ? null : nulls.trim().toUpperCase(Locale.ROOT);
      if (nulls != null && !nulls.equals(FIRST) && !nulls.equals(LAST)) {
        throw new IllegalArgumentException("index key " + name + ": NULLS " + nulls + " is neither FIRST nor LAST");
      }
      if (nulls != null && nulls.equals(descending ? FIRST : LAST)) {
        nulls = null; // the default of its order, as PostgreSQL prints it back
      }
      opclass = opclass == null || opclass.isBlank() ? null : opclass.trim().toLowerCase(Locale.ROOT);
      if (opclass != null && !opclass.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
        throw new IllegalArgumentException("index key " + name + ": \"" + opclass + "\" is not an operator class name");
      }
    }

    public IndexColumn(String name, boolean descending) {
      this(name, descending, null, null, false);
    }

    public static IndexColumn asc(String name) {
      return new IndexColumn(name, false);
    }

    public static IndexColumn desc(String name) {
      return new IndexColumn(name, true);
    }

    /** An ascending key over an SQL expression: {@code lower(email)}. */
    public static IndexColumn expression(String sql) {
      return new IndexColumn(sql, false, null, null, true);
    }

    /** Whether nulls sort before the other values. */
    public boolean nullsFirst() {
      return nulls == null ? descending : nulls.equals(FIRST);
    }

    public IndexColumn withColumnRenamed(String from, String to) {
      if (expression) {
        return new IndexColumn(SqlExpressions.renameIdentifier(name, from, to), descending, nulls, opclass, true);
      }
      return name.equals(from) ? new IndexColumn(to, descending, nulls, opclass, false) : this;
    }
  }
}
