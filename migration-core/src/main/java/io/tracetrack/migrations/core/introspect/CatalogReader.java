package io.tracetrack.migrations.core.introspect;

import io.tracetrack.migrations.core.db.StatementException;
import io.tracetrack.migrations.core.operation.ElementGroup;
import io.tracetrack.migrations.core.operation.ElementGroups;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the schema of a live PostgreSQL database from {@code pg_catalog}: every ordinary table
 * outside the system schemas (tables in {@code public} unqualified, others as {@code
 * schema.table}), with columns (type as {@code format_type} prints it, nullability, default as
 * {@code pg_get_expr} prints it, identity, comment), primary key, unique constraints, foreign keys
 * with their actions, check constraints, indexes that back no constraint (columns and sort order,
 * uniqueness, access method, predicate), table comments; the enum types of {@code public}; the
 * schemas other than {@code public}; the standalone elements of every kind, each by its group's
 * {@link ElementGroup.CatalogQuery}.
 */
public final class CatalogReader {
  private static final String USER_NAMESPACES =
      "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

  private final Connection connection;
  private final Set<String> ignoredTables;

  private CatalogReader(Connection connection, Set<String> ignoredTables) {
    this.connection = connection;
    this.ignoredTables = ignoredTables;
  }

  /** The schema of the connection's database, leaving out the tables named in {@code ignoredTables} (model names). */
  public static Schema read(Connection connection, Set<String> ignoredTables) throws SQLException {
    return new CatalogReader(connection, ignoredTables).readAll(USER_NAMESPACES);
  }

  /** The tables of the session's temporary schema, named without schema: used to let PostgreSQL normalise expressions. */
  static Schema readTemporary(Connection connection) throws SQLException {
    return new CatalogReader(connection, Set.of()).readAll("n.oid = pg_my_temp_schema()");
  }

  // What one read collects, by table oid.
  private final Map<Long, String> tableNames = new LinkedHashMap<>();
  private final Map<Long, String> comments = new TreeMap<>();
  private final Map<Long, String> allNames = new TreeMap<>();
  private final Map<Long, Map<Integer, String>> attributeNames = new TreeMap<>();
  private final Map<Long, List<Column>> columns = new TreeMap<>();
  private final Map<Long, List<String>> primaryKeys = new TreeMap<>();
  private final Map<Long, List<UniqueConstraint>> uniques = new TreeMap<>();
  private final Map<Long, List<ForeignKey>> foreignKeys = new TreeMap<>();
  private final Map<Long, List<CheckConstraint>> checks = new TreeMap<>();
  private final Map<Long, List<Index>> indexes = new TreeMap<>();

  private Schema readAll(String namespaceFilter) throws SQLException {
    boolean temporary = namespaceFilter.contains("pg_my_temp_schema");
    Set<String> schemas = new TreeSet<>();
    if (!temporary) {
      for (Object[] row : query("SELECT n.nspname FROM pg_namespace n WHERE " + namespaceFilter, 1)) {
        schemas.add((String) row[0]);
      }
    }
    readTables(namespaceFilter, temporary);
    readColumns();
    readConstraints(temporary);
    readIndexes();
    List<Table> tables = new ArrayList<>();
    for (Map.Entry<Long, String> entry : tableNames.entrySet()) {
      long oid = entry.getKey();
      tables.add(new Table(entry.getValue(), columns.getOrDefault(oid, List.of()), primaryKeys.getOrDefault(oid, List.of()),
          uniques.getOrDefault(oid, List.of()), indexes.getOrDefault(oid, List.of()), foreignKeys.getOrDefault(oid, List.of()),
          checks.getOrDefault(oid, List.of()), comments.get(oid)));
    }
    Schema schema = Schema.of(tables, temporary ? List.of() : enums()).withSchemas(schemas);
    if (!temporary) {
      for (ElementGroup<?> group : ElementGroups.ALL) {
        schema = withElements(schema, group, namespaceFilter);
      }
    }
    return schema;
  }

