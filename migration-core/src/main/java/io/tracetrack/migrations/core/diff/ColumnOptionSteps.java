package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.ColumnOperation.DropColumn;
import io.tracetrack.migrations.core.operation.ColumnOptionOperation.AddColumnExpression;
import io.tracetrack.migrations.core.operation.ColumnOptionOperation.AlterColumnCollation;
import io.tracetrack.migrations.core.operation.ColumnOptionOperation.AlterColumnIdentityOptions;
import io.tracetrack.migrations.core.operation.ColumnOptionOperation.AlterColumnSequence;
import io.tracetrack.migrations.core.operation.ColumnOptionOperation.DropColumnExpression;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import java.util.List;
import java.util.Objects;

/**
 * The steps of a kept column's generated expression, collation, identity options and owned
 * sequence; {@link TableSteps} places them among the column's other steps.
 */
final class ColumnOptionSteps {

  private ColumnOptionSteps() {}

  /**
   * Steps for a generated column whose expression (or type) changes: PostgreSQL cannot change
   * either in place everywhere, so the column is dropped and added. True when it did so, and the
   * column needs no other step.
   */
  static boolean replacesGenerated(String table, Column old, Column changed, List<Step> steps) {
    if (old.generated() == null || !isReplaced(old, changed)) {
      return false;
    }
    String warning = "Drops and adds generated column \"" + old.name() + "\" of \"" + table
        + "\" to change its expression: PostgreSQL recomputes every row; indexes and constraints on it are made again";
    steps.add(new Step(new DropColumn(table, old.name()), new AddColumn(table, old, false), warning, null));
    steps.add(new Step(new AddColumn(table, changed, false), new DropColumn(table, changed.name()), null, warning));
    return true;
  }

  /**
   * Whether the column is dropped and added again to reach its new form (a generated column whose
   * expression or type changes, or a plain column that becomes generated): PostgreSQL then drops
   * the indexes and constraints on it, which must be dropped before and created again after.
   */
  static boolean isReplaced(Column old, Column changed) {
    if (changed.generated() == null) {
      return false;
    }
    return old.generated() == null
        || !(SqlExpressions.same(old.generated(), changed.generated()) && old.type().equals(changed.type()));
  }

  /** A generated column that becomes plain keeps its values: the step comes before the column's other steps. */
  static void dropExpression(String table, Column old, Column changed, List<Step> steps) {
    if (old.generated() != null && changed.generated() == null) {
      steps.add(new Step(new DropColumnExpression(table, old.name()), new AddColumnExpression(table, old), null,
          recomputes(table, old.name())));
    }
  }

  /** A plain column that becomes generated is replaced by its new definition: the step comes after its other steps. */
  static void addExpression(String table, Column old, Column changed, List<Step> steps) {
    if (old.generated() == null && changed.generated() != null) {
      steps.add(new Step(new AddColumnExpression(table, changed), new DropColumnExpression(table, changed.name()),
          recomputes(table, changed.name())));
    }
  }

  private static String recomputes(String table, String column) {
    return "Drops column \"" + column + "\" of \"" + table + "\" and adds it as a generated column:"
        + " its values are replaced by the expression's; indexes and constraints on it are made again";
  }

  /** The old column as compared once its generated expression is dealt with. */
  static Column withoutExpression(Column column) {
    return column.generated() == null ? column : column.withGenerated(null);
  }

  /** Steps before a type change: a collation the type change would reset is reset first, so the downgrade restores it. */
  static void collationBeforeType(String table, Column old, Column changed, List<Step> steps) {
    if (!old.type().equals(changed.type()) && old.collation() != null) {
      steps.add(new Step(new AlterColumnCollation(table, old.name(), old.type(), null),
          new AlterColumnCollation(table, old.name(), old.type(), old.collation()), null));
    }
  }

  /** Steps after a type change, or alone: the column's new collation. */
  static void collationAfterType(String table, Column old, Column changed, List<Step> steps) {
    boolean typeChanged = !old.type().equals(changed.type());
    String before = typeChanged ? null : old.collation();
    if (!Objects.equals(before, changed.collation())) {
      steps.add(new Step(new AlterColumnCollation(table, old.name(), changed.type(), changed.collation()),
          new AlterColumnCollation(table, old.name(), changed.type(), before), null));
    }
  }

  /**
   * The owned sequence's step, after the old default is dropped and before the new one is set;
   * returns the default the column has after it (a renamed sequence's {@code nextval} follows).
   */
  static String sequence(String table, Column old, Column changed, String currentDefault, List<Step> steps) {
    if (Objects.equals(old.ownedSequence(), changed.ownedSequence())) {
      return currentDefault;
    }
    steps.add(new Step(new AlterColumnSequence(table, old.name(), old.ownedSequence(), changed.ownedSequence()),
        new AlterColumnSequence(table, old.name(), changed.ownedSequence(), old.ownedSequence()), null));
    if (old.ownedSequence() != null && changed.ownedSequence() != null
        && SqlExpressions.same(currentDefault, old.ownedSequence().nextval(table))) {
      return changed.ownedSequence().nextval(table);
    }
    return currentDefault;
  }

  /** Before an identity is dropped: its options go back to the defaults, so the downgrade can set them again. */
  static void identityOptionsBeforeDrop(String table, Column old, Column changed, List<Step> steps) {
    if (old.identity() != null && changed.identity() == null && old.identityOptions() != null) {
      steps.add(new Step(new AlterColumnIdentityOptions(table, old.name(), null),
          new AlterColumnIdentityOptions(table, old.name(), old.identityOptions()), null));
    }
  }

  /** After an identity is added or kept: its options. */
  static void identityOptions(String table, Column old, Column changed, List<Step> steps) {
    if (changed.identity() == null) {
      return;
    }
    IdentityOptions before = old.identity() == null ? null : old.identityOptions();
    // Options normalize against the type: compare them as the changed column's type sees them.
    IdentityOptions after = changed.identityOptions();
    if (before != null) {
      before = before.normalized(changed.type());
    }
    if (!Objects.equals(before, after)) {
      steps.add(new Step(new AlterColumnIdentityOptions(table, old.name(), after),
          new AlterColumnIdentityOptions(table, old.name(), old.identity() == null ? null : old.identityOptions()), null));
    }
  }
}
