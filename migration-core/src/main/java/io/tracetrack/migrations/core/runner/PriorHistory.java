package io.tracetrack.migrations.core.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What another tool's own table says it applied to a database, read and never written: the units
 * in the order applied, each keyed as the importer keys it in {@code @ImportedFrom} (a Flyway
 * version; a Liquibase {@code filename::id::author}).
 *
 * @param tool {@code flyway} or {@code liquibase}, as {@code @ImportedFrom(tool)} names it
 * @param table the table read
 * @param exported the applied changeSets that {@code tracetrack:changelog} wrote ({@link
 *     ExportedChangeSets#AUTHOR}), by their id, which is a revision id, each with its key in {@code applied}
 */
record PriorHistory(String tool, String table, List<String> applied, Map<String, String> exported) {
  static final String FLYWAY_TABLE = "flyway_schema_history";
  static final String LIQUIBASE_TABLE = "databasechangelog";

  /** Tables of the old tools that say nothing about the schema the migrations build. */
  static final Set<String> BOOKKEEPING = Set.of(FLYWAY_TABLE, LIQUIBASE_TABLE, "databasechangeloglock");

  PriorHistory {
    applied = List.copyOf(applied);
    exported = Map.copyOf(exported);
  }

  /** The tool's history on this database, or empty when its table is not there. */
  static Optional<PriorHistory> read(Connection connection, String tool) throws SQLException {
    return switch (tool) {
      case "flyway" -> exists(connection, FLYWAY_TABLE) ? Optional.of(flyway(connection)) : Optional.empty();
      case "liquibase" -> exists(connection, LIQUIBASE_TABLE) ? Optional.of(liquibase(connection)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * Versions whose last successful row applied them: an undo or a deleted row takes the version
   * back out; baseline and schema-creation rows stand for no script.
   */
  private static PriorHistory flyway(Connection connection) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    for (String[] row : rows(connection, "SELECT version, type FROM " + FLYWAY_TABLE
        + " WHERE success AND version IS NOT NULL AND type NOT IN ('BASELINE', 'SCHEMA') ORDER BY installed_rank")) {
      if (row[1].startsWith("UNDO") || row[1].equals("DELETE")) {
        applied.remove(row[0]);
      } else {
        applied.add(row[0]);
      }
    }
    return new PriorHistory("flyway", FLYWAY_TABLE, new ArrayList<>(applied), Map.of());
  }

  private static PriorHistory liquibase(Connection connection) throws SQLException {
    List<String> applied = new ArrayList<>();
    Map<String, String> exported = new LinkedHashMap<>();
    for (String[] row : rows(connection, "SELECT filename, id, author FROM " + LIQUIBASE_TABLE
        + " WHERE exectype IN ('EXECUTED', 'MARK_RAN', 'RERAN') ORDER BY orderexecuted, dateexecuted")) {
      String key = liquibaseKey(row[0], row[1], row[2]);
      applied.add(key);
      if (ExportedChangeSets.AUTHOR.equals(row[2])) {
        exported.put(row[1], key);
      }
    }
    return new PriorHistory("liquibase", LIQUIBASE_TABLE, applied, exported);
  }

  /**
   * A changeset as {@code @ImportedFrom} holds it: {@code filename::id::author}, the file without the
   * {@code classpath:} prefix or leading slash that some set-ups (Spring Boot's) record.
   */
  static String liquibaseKey(String filename, String id, String author) {
    return filename.replaceFirst("^classpath:", "").replaceFirst("^/+", "") + "::" + id + "::" + author;
  }

  /** A unit key of {@code @ImportedFrom} in the same form as the table's. */
  static String normalize(String tool, String key) {
    String[] parts = key.split("::", 3);
    return tool.equals("liquibase") && parts.length == 3 ? liquibaseKey(parts[0], parts[1], parts[2]) : key;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      query.setString(1, table);
      try (ResultSet result = query.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static List<String[]> rows(Connection connection, String sql) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
