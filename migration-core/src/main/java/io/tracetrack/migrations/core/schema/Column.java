package io.tracetrack.migrations.core.schema;

import java.util.Objects;

/**
 * A table column. {@code type} is in the canonical form of {@link SqlTypes#canonical}; {@code
 * serverDefault} is an SQL expression or null.
 */
public record Column(String name, String type, boolean nullable, String serverDefault) {

  public Column {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    type = SqlTypes.canonical(type);
    if (serverDefault != null && serverDefault.isBlank()) {
      serverDefault = null;
    }
  }

  private static final java.util.regex.Pattern TYPE_SYNTAX =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_ ]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?(\\s*\\[\\])*");

  /**
   * Checks that a type is a plain type name, optionally with arguments, as it is written into DDL
   * unquoted: {@code varchar(50)}, {@code numeric(10,2)}, {@code double precision}, {@code text[]}.
   */
  public static String checkedType(String type) {
    if (type == null || !TYPE_SYNTAX.matcher(type.trim()).matches()) {
      throw new IllegalArgumentException("\"" + type + "\" is not a valid SQL type name");
    }
    return SqlTypes.canonical(type);
  }

  public Column withType(String newType) {
    return new Column(name, newType, nullable, serverDefault);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(name, type, newNullable, serverDefault);
  }

  public Column withServerDefault(String expression) {
    return new Column(name, type, nullable, expression);
  }
}