  private <T> Schema withElements(Schema schema, ElementGroup<T> group, String namespaceFilter) throws SQLException {
    List<T> elements = new ArrayList<>();
    for (Object[] row : query(group.catalog().sql().apply(namespaceFilter), 0)) {
      elements.add(group.catalog().row().apply(row));
    }
    return schema.withElements(group.kind(), elements);
  }

  private void readTables(String namespaceFilter, boolean temporary) throws SQLException {
    for (Object[] row : query("SELECT c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND "
        + namespaceFilter + " ORDER BY n.nspname, c.relname", 4)) {
      String name = temporary ? (String) row[2] : Table.qualified((String) row[1], (String) row[2]);
      if (ignoredTables.contains(name)) {
        continue;
      }
      long oid = ((Number) row[0]).longValue();
      tableNames.put(oid, name);
      if (row[3] != null) {
        comments.put(oid, (String) row[3]);
      }
    }
    // All tables' names, ignored ones too, so foreign keys to them still read.
    for (Object[] row : query("SELECT c.oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind IN ('r', 'p')", 3)) {
      allNames.put(((Number) row[0]).longValue(), Table.qualified((String) row[1], (String) row[2]));
    }
  }

  private void readColumns() throws SQLException {
    for (Object[] row : query("SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum), a.attgenerated,"
        + " CASE WHEN a.attcollation <> t.typcollation THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,"
        + OWNED_SEQUENCES
        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')"
        + " ORDER BY a.attrelid, a.attnum", 13)) {
      long oid = ((Number) row[0]).longValue();
      attributeNames.computeIfAbsent(oid, k -> new TreeMap<>()).put(((Number) row[1]).intValue(), (String) row[2]);
      if (!tableNames.containsKey(oid)) {
        continue;
      }
      String identity = switch ((String) row[6]) {
        case "a" -> Column.ALWAYS;
        case "d" -> Column.BY_DEFAULT;
        default -> null;
      };
      boolean generated = "s".equals(row[8]);
      String type = typeName((String) row[3]);
      columns.computeIfAbsent(oid, k -> new ArrayList<>()).add(new Column((String) row[2], type, !(Boolean) row[4],
          generated ? null : (String) row[5], identity, (String) row[7], identityOptions((String) row[11]),
          generated ? (String) row[5] : null, (String) row[9],
          row[12] == null ? null : new OwnedSequence((String) row[12], (String) row[10])));
    }
  }

  private void readConstraints(boolean temporary) throws SQLException {
    for (Object[] row : query("SELECT c.conrelid, c.conname, c.contype, array_to_string(c.conkey, ' '), c.confrelid,"
        + " array_to_string(c.confkey, ' '), c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid)"
        + " FROM pg_constraint c WHERE c.contype IN ('p', 'u', 'f', 'c') AND c.conrelid <> 0 ORDER BY c.conrelid, c.conname", 9)) {
      long oid = ((Number) row[0]).longValue();
      if (!tableNames.containsKey(oid)) {
        continue;
      }
      String name = (String) row[1];
      List<String> keyColumns = names(attributeNames.get(oid), (String) row[3]);
      switch ((String) row[2]) {
        case "p" -> primaryKeys.put(oid, keyColumns);
        case "u" -> uniques.computeIfAbsent(oid, k -> new ArrayList<>()).add(new UniqueConstraint(name, keyColumns));
        case "f" -> {
          long target = ((Number) row[4]).longValue();
          String targetName = temporary && tableNames.containsKey(target) ? tableNames.get(target) : allNames.get(target);
          foreignKeys.computeIfAbsent(oid, k -> new ArrayList<>()).add(new ForeignKey(name, keyColumns, targetName,
              names(attributeNames.get(target), (String) row[5]), action((String) row[6]), action((String) row[7])));
        }
        default -> checks.computeIfAbsent(oid, k -> new ArrayList<>()).add(new CheckConstraint(name, (String) row[8]));
      }
    }
  }

