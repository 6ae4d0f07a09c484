package io.tracetrack.migrations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index as a migration declares it: {@code index("ix_post_created_at", "created_at").descending("created_at")},
 * {@code index("ix_doc_tags", "tags").using("gin")}, {@code index("ux_user_email", "email").unique().where("deleted_at IS NULL")}.
 * Immutable; each method returns a changed copy.
 */
public final class IndexDef {
  private final String name;
  private final List<String> columns;
  private final List<String> descending;
  private final boolean unique;
  private final String method;
  private final String where;

  private IndexDef(String name, List<String> columns, List<String> descending, boolean unique, String method, String where) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.descending = List.copyOf(descending);
    this.unique = unique;
    this.method = method;
    this.where = where;
  }

  /** An ascending btree index over the columns, in order. */
  public static IndexDef index(String name, String... columns) {
    Objects.requireNonNull(name, "name == null");
    if (columns.length == 0) {
      throw new IllegalArgumentException("index " + name + " names no columns");
    }
    return new IndexDef(name, Arrays.asList(columns), List.of(), false, "btree", null);
  }

  /** This index with the given columns (of its own) sorted descending. */
  public IndexDef descending(String... names) {
    List<String> desc = new ArrayList<>(descending);
    for (String n : names) {
      if (!columns.contains(n)) {
        throw new IllegalArgumentException("index " + name + " has no column " + n);
      }
      desc.add(n);
    }
    return new IndexDef(name, columns, desc, unique, method, where);
  }

  /** This index as a unique index. */
  public IndexDef unique() {
    return new IndexDef(name, columns, descending, true, method, where);
  }

  /** This index with an access method: {@code btree} (the default), {@code hash}, {@code gin}, {@code gist}, {@code brin}... */
  public IndexDef using(String accessMethod) {
    Objects.requireNonNull(accessMethod, "accessMethod == null");
    return new IndexDef(name, columns, descending, unique, accessMethod, where);
  }

  /** This index as a partial index over the rows where an SQL predicate holds. */
  public IndexDef where(String predicate) {
    Objects.requireNonNull(predicate, "predicate == null");
    return new IndexDef(name, columns, descending, unique, method, predicate);
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public boolean isDescending(String column) {
    return descending.contains(column);
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
}
