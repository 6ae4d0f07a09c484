package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.ColumnDef;
import io.tracetrack.migrations.IdentityDef;
import io.tracetrack.migrations.ForeignKeyDef;
import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.entity.Column.Identity;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Operations} a migration is handed: it only records what is asked, in order. The calls
 * on standalone element kinds come from their groups ({@link ElementGroups.Calls}).
 */
public final class RecordingOperations implements ElementGroups.Calls {
  private final List<Operation> recorded = new ArrayList<>();

  /** Records one operation: for the groups' calls. */
  @Override
  public void add(Operation operation) {
    recorded.add(Objects.requireNonNull(operation, "operation == null"));
  }

  /** Runs one direction of a migration and returns what it asked for. */
  public static List<Operation> record(java.util.function.Consumer<Operations> body) {
    RecordingOperations op = new RecordingOperations();
    body.accept(op);
    return List.copyOf(op.recorded);
  }

  @Override
  public void createTable(String table, ColumnDef... columns) {
    requireName(table, "table");
    if (columns.length == 0) {
      throw new MigrationException("createTable(\"" + table + "\") has no columns");
    }
    List<Column> cols = new ArrayList<>();
    List<String> key = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (ColumnDef def : columns) {
      Objects.requireNonNull(def, "column == null");
      cols.add(toColumn(table, def));
      if (def.isPrimaryKey()) {
        key.add(def.name());
      }
      if (def.isUnique()) {
        uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, def.name()), List.of(def.name())));
      }
    }
    recorded.add(new TableOperation.CreateTable(new Table(table, cols, key, uniques)));
  }

  @Override
  public void dropTable(String table) {
    recorded.add(new TableOperation.DropTable(requireName(table, "table")));
  }

  @Override
  public void addColumn(String table, ColumnDef column) {
    requireName(table, "table");
    if (column.isPrimaryKey()) {
      throw new MigrationException("addColumn(\"" + table + "\", \"" + column.name()
          + "\") marks the column primaryKey(): add it, then call createPrimaryKey");
    }
    recorded.add(new ColumnOperation.AddColumn(table, toColumn(table, column), column.isUnique()));
  }

  @Override
  public void dropColumn(String table, String column) {
    recorded.add(new ColumnOperation.DropColumn(requireName(table, "table"), requireName(column, "column")));
  }

  @Override
  public void alterColumnType(String table, String column, String newType) {
    recorded.add(new ColumnOperation.AlterColumnType(
        requireName(table, "table"), requireName(column, "column"), Column.checkedType(newType)));
  }

  @Override
  public void alterColumnNullable(String table, String column, boolean nullable) {
    recorded.add(new ColumnOperation.AlterColumnNullable(requireName(table, "table"), requireName(column, "column"), nullable));
  }

  @Override
  public void alterColumnServerDefault(String table, String column, String expression) {
    recorded.add(new ColumnOperation.AlterColumnServerDefault(
        requireName(table, "table"), requireName(column, "column"),
        expression == null || expression.isBlank() ? null : expression));
  }

  @Override
  public void dropColumnServerDefault(String table, String column) {
    alterColumnServerDefault(table, column, null);
  }

  @Override
  public void createPrimaryKey(String table, String... columns) {
    requireName(table, "table");
    if (columns.length == 0) {
      throw new MigrationException("createPrimaryKey(\"" + table + "\") names no columns");
    }
    recorded.add(new ConstraintOperation.AddPrimaryKey(table, Arrays.asList(columns)));
  }

  @Override
  public void addUniqueConstraint(String table, String name, String... columns) {
    requireName(table, "table");
    recorded.add(new ConstraintOperation.AddUniqueConstraint(table, new UniqueConstraint(requireName(name, "constraint"), Arrays.asList(columns))));
  }

  @Override
  public void addUniqueConstraintNullsNotDistinct(String table, String name, String... columns) {
    requireName(table, "table");
    recorded.add(new ConstraintOperation.AddUniqueConstraint(table,
        new UniqueConstraint(requireName(name, "constraint"), Arrays.asList(columns), true)));
  }

  @Override
  public void dropConstraint(String table, String name) {
    recorded.add(new ConstraintOperation.DropConstraint(requireName(table, "table"), requireName(name, "constraint")));
  }

  @Override
  public void alterColumnType(String table, String column, String newType, String using) {
    recorded.add(new ColumnOperation.AlterColumnType(requireName(table, "table"), requireName(column, "column"),
        Column.checkedType(newType), using == null || using.isBlank() ? null : using));
  }

  @Override
  public void createIndex(String table, IndexDef index) {
    recorded.add(new IndexOperation.CreateIndex(requireName(table, "table"), index("createIndex", table, index), false));
  }

  @Override
  public void createIndexConcurrently(String table, IndexDef index) {
    recorded.add(new IndexOperation.CreateIndex(requireName(table, "table"),
        index("createIndexConcurrently", table, index), true));
  }

  private static Index index(String method, String table, IndexDef index) {
    Objects.requireNonNull(index, "index == null");
    try {
      return new Index(requireName(index.name(), "index"),
          index.keys().stream().map(k -> new Index.IndexColumn(requireName(k.text(), k.isExpression() ? "key expression" : "column"),
              k.isDescending(), k.nulls(), k.opclass(), k.isExpression())).toList(),
          index.isUnique(), index.method(), index.where(),
          index.included().stream().map(c -> requireName(c, "included column")).toList());
    } catch (IllegalArgumentException e) {
      throw new MigrationException(method + "(\"" + table + "\", \"" + index.name() + "\"): " + e.getMessage());
    }
  }

  @Override
  public void dropIndex(String table, String name) {
    recorded.add(new IndexOperation.DropIndex(requireName(table, "table"), requireName(name, "index"), false));
  }

  @Override
  public void dropIndexConcurrently(String table, String name) {
    recorded.add(new IndexOperation.DropIndex(requireName(table, "table"), requireName(name, "index"), true));
  }

  @Override
  public void addForeignKey(String table, ForeignKeyDef key) {
    requireName(table, "table");
    Objects.requireNonNull(key, "foreignKey == null");
    if (key.referencedTable() == null) {
      throw new MigrationException("addForeignKey(\"" + table + "\", \"" + key.name() + "\") does not say what it references: call references(table, columns...)");
    }
    try {
      recorded.add(new ConstraintOperation.AddForeignKey(table, new ForeignKey(requireName(key.name(), "foreign key"), key.columns(),
          key.referencedTable(), key.referencedColumns(), key.onDelete(), key.onUpdate(),
          key.isMatchFull() ? ForeignKey.MATCH_FULL : ForeignKey.MATCH_SIMPLE, key.isDeferrable(), key.isInitiallyDeferred())));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("addForeignKey(\"" + table + "\"): " + e.getMessage());
    }
  }

  @Override
  public void addCheckConstraint(String table, String name, String expression) {
    if (expression == null || expression.isBlank()) {
      throw new MigrationException("addCheckConstraint(\"" + table + "\", \"" + name + "\") has no expression");
    }
    recorded.add(new ConstraintOperation.AddCheckConstraint(requireName(table, "table"),
        new CheckConstraint(requireName(name, "constraint"), expression)));
  }

  @Override
  public void renameTable(String table, String newName) {
    recorded.add(new TableOperation.RenameTable(requireName(table, "table"), requireName(newName, "table")));
  }

  @Override
  public void renameColumn(String table, String column, String newName) {
    recorded.add(new ColumnOperation.RenameColumn(requireName(table, "table"), requireName(column, "column"),
        requireName(newName, "column")));
  }

  @Override
  public void renameConstraint(String table, String name, String newName) {
    recorded.add(new ConstraintOperation.RenameConstraint(requireName(table, "table"), requireName(name, "constraint"),
        requireName(newName, "constraint")));
  }

  @Override
  public void renameIndex(String table, String name, String newName) {
    recorded.add(new IndexOperation.RenameIndex(requireName(table, "table"), requireName(name, "index"),
        requireName(newName, "index")));
  }

  @Override
  public void setTableComment(String table, String comment) {
    recorded.add(new TableOperation.SetTableComment(requireName(table, "table"), comment == null || comment.isEmpty() ? null : comment));
  }

  @Override
  public void dropTableComment(String table) {
    setTableComment(table, null);
  }

  @Override
  public void setColumnComment(String table, String column, String comment) {
    recorded.add(new ColumnOperation.SetColumnComment(requireName(table, "table"), requireName(column, "column"),
        comment == null || comment.isEmpty() ? null : comment));
  }

  @Override
  public void dropColumnComment(String table, String column) {
    setColumnComment(table, column, null);
  }

  @Override
  public void alterColumnIdentity(String table, String column, Identity identity, Identity previous) {
    Objects.requireNonNull(identity, "identity == null");
    Objects.requireNonNull(previous, "previous == null");
    recorded.add(new ColumnOperation.AlterColumnIdentity(requireName(table, "table"), requireName(column, "column"),
        identity(identity), identity(previous)));
  }

  /** The model's spelling of an identity kind: {@link Column#ALWAYS}, {@link Column#BY_DEFAULT} or null. */
  private static String identity(Identity kind) {
    return switch (kind) {
      case NONE -> null;
      case ALWAYS -> Column.ALWAYS;
      case BY_DEFAULT -> Column.BY_DEFAULT;
    };
  }

  @Deprecated
  @Override
  public void alterColumnIdentity(String table, String column, String identity, String previous) {
    try {
      recorded.add(new ColumnOperation.AlterColumnIdentity(requireName(table, "table"), requireName(column, "column"),
          Column.checkedIdentity(identity), Column.checkedIdentity(previous)));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("alterColumnIdentity(\"" + table + "\", \"" + column + "\"): " + e.getMessage());
    }
  }

  @Override
  public void createEnumType(String name, String... values) {
    try {
      recorded.add(new EnumOperation.CreateEnumType(new EnumType(requireName(name, "enum type"), Arrays.asList(values))));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("createEnumType(\"" + name + "\"): " + e.getMessage());
    }
  }

  @Override
  public void dropEnumType(String name) {
    recorded.add(new EnumOperation.DropEnumType(requireName(name, "enum type")));
  }

  @Override
  public void renameEnumType(String name, String newName) {
    recorded.add(new EnumOperation.RenameEnumType(requireName(name, "enum type"), requireName(newName, "enum type")));
  }

  @Override
  public void renameEnumValue(String type, String value, String newValue) {
    recorded.add(new EnumOperation.RenameEnumValue(requireName(type, "enum type"), requireName(value, "enum value"),
        requireName(newValue, "enum value")));
  }

  @Override
  public void addEnumValue(String type, String value) {
    recorded.add(new EnumOperation.AddEnumValue(requireName(type, "enum type"), requireName(value, "enum value"), null));
  }

  @Override
  public void addEnumValueBefore(String type, String value, String before) {
    recorded.add(new EnumOperation.AddEnumValue(requireName(type, "enum type"), requireName(value, "enum value"),
        requireName(before, "enum value")));
  }

  @Deprecated
  @Override
  public void addEnumValue(String type, String value, String before) {
    recorded.add(new EnumOperation.AddEnumValue(requireName(type, "enum type"), requireName(value, "enum value"), before));
  }

  @Override
  public void dropEnumValue(String type, String value) {
    recorded.add(new EnumOperation.DropEnumValue(requireName(type, "enum type"), requireName(value, "enum value")));
  }

  @Override
  public void createSchema(String name) {
    recorded.add(new NamespaceOperation.CreateSchema(requireName(name, "schema")));
  }

  @Override
  public void dropSchema(String name) {
    recorded.add(new NamespaceOperation.DropSchema(requireName(name, "schema")));
  }

  @Override
  public void execute(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new MigrationException("execute() was given no SQL");
    }
    recorded.add(new RawOperation.ExecuteSql(sql));
  }

  @Override
  public void run(String description, io.tracetrack.migrations.DataStep step) {
    if (description == null || description.isBlank()) {
      throw new MigrationException("run() was given no description: say what the data step does");
    }
    recorded.add(new RawOperation.RunJava(description.strip(), Objects.requireNonNull(step, "step == null")));
  }

  /** The model's column; a {@code serial} type becomes what PostgreSQL makes of it: an owned sequence and its default. */
  private static Column toColumn(String table, ColumnDef def) {
    requireName(def.name(), "column");
    try {
      OwnedSequence sequence = def.ownedSequence() == null ? null
          : new OwnedSequence(def.ownedSequence(), Column.checkedType(def.ownedSequenceType()));
      return OwnedSequence.expandSerial(table, new Column(def.name(), Column.checkedType(def.type()), def.isNullable(),
          def.serverDefault(), def.identity(), def.comment(), identityOptions(def.identityOptions()), def.generated(),
          def.collation(), sequence));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("column \"" + def.name() + "\" of table \"" + table + "\": " + e.getMessage());
    }
  }

  private static IdentityOptions identityOptions(IdentityDef def) {
    return def == null ? null : new IdentityOptions(def.start(), def.increment(), def.minValue(), def.maxValue(),
        def.cache(), def.isCycle() ? Boolean.TRUE : null);
  }

  @Override
  public void alterColumnIdentityOptions(String table, String column, IdentityDef options) {
    Objects.requireNonNull(options, "options == null");
    try {
      recorded.add(new ColumnOptionOperation.AlterColumnIdentityOptions(requireName(table, "table"),
          requireName(column, "column"), identityOptions(options).normalized("bigint")));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("alterColumnIdentityOptions(\"" + table + "\", \"" + column + "\"): " + e.getMessage());
    }
  }

  @Override
  public void dropColumnExpression(String table, String column) {
    recorded.add(new ColumnOptionOperation.DropColumnExpression(requireName(table, "table"), requireName(column, "column")));
  }

  @Override
  public void addColumnExpression(String table, ColumnDef column) {
    requireName(table, "table");
    if (column.generated() == null) {
      throw new MigrationException("addColumnExpression(\"" + table + "\", \"" + column.name()
          + "\") needs a column with generatedAs(...)");
    }
    recorded.add(new ColumnOptionOperation.AddColumnExpression(table, toColumn(table, column)));
  }

  @Override
  public void alterColumnCollation(String table, String column, String type, String collation) {
    Objects.requireNonNull(collation, "collation == null");
    recorded.add(new ColumnOptionOperation.AlterColumnCollation(requireName(table, "table"), requireName(column, "column"),
        checkedType(table, column, type), collation));
  }

  @Override
  public void resetColumnCollation(String table, String column, String type) {
    recorded.add(new ColumnOptionOperation.AlterColumnCollation(requireName(table, "table"), requireName(column, "column"),
        checkedType(table, column, type), null));
  }

  @Override
  public void createColumnSequence(String table, String column, String sequence, String sequenceType) {
    recordSequence(table, column, null, ownedSequence(table, column, sequence, sequenceType));
  }

  @Override
  public void dropColumnSequence(String table, String column, String sequence, String sequenceType) {
    recordSequence(table, column, ownedSequence(table, column, sequence, sequenceType), null);
  }

  @Override
  public void alterColumnSequence(String table, String column, String sequence, String sequenceType, String newName,
      String newType) {
    recordSequence(table, column, ownedSequence(table, column, sequence, sequenceType),
        ownedSequence(table, column, newName, newType));
  }

  private void recordSequence(String table, String column, OwnedSequence previous, OwnedSequence sequence) {
    recorded.add(new ColumnOptionOperation.AlterColumnSequence(requireName(table, "table"), requireName(column, "column"),
        previous, sequence));
  }

  private static OwnedSequence ownedSequence(String table, String column, String name, String type) {
    return new OwnedSequence(requireName(name, "sequence"), checkedType(table, column, type));
  }

  private static String checkedType(String table, String column, String type) {
    try {
      return Column.checkedType(type);
    } catch (IllegalArgumentException e) {
      throw new MigrationException("column \"" + column + "\" of table \"" + table + "\": " + e.getMessage());
    }
  }

  static String requireName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new MigrationException("a " + what + " name is missing");
    }
    return name;
  }
}
