package io.tracetrack.migrations.core.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The schema of a live database as sorted lines of text, read straight from pg_catalog with SQL of
 * its own: the judge of round-trip tests, independent of the engine's CatalogReader and SchemaDiff,
 * so that an attribute they overlook still counts here. PostgreSQL prints each element in its own
 * canonical spelling ({@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef},
 * {@code pg_get_indexdef}), which makes two databases with the same schema print the same lines.
 *
 * <p>Column position is left out (a column added later comes last, and PostgreSQL cannot move
 * it); so are object ids and owners. Everything else that a migration can set is in: schemas,
 * tables (kind, persistence, options), columns (type, NOT NULL, default, identity, generated,
 * collation), constraints, indexes, comments on any object, enum labels in order, other user types,
 * sequences with every option and their owner column, views and triggers.
 */
public final class CatalogNormalForm {
  /** Namespaces of the user's objects: not the system's. */
  private static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
      + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

  private static final List<String> QUERIES = List.of(
      "SELECT 'schema ' || n.nspname || ' comment=' || coalesce(obj_description(n.oid, 'pg_namespace'), '-')"
          + " FROM pg_namespace n WHERE " + USER_NAMESPACE,
      "SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text"
          + " || ' options=' || coalesce(array_to_string(c.reloptions, ','), '-')"
          + " || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE " + USER_NAMESPACE + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')",
      "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname"
          + " || ' type=' || format_type(a.atttypid, a.atttypmod)"
          + " || ' notnull=' || a.attnotnull"
          + " || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')"
          + " || ' identity=' || CASE a.attidentity WHEN '' THEN '-' ELSE a.attidentity::text END"
          + " || ' generated=' || CASE a.attgenerated WHEN '' THEN '-' ELSE a.attgenerated::text END"
          + " || ' collation=' || CASE WHEN a.attcollation = t.typcollation THEN 'default'"
          + "   ELSE coalesce((SELECT collname FROM pg_collation WHERE oid = a.attcollation), '-') END"
          + " || ' comment=' || coalesce(col_description(c.oid, a.attnum), '-')"
          + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_type t ON t.oid = a.atttypid"
          + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
          + " WHERE " + USER_NAMESPACE + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped",
      "SELECT 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || ' ' || con.conname || ' '"
          + " || pg_get_constraintdef(con.oid) || ' comment=' || coalesce(obj_description(con.oid, 'pg_constraint'), '-')"
          + " FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace"
          + " LEFT JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_type t ON t.oid = con.contypid"
          + " WHERE " + USER_NAMESPACE,
      "SELECT 'index ' || n.nspname || '.' || c.relname || ' ' || pg_get_indexdef(i.indexrelid)"
          + " || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE " + USER_NAMESPACE,
      "SELECT 'enum ' || n.nspname || '.' || t.typname || ' ['"
          + " || (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)"
          + " || '] comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + USER_NAMESPACE + " AND t.typtype = 'e'",
      "SELECT 'type ' || n.nspname || '.' || t.typname || ' kind=' || t.typtype::text"
          + " || ' base=' || CASE WHEN t.typbasetype = 0 THEN '-' ELSE format_type(t.typbasetype, t.typtypmod) END"
          + " || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE " + USER_NAMESPACE + " AND (t.typtype IN ('d', 'r', 'm')"
          + "   OR t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')",
      "SELECT 'sequence ' || n.nspname || '.' || c.relname || ' type=' || format_type(s.seqtypid, NULL)"
          + " || ' start=' || s.seqstart || ' increment=' || s.seqincrement || ' min=' || s.seqmin || ' max=' || s.seqmax"
          + " || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle"
          + " || ' owned_by=' || coalesce((SELECT tn.nspname || '.' || tc.relname || '.' || ta.attname || ' ' || d.deptype::text"
          + "   FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace"
          + "   JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid"
          + "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass"
          + "   AND d.deptype IN ('a', 'i')), '-')"
          + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE " + USER_NAMESPACE,
      "SELECT 'view ' || n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid)"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE " + USER_NAMESPACE + " AND c.relkind IN ('v', 'm')",
      "SELECT 'trigger ' || n.nspname || '.' || c.relname || ' ' || pg_get_triggerdef(tg.oid)"
          + " FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE " + USER_NAMESPACE + " AND NOT tg.tgisinternal");

  private CatalogNormalForm() {}

  /** The database's normal form: one sorted line per schema element and attribute. */
  public static List<String> read(Connection connection) throws SQLException {
    TreeSet<String> lines = new TreeSet<>();
    try (Statement statement = connection.createStatement()) {
      for (String query : QUERIES) {
        try (ResultSet rows = statement.executeQuery(query)) {
          while (rows.next()) {
            if (!lines.add(rows.getString(1))) {
              throw new IllegalStateException("two elements print the same line: " + rows.getString(1));
            }
          }
        }
      }
    }
    return List.copyOf(lines);
  }

  /** The lines of one form that the other lacks, marked {@code -} (only in expected) and {@code +} (only in actual). */
  public static List<String> differences(List<String> expected, List<String> actual) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> only = new TreeSet<>(expected);
    actual.forEach(only::remove);
    only.forEach(line -> differences.add("- " + line));
    only = new TreeSet<>(actual);
    expected.forEach(only::remove);
    only.forEach(line -> differences.add("+ " + line));
    return differences;
  }

  /** Fails with the differing lines when the two forms are not identical. */
  public static void assertSame(List<String> expected, List<String> actual, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": the normal forms differ (- expected, + actual):\n"
          + String.join("\n", differences(expected, actual)));
    }
  }
}
