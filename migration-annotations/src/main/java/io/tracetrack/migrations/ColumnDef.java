package io.tracetrack.migrations;

import java.util.Objects;

/**
 * A column as a migration declares it: {@code column("last_login", "timestamp").notNull()}.
 * Immutable; each method returns a changed copy.
 */
public final class ColumnDef {
  private final String name;
  private final String type;
  private final boolean nullable;
  private final boolean primaryKey;
  private final boolean unique;
  private final String serverDefault;

  private ColumnDef(
      String name, String type, boolean nullable, boolean primaryKey, boolean unique, String serverDefault) {
    this.name = name;
    this.type = type;
    this.nullable = nullable;
    this.primaryKey = primaryKey;
    this.unique = unique;
    this.serverDefault = serverDefault;
  }

  /** A nullable column of the given PostgreSQL type, such as {@code varchar(255)} or {@code bigint}. */
  public static ColumnDef column(String name, String type) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    return new ColumnDef(name, type, true, false, false, null);
  }

  /** This column with a {@code NOT NULL} constraint. */
  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, primaryKey, unique, serverDefault);
  }

  /** This column as part of its table's primary key (and so {@code NOT NULL}). */
  public ColumnDef primaryKey() {
    return new ColumnDef(name, type, false, true, unique, serverDefault);
  }

  /** This column with a unique constraint named {@code <table>_<column>_key}. */
  public ColumnDef unique() {
    return new ColumnDef(name, type, nullable, primaryKey, true, serverDefault);
  }

  /** This column with a server default, an SQL expression such as {@code 0} or {@code now()}. */
  public ColumnDef serverDefault(String expression) {
    Objects.requireNonNull(expression, "expression == null");
    return new ColumnDef(name, type, nullable, primaryKey, unique, expression);
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public boolean isNullable() {
    return nullable;
  }

  public boolean isPrimaryKey() {
    return primaryKey;
  }

  public boolean isUnique() {
    return unique;
  }

  /** The server default expression, or null when the column has none. */
  public String serverDefault() {
    return serverDefault;
  }
}