  /** Indexes that back no primary key or unique constraint (those are read as constraints). */
  private void readIndexes() throws SQLException {
    for (Object[] row : query("SELECT i.indrelid, ci.relname, i.indisunique, am.amname, i.indkey::text, i.indoption::text,"
        + " pg_get_expr(i.indpred, i.indrelid), i.indexrelid FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid"
        + " JOIN pg_am am ON am.oid = ci.relam"
        + " WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))"
        + " ORDER BY i.indrelid, ci.relname", 8)) {
      long oid = ((Number) row[0]).longValue();
      if (!tableNames.containsKey(oid)) {
        continue;
      }
      String[] keys = ((String) row[4]).trim().split("\\s+");
      String[] options = ((String) row[5]).trim().split("\\s+");
      List<Index.IndexColumn> indexColumns = new ArrayList<>();
      for (int k = 0; k < keys.length; k++) {
        int attnum = Integer.parseInt(keys[k]);
        String column = attnum == 0 ? indexExpression(((Number) row[7]).longValue(), k + 1)
            : attributeNames.get(oid).get(attnum);
        boolean descending = k < options.length && (Integer.parseInt(options[k]) & 1) != 0;
        indexColumns.add(new Index.IndexColumn(column, descending));
      }
      indexes.computeIfAbsent(oid, k -> new ArrayList<>()).add(
          new Index((String) row[1], indexColumns, (Boolean) row[2], (String) row[3], (String) row[6]));
    }
  }

  /** The enum types of {@code public}, values in their order. */
  private List<EnumType> enums() throws SQLException {
    Map<String, List<String>> labels = new TreeMap<>();
    for (Object[] row : query("SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
        + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder", 2)) {
      labels.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    List<EnumType> enums = new ArrayList<>();
    labels.forEach((name, values) -> enums.add(new EnumType(name, values)));
    return enums;
  }

  private String indexExpression(long indexOid, int position) throws SQLException {
    String sql = "SELECT pg_get_indexdef(?::oid, ?, true)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, indexOid);
      statement.setInt(2, position);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
  }

  // Per column: the options of its identity sequence, and the name and type of a sequence it owns (a serial's).
  private static final String OWNED_SEQUENCES =
      " (SELECT format_type(s.seqtypid, NULL) FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid"
      + "  WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum"
      + "  AND dep.deptype = 'a' LIMIT 1),"
      + " (SELECT s.seqstart || ' ' || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' '"
      + "  || s.seqcycle FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid"
      + "  WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum"
      + "  AND dep.deptype = 'i' LIMIT 1),"
      + " (SELECT sc.relname FROM pg_depend dep JOIN pg_class sc ON sc.oid = dep.objid AND sc.relkind = 'S'"
      + "  WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum"
      + "  AND dep.deptype = 'a' LIMIT 1)";

  /** An identity sequence's options as the catalog holds them: start, increment, min, max, cache, cycle. */
  private static IdentityOptions identityOptions(String values) {
    if (values == null) {
      return null;
    }
    String[] v = values.split(" ");
    return new IdentityOptions(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]), Long.parseLong(v[3]),
        Long.parseLong(v[4]), v[5].equals("true"));
  }

  /** A type as the model spells it; {@code format_type} quotes or qualifies some names. */
  private static String typeName(String formatted) {
    String type = formatted.startsWith("public.") ? formatted.substring("public.".length()) : formatted;
    return type.replace("\"", "");
  }

  private static List<String> names(Map<Integer, String> attributes, String numbers) {
    List<String> names = new ArrayList<>();
    if (numbers == null || numbers.isBlank()) {
      return names;
    }
    for (String number : numbers.trim().split("\\s+")) {
      names.add(attributes == null ? "#" + number : attributes.getOrDefault(Integer.parseInt(number), "#" + number));
    }
    return names;
  }

  private static String action(String code) {
    return switch (code) {
      case "r" -> "RESTRICT";
      case "c" -> "CASCADE";
      case "n" -> "SET NULL";
      case "d" -> "SET DEFAULT";
      default -> ForeignKey.NO_ACTION;
    };
  }

  /** The rows of a query, each {@code width} columns wide; 0 for as many as the query has. */
  private List<Object[]> query(String sql, int columns) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
      int width = columns > 0 ? columns : result.getMetaData().getColumnCount();
      while (result.next()) {
        Object[] row = new Object[width];
        for (int i = 0; i < width; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
    } catch (SQLException e) {
      throw StatementException.of(e, sql);
    }
    return rows;
  }
}
