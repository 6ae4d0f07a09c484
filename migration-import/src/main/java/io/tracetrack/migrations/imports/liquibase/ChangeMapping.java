package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ColumnOperation.RenameColumn;
import io.tracetrack.migrations.core.operation.ColumnOperation.SetColumnComment;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddForeignKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.IndexOperation.CreateIndex;
import io.tracetrack.migrations.core.operation.IndexOperation.DropIndex;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation.ExecuteSql;
import io.tracetrack.migrations.core.operation.SequenceOperation.CreateSequence;
import io.tracetrack.migrations.core.operation.SequenceOperation.DropSequence;
import io.tracetrack.migrations.core.operation.TableOperation.DropTable;
import io.tracetrack.migrations.core.operation.TableOperation.RenameTable;
import io.tracetrack.migrations.core.operation.TableOperation.SetTableComment;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.change.core.SetTableRemarksChange;

/**
 * Liquibase changes as TraceTrack operations, in one table: each change type that an operation
 * says exactly maps here. A change that has no operation, or uses an option no operation has (a
 * tablespace, a deferrable key, a column check), maps to nothing, and its import runs the SQL
 * Liquibase generates for it. Names are folded as PostgreSQL folds Liquibase's unquoted names.
 */
final class ChangeMapping {
  private final PostgresOffline postgres;
  private final ColumnMapping columns;

  ChangeMapping(PostgresOffline postgres) {
    this.postgres = postgres;
    this.columns = new ColumnMapping(postgres);
  }

