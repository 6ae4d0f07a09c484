package io.tracetrack.migrations.core.schema;

import java.util.Objects;

/**
 * The sequence a {@code serial} column owns, as PostgreSQL stores such a column: a sequence of
 * {@code type} named {@code name} (in the table's schema), {@code OWNED BY} the column, whose
 * {@code nextval} is the column's default. The column goes, and the sequence with it.
 */
public record OwnedSequence(String name, String type) {

  public OwnedSequence {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    type = SqlTypes.canonical(type);
  }

  /** The sequence {@code CREATE TABLE t (c serial)} gives: {@code t_c_seq}, of the serial's integer type. */
  public static OwnedSequence forSerial(String table, String column, String type) {
    return new OwnedSequence(NamingConvention.fit(Table.localName(table) + "_" + column + "_seq"), type);
  }

  private static final java.util.Map<String, String> SERIALS = java.util.Map.of("smallserial", "smallint",
      "serial", "integer", "bigserial", "bigint", "serial2", "smallint", "serial4", "integer", "serial8", "bigint");

  /**
   * A column of type {@code serial}, {@code bigserial} or {@code smallserial} as PostgreSQL makes it
   * in {@code table}: NOT NULL, of the integer type, owning its sequence, with its {@code nextval} as
   * default. Any other column as it is.
   */
  public static Column expandSerial(String table, Column column) {
    String type = SERIALS.get(column.type());
    if (type == null) {
      return column;
    }
    OwnedSequence sequence = forSerial(table, column.name(), type);
    return column.withType(type).withNullable(false).withServerDefault(sequence.nextval(table)).withOwnedSequence(sequence);
  }

  /** The column default that draws from this sequence, as PostgreSQL prints it for a table in {@code schema}. */
  public String nextval(String table) {
    String schema = Table.schemaOf(table);
    String qualified = schema.equals(Table.DEFAULT_SCHEMA) ? quotedIfNeeded(name)
        : quotedIfNeeded(schema) + "." + quotedIfNeeded(name);
    return "nextval(" + SqlExpressions.literal(qualified) + "::regclass)";
  }

  // PostgreSQL prints a regclass quoted only where the name needs it.
  private static String quotedIfNeeded(String identifier) {
    return identifier.matches("[a-z_][a-z0-9_$]*") ? identifier : SqlExpressions.quote(identifier);
  }

  public OwnedSequence withName(String newName) {
    return new OwnedSequence(newName, type);
  }

  public OwnedSequence withType(String newType) {
    return new OwnedSequence(name, newType);
  }
}
