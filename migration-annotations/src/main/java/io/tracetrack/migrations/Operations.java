package io.tracetrack.migrations;

/**
 * The schema changes a {@link Migration} may make. Table and column names are passed as they are
 * and always quoted in SQL, so reserved words such as {@code user} are safe; only {@link #execute}
 * takes raw SQL.
 */
public interface Operations {

  /** Creates a table; columns marked {@link ColumnDef#primaryKey()} form its primary key. */
  void createTable(String table, ColumnDef... columns);

  /** Drops a table and its data. */
  void dropTable(String table);

  /** Adds a column to an existing table. */
  void addColumn(String table, ColumnDef column);

  /** Drops a column and its data. */
  void dropColumn(String table, String column);

  /** Changes a column's type; values are converted with {@code USING column::newType}. */
  void alterColumnType(String table, String column, String newType);

  /** Adds or removes a column's {@code NOT NULL} constraint. */
  void alterColumnNullable(String table, String column, boolean nullable);

  /** Sets a column's server default to an SQL expression, or removes it when {@code expression} is null. */
  void alterColumnServerDefault(String table, String column, String expression);

  /** Adds a primary key, named {@code <table>_pkey}, over one or more columns in key order. */
  void createPrimaryKey(String table, String... columns);

  /** Adds a unique constraint over one or more columns. */
  void addUniqueConstraint(String table, String name, String... columns);

  /** Drops a named unique constraint, or the primary key by its name {@code <table>_pkey}. */
  void dropConstraint(String table, String name);

  /**
   * Runs SQL as written, for data changes or anything the other operations do not cover. It does
   * not change the schema that autogenerate sees.
   */
  void execute(String sql);
}