  /** The operations that do what the change does, or empty when none does exactly that. */
  Optional<List<Operation>> operations(Change change) {
    if (change instanceof CreateTableChange c) {
      return columns.createTable(c);
    }
    if (change instanceof AddColumnChange c) {
      return addColumns(c);
    }
    if (change instanceof DropColumnChange c) {
      return dropColumns(c);
    }
    if (change instanceof DropTableChange c) {
      return Boolean.TRUE.equals(c.isCascadeConstraints()) ? Optional.empty()
          : one(new DropTable(table(c.getSchemaName(), c.getTableName())));
    }
    if (change instanceof RenameTableChange c) {
      return renameTable(table(c.getSchemaName(), c.getOldTableName()), table(c.getSchemaName(), c.getNewTableName()));
    }
    if (change instanceof RenameColumnChange c) {
      return c.getRemarks() != null ? Optional.empty() : one(new RenameColumn(table(c.getSchemaName(), c.getTableName()),
          postgres.name(c.getOldColumnName()), postgres.name(c.getNewColumnName())));
    }
    if (change instanceof ModifyDataTypeChange c) {
      return one(new AlterColumnType(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()),
          postgres.type(c.getNewDataType(), false), null));
    }
    return constraints(change).or(() -> others(change));
  }

  private Optional<List<Operation>> constraints(Change change) {
    if (change instanceof AddNotNullConstraintChange c) {
      return c.getDefaultNullValue() != null || c.getConstraintName() != null ? Optional.empty()
          : one(new AlterColumnNullable(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()), false));
    }
    if (change instanceof DropNotNullConstraintChange c) {
      return one(new AlterColumnNullable(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()), true));
    }
    if (change instanceof AddDefaultValueChange c) {
      return c.getDefaultValueConstraintName() != null || c.getDefaultValueSequenceNext() != null ? Optional.empty()
          : one(new AlterColumnServerDefault(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()),
              columns.defaultValue(c)));
    }
    if (change instanceof DropDefaultValueChange c) {
      return one(new AlterColumnServerDefault(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()), null));
    }
    if (change instanceof AddPrimaryKeyChange c) {
      String table = table(c.getSchemaName(), c.getTableName());
      return !conventionalKeyName(table, c.getConstraintName()) || c.getTablespace() != null || c.getForIndexName() != null ? Optional.empty()
          : one(new AddPrimaryKey(table, postgres.names(c.getColumnNames())));
    }
    if (change instanceof DropPrimaryKeyChange c) {
      String table = table(c.getSchemaName(), c.getTableName());
      return conventionalKeyName(table, c.getConstraintName()) ? one(new DropConstraint(table, NamingConvention.primaryKey(table))) : Optional.empty();
    }
    if (change instanceof AddUniqueConstraintChange c) {
      return addUnique(c);
    }
    if (change instanceof DropUniqueConstraintChange c) {
      return one(new DropConstraint(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getConstraintName())));
    }
    if (change instanceof AddForeignKeyConstraintChange c) {
      return addForeignKey(c);
    }
    if (change instanceof DropForeignKeyConstraintChange c) {
      return one(new DropConstraint(table(c.getBaseTableSchemaName(), c.getBaseTableName()), postgres.name(c.getConstraintName())));
    }
    return Optional.empty();
  }

  /** Whether a primary key name is the one the model derives ({@code <table>_pkey}), or none is given. */
  private boolean conventionalKeyName(String table, String name) {
    return name == null || postgres.name(name).equals(NamingConvention.primaryKey(table));
  }

  private Optional<List<Operation>> others(Change change) {
    if (change instanceof CreateIndexChange c) {
      return createIndex(c);
    }
    if (change instanceof DropIndexChange c) {
      return one(new DropIndex(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getIndexName())));
    }
    if (change instanceof CreateSequenceChange c) {
      return createSequence(c);
    }
    if (change instanceof DropSequenceChange c) {
      return one(new DropSequence(table(c.getSchemaName(), c.getSequenceName())));
    }
    if (change instanceof SetTableRemarksChange c) {
      return one(new SetTableComment(table(c.getSchemaName(), c.getTableName()), c.getRemarks()));
    }
    if (change instanceof SetColumnRemarksChange c) {
      return c.getColumnParentType() != null && !c.getColumnParentType().equalsIgnoreCase("TABLE") ? Optional.empty()
          : one(new SetColumnComment(table(c.getSchemaName(), c.getTableName()), postgres.name(c.getColumnName()), c.getRemarks()));
    }
    return Optional.empty();
  }

  /**
   * A rename that keeps the primary key's name, as Liquibase's does: the engine's renameTable
   * renames {@code <old>_pkey} along, so the key is named back. (Undone, renameTable looks for
   * {@code <new>_pkey}, finds none, and leaves the old name in place.)
   */
  private static Optional<List<Operation>> renameTable(String from, String to) {
    String renamedKey = NamingConvention.primaryKey(to);
    String keptKey = NamingConvention.primaryKey(from);
    String target = PostgresSql.table(to);
    Operation keepKeyName = new ExecuteSql(PostgresSql.doBlock("BEGIN\n  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = "
        + PostgresSql.literal(target) + "::regclass AND contype = 'p' AND conname = " + PostgresSql.literal(renamedKey)
        + ") THEN\n    ALTER TABLE " + target + " RENAME CONSTRAINT " + PostgresSql.quote(renamedKey) + " TO "
        + PostgresSql.quote(keptKey) + ";\n  END IF;\nEND"));
    return Optional.of(List.of(new RenameTable(from, to), keepKeyName));
  }

  /** The note above a renameTable's second statement. */
  static final String KEPT_KEY_NAME = "Liquibase's renameTable keeps the primary key's old name; the statement after"
      + " renameTable names it back";

  private Optional<List<Operation>> addColumns(AddColumnChange change) {
    String table = table(change.getSchemaName(), change.getTableName());
    List<Operation> operations = new ArrayList<>();
    for (AddColumnConfig column : change.getColumns()) {
      if (column.getBeforeColumn() != null || column.getAfterColumn() != null || column.getPosition() != null) {
        return Optional.empty();
      }
      Optional<List<Operation>> added = columns.addColumn(table, column);
      if (added.isEmpty()) {
        return Optional.empty();
      }
      operations.addAll(added.get());
    }
    return Optional.of(operations);
  }

  private Optional<List<Operation>> dropColumns(DropColumnChange change) {
    String table = table(change.getSchemaName(), change.getTableName());
    List<Operation> operations = new ArrayList<>();
    if (change.getColumnName() != null) {
      operations.add(new DropColumn(table, postgres.name(change.getColumnName())));
    }
    for (ColumnConfig column : change.getColumns()) {
      operations.add(new DropColumn(table, postgres.name(column.getName())));
    }
    return Optional.of(operations);
  }

  private Optional<List<Operation>> addUnique(AddUniqueConstraintChange c) {
    if (c.getTablespace() != null || Boolean.TRUE.equals(c.getDeferrable()) || Boolean.TRUE.equals(c.getDisabled())
        || c.getForIndexName() != null) {
      return Optional.empty();
    }
    String table = table(c.getSchemaName(), c.getTableName());
    List<String> cols = postgres.names(c.getColumnNames());
    String name = c.getConstraintName() != null ? postgres.name(c.getConstraintName())
        : Table.localName(table) + "_" + String.join("_", cols) + "_key";
    return one(new AddUniqueConstraint(table, new UniqueConstraint(name, cols)));
  }

  private Optional<List<Operation>> addForeignKey(AddForeignKeyConstraintChange c) {
    if (Boolean.TRUE.equals(c.getDeferrable()) || Boolean.FALSE.equals(c.getValidate())) {
      return Optional.empty();
    }
    String onDelete = Boolean.TRUE.equals(c.getDeleteCascade()) ? "CASCADE" : c.getOnDelete();
    ForeignKey key = new ForeignKey(postgres.name(c.getConstraintName()), postgres.names(c.getBaseColumnNames()),
        table(c.getReferencedTableSchemaName(), c.getReferencedTableName()), postgres.names(c.getReferencedColumnNames()),
        onDelete, c.getOnUpdate());
    return one(new AddForeignKey(table(c.getBaseTableSchemaName(), c.getBaseTableName()), key));
  }

  private Optional<List<Operation>> createIndex(CreateIndexChange c) {
    if (c.getTablespace() != null || c.getClustered() != null || c.getAssociatedWith() != null) {
      return Optional.empty();
    }
    List<Index.IndexColumn> indexColumns = new ArrayList<>();
    for (AddColumnConfig column : c.getColumns()) {
      if (Boolean.TRUE.equals(column.getComputed())) {
        return Optional.empty();
      }
      indexColumns.add(new Index.IndexColumn(postgres.name(column.getName()), Boolean.TRUE.equals(column.getDescending())));
    }
    String table = table(c.getSchemaName(), c.getTableName());
    String name = c.getIndexName() != null ? postgres.name(c.getIndexName()) : Table.localName(table) + "_"
        + String.join("_", indexColumns.stream().map(Index.IndexColumn::name).toList()) + "_idx";
    return one(new CreateIndex(table, new Index(name, indexColumns, Boolean.TRUE.equals(c.isUnique()), c.getUsing(), null)));
  }

  private Optional<List<Operation>> createSequence(CreateSequenceChange c) {
    String type = c.getDataType() == null ? "bigint" : postgres.type(c.getDataType(), false);
    long increment = value(c.getIncrementBy(), 1);
    Long min = c.getMinValue() == null ? null : c.getMinValue().longValueExact();
    Long max = c.getMaxValue() == null ? null : c.getMaxValue().longValueExact();
    long start = c.getStartValue() != null ? c.getStartValue().longValueExact()
        : increment > 0 ? (min == null ? 1 : min) : (max == null ? -1 : max);
    try {
      return one(new CreateSequence(new Sequence(table(c.getSchemaName(), c.getSequenceName()), type, start, increment,
          min, max, value(c.getCacheSize(), 1), Boolean.TRUE.equals(c.getCycle()))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static long value(BigInteger value, long otherwise) {
    return value == null ? otherwise : value.longValueExact();
  }

  String table(String schema, String table) {
    return Table.qualified(postgres.name(schema), postgres.name(table));
  }

  private static Optional<List<Operation>> one(Operation operation) {
    return Optional.of(List.of(operation));
  }
}
