package io.tracetrack.migrations.core.operation;

import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.List;
import java.util.Map;

/**
 * The two schemas {@code check} compares, as it names them ("the migrations", "the entities",
 * "the database"), and the wording every operation uses to say how they differ: "column
 * "user"."last_login" (timestamp) is in the entities but not in the migrations".
 *
 * @param expected the side that should be so
 * @param actual the side that is so; a step takes {@code expected} to {@code actual}
 * @param entities table name to the entity class that declares it, for naming tables
 */
public record Sides(String expected, String actual, Map<String, String> entities) {

  public Sides {
    entities = Map.copyOf(entities);
  }

  String onlyActual(String what) {
    return what + " is in " + actual + " but not in " + expected;
  }

  String onlyExpected(String what) {
    return what + " is in " + expected + " but not in " + actual;
  }

  /** {@code what verb inActual in <actual> but inExpected in <expected>}. */
  String differs(String what, String verb, String inActual, String inExpected) {
    return what + " " + verb + " " + inActual + " in " + actual + " but " + inExpected + " in " + expected;
  }

  String renamed(String what, String newName) {
    return what + " in " + expected + " is named " + q(newName) + " in " + actual;
  }

  static String q(String name) {
    return PostgresSql.quote(name);
  }

  static String column(String table, String column) {
    return q(table) + "." + q(column);
  }

  static String columns(List<String> names) {
    return "(" + String.join(", ", names.stream().map(Sides::q).toList()) + ")";
  }

  static String indexColumns(Index index) {
    String columns = "(" + String.join(", ", index.columns().stream()
        .map(c -> q(c.name()) + (c.descending() ? " DESC" : "")).toList()) + ")";
    return columns + (Index.BTREE.equals(index.method()) ? "" : " using " + index.method())
        + (index.where() == null ? "" : " where " + index.where());
  }

  /** An expression in parentheses; PostgreSQL prints most check expressions with their own. */
  static String parenthesized(String expression) {
    return expression.startsWith("(") && expression.endsWith(")") ? expression : "(" + expression + ")";
  }

  static String values(List<String> values) {
    return "(" + String.join(", ", values.stream().map(PostgresSql::literal).toList()) + ")";
  }

  static String identity(String identity) {
    return identity == null ? "not an identity column" : "an identity column (generated " + identity + ")";
  }

  static String comment(String comment) {
    return comment == null ? "no comment" : "comment " + PostgresSql.literal(comment);
  }

  static String nullability(boolean nullable) {
    return nullable ? "nullable" : "NOT NULL";
  }

  static String serverDefault(String expression) {
    return expression == null ? "no server default" : "server default " + expression;
  }
}
