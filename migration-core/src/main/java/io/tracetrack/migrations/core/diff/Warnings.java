package io.tracetrack.migrations.core.diff;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.SqlTypes;

/**
 * The reviewer's warnings, one method per kind of change that can lose data or fail on existing
 * rows. The diff asks the same question of each step's forward and backward operation, so a
 * downgrade that drops a column warns as an upgrade that drops it does. Null means no warning.
 */
final class Warnings {

  private Warnings() {}

  static String dropsTable(String table) {
    return "Drops table \"" + table + "\" and all its rows";
  }

  static String dropsColumn(String table, String column) {
    return "Drops column \"" + column + "\" of \"" + table + "\" and its data";
  }

  /** For a column added NOT NULL without a server default (an identity column fills itself). */
  static String addsColumn(String table, Column column) {
    return !column.nullable() && column.serverDefault() == null && column.identity() == null
        ? "Adds NOT NULL column \"" + column.name() + "\" to \"" + table + "\" without a server default:"
            + " this fails if the table has rows; give it a server default, or add it nullable, fill it, then set NOT NULL"
        : null;
  }

  /**
   * For a type change that can fail on, or change, existing values; none for a widening one
   * ({@link SqlTypes#isNarrowing}) or from an enum type to text; a change to or from an enum type
   * through text otherwise warns.
   */
  static String changesType(String table, String column, String from, String to, boolean throughText) {
    boolean narrowing = SqlTypes.isNarrowing(from, to);
    // Every enum value is a text: only the way into an enum type can fail.
    if (!narrowing && !throughText || throughText && SqlTypes.canonical(to).equals("text")) {
      return null;
    }
    return (narrowing ? "Narrows" : "Changes") + " the type of \"" + table + "\".\"" + column + "\" from " + from
        + " to " + to + ": check that every existing value converts" + (narrowing ? " and fits" : "");
  }

  /** For a change of nullability that sets NOT NULL. */
  static String setsNullable(String table, String column, boolean nullable) {
    return nullable ? null : "Sets \"" + table + "\".\"" + column + "\" NOT NULL: this fails while any row holds NULL there";
  }

  static String addsCheck(String table, CheckConstraint check) {
    return "Adds check constraint \"" + check.name() + "\" to \"" + table + "\": this fails while a row breaks it";
  }

  static String dropsEnumValue(String type, String value) {
    return "Drops value '" + value + "' of enum type \"" + type + "\": this fails while a row holds it";
  }
}
