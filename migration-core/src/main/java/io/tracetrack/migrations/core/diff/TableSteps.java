package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.ConstraintOperation.AddCheckConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.ConstraintOperation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnIdentity;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.IndexOperation.CreateIndex;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ConstraintOperation.DropConstraint;
import io.tracetrack.migrations.core.operation.IndexOperation.DropIndex;
import io.tracetrack.migrations.core.operation.ColumnOperation.SetColumnComment;
import io.tracetrack.migrations.core.operation.TableOperation.SetTableComment;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.SqlTypes;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The steps within tables that both schemas have: constraints that go or change, columns added,
 * dropped and changed, then keys, checks, indexes and comments added.
 */
final class TableSteps {

  private TableSteps() {}

  /** Whether a kept foreign key must still be dropped and added again because what it relies on changes. */
  static boolean dependencyChanges(Schema from, Schema to, ForeignKey key, Table table) {
    Optional<Table> targetBefore = from.table(key.referencedTable());
    Optional<Table> targetAfter = to.table(key.referencedTable());
    if (targetBefore.isEmpty() || targetAfter.isEmpty()) {
      return true;
    }
    Set<String> referenced = Set.copyOf(key.referencedColumns());
    Table before = targetBefore.get();
    Table after = targetAfter.get();
    if (Set.copyOf(before.primaryKey()).equals(referenced) && !before.primaryKey().equals(after.primaryKey())) {
      return true;
    }
    for (UniqueConstraint unique : before.uniqueConstraints()) {
      if (Set.copyOf(unique.columns()).equals(referenced) && !after.uniqueConstraints().contains(unique)) {
        return true;
      }
    }
    for (Index index : before.indexes()) {
      if (index.unique() && Set.copyOf(index.columnNames()).equals(referenced) && !containsIndex(after, index)) {
        return true;
      }
    }
    if (!Collections.disjoint(key.referencedColumns(), replacedColumns(before, after))) {
      return true;
    }
    for (String column : key.referencedColumns()) {
      if (!Objects.equals(before.column(column).map(Column::type), after.column(column).map(Column::type))) {
        return true;
      }
    }
    Optional<Table> ownAfter = to.table(table.name());
    if (ownAfter.isPresent() && !Collections.disjoint(key.columns(), replacedColumns(table, ownAfter.get()))) {
      return true;
    }
    for (String column : key.columns()) {
      if (ownAfter.isEmpty()
          || !Objects.equals(table.column(column).map(Column::type), ownAfter.get().column(column).map(Column::type))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIndex(Table table, Index index) {
    return table.index(index.name()).map(other -> sameIndex(other, index)).orElse(false);
  }

  private static boolean sameIndex(Index a, Index b) {
    if (a.columns().size() != b.columns().size()) {
      return false;
    }
    for (int i = 0; i < a.columns().size(); i++) {
      if (!sameKey(a.columns().get(i), b.columns().get(i))) {
        return false;
      }
    }
    return a.name().equals(b.name()) && a.unique() == b.unique() && a.include().equals(b.include())
        && a.method().equals(b.method()) && SqlExpressions.same(a.where(), b.where());
  }

  /** Keys compare as written but for expressions, which compare by meaning ({@code lower(email)} = {@code lower((email)::text)}). */
  private static boolean sameKey(Index.IndexColumn a, Index.IndexColumn b) {
    return a.expression() == b.expression() && a.descending() == b.descending() && Objects.equals(a.nulls(), b.nulls())
        && Objects.equals(a.opclass(), b.opclass())
        && (a.expression() ? SqlExpressions.same(a.name(), b.name()) : a.name().equals(b.name()));
  }

  /** The columns both tables have that are dropped and added again (see {@link ColumnOptionSteps#isReplaced}). */
  static Set<String> replacedColumns(Table before, Table after) {
    Set<String> replaced = new HashSet<>();
    for (Column old : before.columns()) {
      after.column(old.name()).filter(changed -> ColumnOptionSteps.isReplaced(old, changed))
          .ifPresent(changed -> replaced.add(old.name()));
    }
    return replaced;
  }

  /** Whether an index reads one of the columns: as a key, an included column, in an expression or its predicate. */
  private static boolean touches(Index index, Set<String> columns) {
    if (columns.isEmpty()) {
      return false;
    }
    for (Index.IndexColumn key : index.columns()) {
      if (key.expression() ? mentionsAny(key.name(), columns) : columns.contains(key.name())) {
        return true;
      }
    }
    return !Collections.disjoint(index.include(), columns) || index.where() != null && mentionsAny(index.where(), columns);
  }

  private static boolean mentionsAny(String expression, Set<String> columns) {
    for (String column : columns) {
      if (SqlExpressions.mentions(expression, column)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsCheck(Table table, CheckConstraint check) {
    return table.checkConstraint(check.name()).map(c -> SqlExpressions.same(c.expression(), check.expression())).orElse(false);
  }

  static void dropChangedConstraints(Table before, Table after, List<Step> steps) {
    String name = before.name();
    Set<String> replaced = replacedColumns(before, after);
    for (Index index : before.indexes()) {
      if (!containsIndex(after, index) || touches(index, replaced)) {
        steps.add(new Step(new DropIndex(name, index.name()), new CreateIndex(name, index), null));
      }
    }
    for (CheckConstraint check : before.checkConstraints()) {
      if (!containsCheck(after, check) || mentionsAny(check.expression(), replaced)) {
        // A check only made again around its column's replacement is covered by that step's warning
        String readds = containsCheck(after, check) ? null : Warnings.addsCheck(name, check);
        steps.add(new Step(new DropConstraint(name, check.name()), new AddCheckConstraint(name, check), null, readds));
      }
    }
    for (UniqueConstraint unique : before.uniqueConstraints()) {
      if (!after.uniqueConstraints().contains(unique) || !Collections.disjoint(unique.columns(), replaced)) {
        steps.add(new Step(new DropConstraint(name, unique.name()), new AddUniqueConstraint(name, unique), null));
      }
    }
    if (!before.primaryKey().equals(after.primaryKey()) && !before.primaryKey().isEmpty()) {
      steps.add(new Step(new DropConstraint(name, before.primaryKeyName()), new AddPrimaryKey(name, before.primaryKey()), null));
    }
  }

  static void compareTable(Schema fromSchema, Schema toSchema, Table before, Table after, List<Step> steps) {
    String name = before.name();
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        steps.add(new Step(new AddColumn(name, column, false), new DropColumn(name, column.name()),
            Warnings.addsColumn(name, column), Warnings.dropsColumn(name, column.name())));
      }
    }
    for (Column column : before.columns()) {
      if (after.column(column.name()).isEmpty()) {
        steps.add(new Step(new DropColumn(name, column.name()), new AddColumn(name, column, false),
            Warnings.dropsColumn(name, column.name()), Warnings.addsColumn(name, column)));
      }
    }
    for (Column old : before.columns()) {
      Optional<Column> changed = after.column(old.name());
      if (changed.isPresent()) {
        compareColumn(fromSchema, toSchema, name, old, changed.get(), steps);
      }
    }
    if (!before.primaryKey().equals(after.primaryKey()) && !after.primaryKey().isEmpty()) {
      steps.add(new Step(new AddPrimaryKey(name, after.primaryKey()), new DropConstraint(name, after.primaryKeyName()), null));
    }
    Set<String> replaced = replacedColumns(before, after);
    for (UniqueConstraint unique : after.uniqueConstraints()) {
      if (!before.uniqueConstraints().contains(unique) || !Collections.disjoint(unique.columns(), replaced)) {
        steps.add(new Step(new AddUniqueConstraint(name, unique), new DropConstraint(name, unique.name()), null));
      }
    }
    for (CheckConstraint check : after.checkConstraints()) {
      if (!containsCheck(before, check) || mentionsAny(check.expression(), replaced)) {
        String adds = containsCheck(before, check) ? null : Warnings.addsCheck(name, check);
        steps.add(new Step(new AddCheckConstraint(name, check), new DropConstraint(name, check.name()), adds));
      }
    }
    for (Index index : after.indexes()) {
      if (!containsIndex(before, index) || touches(index, replaced)) {
        steps.add(new Step(new CreateIndex(name, index), new DropIndex(name, index.name()), null));
      }
    }
    if (!Objects.equals(before.comment(), after.comment())) {
      steps.add(new Step(new SetTableComment(name, after.comment()), new SetTableComment(name, before.comment()), null));
    }
  }

  private static void compareColumn(Schema fromSchema, Schema toSchema, String table, Column original, Column target,
      List<Step> steps) {
    if (ColumnOptionSteps.replacesGenerated(table, original, target, steps)) {
      return;
    }
    ColumnOptionSteps.dropExpression(table, original, target, steps);
    Column old = ColumnOptionSteps.withoutExpression(original);
    Column changed = ColumnOptionSteps.withoutExpression(target);
    String column = old.name();
    String currentDefault = old.serverDefault();
    boolean defaultChanges = !SqlExpressions.same(old.serverDefault(), changed.serverDefault());
    if (defaultChanges && changed.serverDefault() == null) {
      steps.add(new Step(new AlterColumnServerDefault(table, column, null),
          new AlterColumnServerDefault(table, column, old.serverDefault()), null));
      currentDefault = null;
    }
    ColumnOptionSteps.identityOptionsBeforeDrop(table, old, changed, steps);
    if (old.identity() != null && changed.identity() == null) {
      steps.add(new Step(new AlterColumnIdentity(table, column, null, old.identity()),
          new AlterColumnIdentity(table, column, old.identity(), null), null));
    }
    currentDefault = ColumnOptionSteps.sequence(table, old, changed, currentDefault, steps);
    ColumnOptionSteps.collationBeforeType(table, old, changed, steps);
    if (!old.type().equals(changed.type())) {
      currentDefault = typeChange(fromSchema, toSchema, table, old, changed, currentDefault, steps);
    }
    ColumnOptionSteps.collationAfterType(table, old, changed, steps);
    if (changed.serverDefault() != null && !SqlExpressions.same(currentDefault, changed.serverDefault())) {
      steps.add(new Step(new AlterColumnServerDefault(table, column, changed.serverDefault()),
          new AlterColumnServerDefault(table, column, currentDefault), null));
    }
    if (old.nullable() != changed.nullable()) {
      steps.add(new Step(new AlterColumnNullable(table, column, changed.nullable()),
          new AlterColumnNullable(table, column, old.nullable()),
          Warnings.setsNullable(table, column, changed.nullable()), Warnings.setsNullable(table, column, old.nullable())));
    }
    if (changed.identity() != null && !changed.identity().equals(old.identity())) {
      steps.add(new Step(new AlterColumnIdentity(table, column, changed.identity(), old.identity()),
          new AlterColumnIdentity(table, column, old.identity(), changed.identity()), null));
    }
    ColumnOptionSteps.identityOptions(table, old, changed, steps);
    if (!Objects.equals(old.comment(), changed.comment())) {
      steps.add(new Step(new SetColumnComment(table, column, changed.comment()),
          new SetColumnComment(table, column, old.comment()), null));
    }
    ColumnOptionSteps.addExpression(table, original, target, steps);
  }

  /** The steps of a type change; returns the server default the column has after them. */
  private static String typeChange(Schema fromSchema, Schema toSchema, String table, Column old, Column changed,
      String currentDefault, List<Step> steps) {
    String column = old.name();
    boolean enumInvolved = isEnum(fromSchema, old.type()) || isEnum(toSchema, changed.type())
        || isEnum(fromSchema, changed.type()) || isEnum(toSchema, old.type());
    String defaultAfter = currentDefault;
    if (enumInvolved && currentDefault != null) {
      // The default is typed too: PostgreSQL cannot convert it to or from an enum on its own.
      steps.add(new Step(new AlterColumnServerDefault(table, column, null),
          new AlterColumnServerDefault(table, column, currentDefault), null));
      defaultAfter = null;
    }
    steps.add(new Step(
        enumInvolved ? AlterColumnType.throughText(table, column, changed.type())
            : new AlterColumnType(table, column, changed.type()),
        enumInvolved ? AlterColumnType.throughText(table, column, old.type())
            : new AlterColumnType(table, column, old.type()),
        Warnings.changesType(table, column, old.type(), changed.type(), enumInvolved),
        Warnings.changesType(table, column, changed.type(), old.type(), enumInvolved)));
    return defaultAfter;
  }

  private static boolean isEnum(Schema schema, String type) {
    return schema.enums().containsKey(SqlTypes.elementType(type));
  }
}
