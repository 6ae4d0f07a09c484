package io.tracetrack.migrations.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index over columns, each ascending or descending; {@code unique} makes it a unique index,
 * {@code method} is the access method ({@code btree}, {@code gin}, {@code gist}, {@code hash},
 * {@code brin}...), {@code where} the predicate of a partial index or null.
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String method, String where) {

  /** PostgreSQL's default access method. */
  public static final String BTREE = "btree";

  private static final java.util.regex.Pattern METHOD = java.util.regex.Pattern.compile("[a-z_][a-z0-9_]*");

  public Index {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
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

  /** An ascending btree index without predicate. */
  public static Index of(String name, String... columns) {
    return new Index(name, java.util.Arrays.stream(columns).map(IndexColumn::asc).toList(), false, BTREE, null);
  }

  /** The column names, in index order. */
  public List<String> columnNames() {
    return columns.stream().map(IndexColumn::name).toList();
  }

  public Index withName(String newName) {
    return new Index(newName, columns, unique, method, where);
  }

  /** This index with one column renamed. */
  public Index withColumnRenamed(String from, String to) {
    return new Index(name, columns.stream().map(c -> c.name().equals(from) ? new IndexColumn(to, c.descending()) : c).toList(),
        unique, method, where);
  }

  /** One column of an index and its sort order. */
  public record IndexColumn(String name, boolean descending) {
    public IndexColumn {
      Objects.requireNonNull(name, "name == null");
    }

    public static IndexColumn asc(String name) {
      return new IndexColumn(name, false);
    }

    public static IndexColumn desc(String name) {
      return new IndexColumn(name, true);
    }
  }
}
