package io.tracetrack.migrations;

import io.tracetrack.migrations.entity.Column.Identity;

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

  /**
   * Sets a column's server default to an SQL expression. (A null {@code expression} removes it, as
   * {@link #dropColumnServerDefault} says more plainly.)
   */
  void alterColumnServerDefault(String table, String column, String expression);

  /** Removes a column's server default. */
  void dropColumnServerDefault(String table, String column);

  /** Adds a primary key, named {@code <table>_pkey}, over one or more columns in key order. */
  void createPrimaryKey(String table, String... columns);

  /** Adds a unique constraint over one or more columns. */
  void addUniqueConstraint(String table, String name, String... columns);

  /** Adds a unique constraint under which nulls clash too: {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15 and later). */
  void addUniqueConstraintNullsNotDistinct(String table, String name, String... columns);

  /** Drops a named unique constraint, or the primary key by its name {@code <table>_pkey}. */
  void dropConstraint(String table, String name);

  /**
   * Changes a column's type, converting the values with an SQL expression: {@code
   * alterColumnType("t", "price", "numeric(10,2)", "price::numeric(10,2)")}.
   */
  void alterColumnType(String table, String column, String newType, String using);

  /** Creates an index on a table. */
  void createIndex(String table, IndexDef index);

  /** Drops an index of a table. */
  void dropIndex(String table, String name);

  /**
   * Creates an index without blocking writes to the table while it builds ({@code CREATE INDEX
   * CONCURRENTLY}). PostgreSQL refuses it inside a transaction, so only a revision marked {@code
   * @Revision(transactional = false)} may call it; any other fails, naming the revision.
   */
  void createIndexConcurrently(String table, IndexDef index);

  /**
   * Drops an index without blocking the table's readers and writers ({@code DROP INDEX
   * CONCURRENTLY}); as {@link #createIndexConcurrently}, only in a {@code @Revision(transactional = false)}.
   */
  void dropIndexConcurrently(String table, String name);

  /** Adds a foreign key to a table. */
  void addForeignKey(String table, ForeignKeyDef foreignKey);

  /** Adds a check constraint, an SQL boolean expression over the table's columns. */
  void addCheckConstraint(String table, String name, String expression);

  /** Renames a table, keeping its rows; a new name {@code schema.table} in another schema moves it there. */
  void renameTable(String table, String newName);

  /** Renames a column, keeping its data. */
  void renameColumn(String table, String column, String newName);

  /** Renames a constraint of a table (primary key, unique, foreign key or check). */
  void renameConstraint(String table, String name, String newName);

  /** Renames an index of a table. */
  void renameIndex(String table, String name, String newName);

  /** Sets a table's comment. (A null {@code comment} removes it, as {@link #dropTableComment} says more plainly.) */
  void setTableComment(String table, String comment);

  /** Removes a table's comment. */
  void dropTableComment(String table);

  /**
   * Sets a column's comment. (A null {@code comment} removes it, as {@link #dropColumnComment} says
   * more plainly.)
   */
  void setColumnComment(String table, String column, String comment);

  /** Removes a column's comment. */
  void dropColumnComment(String table, String column);

  /**
   * Makes a column an identity column, changes its kind, or makes it a plain column: {@code
   * op.alterColumnIdentity("event", "id", Identity.BY_DEFAULT, Identity.NONE)}. {@code previous} is
   * what the column is before, so that the downgrade can be checked against it.
   */
  void alterColumnIdentity(String table, String column, Identity identity, Identity previous);

  /**
   * As {@link #alterColumnIdentity(String, String, Identity, Identity)}, with {@code "always"},
   * {@code "by default"} or null (none) for the kinds.
   *
   * @deprecated name the kinds with {@link Identity}
   */
  @Deprecated
  void alterColumnIdentity(String table, String column, String identity, String previous);

  /**
   * Sets every sequence option of an identity column: {@code op.alterColumnIdentityOptions("event",
   * "id", identity().startWith(1000).incrementBy(10))}; an option not set goes back to PostgreSQL's
   * default. The sequence's current value stays where it is.
   */
  void alterColumnIdentityOptions(String table, String column, IdentityDef options);

  /** Keeps a generated column's values as a plain column: {@code ALTER COLUMN ... DROP EXPRESSION}. */
  void dropColumnExpression(String table, String column);

  /**
   * Makes a plain column generated, {@code column} giving its whole definition with {@link
   * ColumnDef#generatedAs(String)}: PostgreSQL has no statement for this, so the column is dropped
   * and added again, its values computed from the expression.
   */
  void addColumnExpression(String table, ColumnDef column);

  /**
   * Gives a column of {@code type} (its current type) a collation: {@code ALTER COLUMN ... TYPE type
   * COLLATE "C"}.
   */
  void alterColumnCollation(String table, String column, String type, String collation);

  /** Gives a column of {@code type} (its current type) that type's default collation again. */
  void resetColumnCollation(String table, String column, String type);

  /**
   * Creates a sequence of {@code sequenceType} in the table's schema, owned by the column ({@code
   * OWNED BY}), as a {@code serial} column has; set the column's default to its {@code nextval}
   * after this call.
   */
  void createColumnSequence(String table, String column, String sequence, String sequenceType);

  /** Drops the sequence a column owns; drop the column's {@code nextval} default before this call. */
  void dropColumnSequence(String table, String column, String sequence, String sequenceType);

  /**
   * Renames the sequence a column owns, or changes its type ({@code ALTER SEQUENCE ... AS bigint}
   * when its serial column is widened); a {@code nextval} default follows the rename.
   */
  void alterColumnSequence(String table, String column, String sequence, String sequenceType, String newName,
      String newType);

  /** Creates a native enum type: {@code CREATE TYPE name AS ENUM (values...)}. */
  void createEnumType(String name, String... values);

  /** Drops an enum type that no column uses any longer. */
  void dropEnumType(String name);

  /** Renames an enum type; the columns of that type keep their values. */
  void renameEnumType(String name, String newName);

  /** Renames a value of an enum type; rows holding it hold the new label. */
  void renameEnumValue(String type, String value, String newValue);

  /** Adds a value to an enum type, after its last value. */
  void addEnumValue(String type, String value);

  /** Adds a value to an enum type, just before one of its existing values. */
  void addEnumValueBefore(String type, String value, String before);

  /**
   * Adds a value to an enum type, before an existing value, or last when {@code before} is null.
   *
   * @deprecated use {@link #addEnumValue(String, String)} or {@link #addEnumValueBefore}
   */
  @Deprecated
  void addEnumValue(String type, String value, String before);

  /**
   * Removes a value from an enum type by replacing the type and converting every column of it;
   * fails while a row holds the value.
   */
  void dropEnumValue(String type, String value);

  /** Creates a PostgreSQL schema, for tables named {@code schema.table}. */
  void createSchema(String name);

  /** Drops an empty PostgreSQL schema. */
  void dropSchema(String name);

  /** Creates a standalone sequence. */
  void createSequence(SequenceDef sequence);

  /** Changes a sequence to the given definition (its type, increment, bounds, start, cache, cycle). */
  void alterSequence(SequenceDef sequence);

  /** Drops a sequence. */
  void dropSequence(String name);

  /**
   * Runs SQL as written, for data changes or anything the other operations do not cover. It does
   * not change the schema that autogenerate sees.
   */
  void execute(String sql);

  /**
   * Runs Java code against the database when, and only when, this migration is applied: the place
   * for data migrations that compute values at run time (a random password, an environment
   * variable, rows read in batches). {@code upgrade()} and {@code downgrade()} themselves are also
   * called to replay migrations in memory, so they must only call these operations; work with side
   * effects belongs in the step. Offline SQL scripts cannot contain a step: they name it instead.
   *
   * @param description what the step does, shown by {@code show}, offline scripts and the log
   */
  void run(String description, DataStep step);
}
