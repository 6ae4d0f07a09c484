package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The sequence a {@code serial} column owns, as PostgreSQL stores such a column: a sequence of
 * {@code type} named {@code name} (in the table's schema), {@code OWNED BY} the column, whose
 * {@code nextval} is the column's default. The column goes, and the sequence with it.
 */
@JsonPropertyOrder({"name", "type"})
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
