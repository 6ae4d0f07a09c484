package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.command.CommandScope;
import liquibase.Scope;
import liquibase.resource.DirectoryResourceAccessor;

/** Liquibase's own commands on a live database: the other side of every comparison. */
final class LiquibaseRun {

  private LiquibaseRun() {}

  /** {@code liquibase update} of a changelog, with the search path and contexts given. */
  static void update(DatabaseSettings database, Path searchPath, String changelog, String contexts) throws Exception {
    CommandScope update = new CommandScope("update")
        .addArgumentValue("url", database.url())
        .addArgumentValue("username", database.user())
        .addArgumentValue("changelogFile", changelog);
    if (contexts != null) {
      update.addArgumentValue("contexts", contexts);
    }
    inSearchPath(searchPath, update);
  }

  /** Runs a command with the search path as Liquibase's resource accessor, as its CLI's --search-path does. */
  private static void inSearchPath(Path searchPath, CommandScope command) throws Exception {
    try (DirectoryResourceAccessor resources = new DirectoryResourceAccessor(searchPath)) {
      Scope.child(Scope.Attr.resourceAccessor, resources, () -> command.execute());
    }
  }

  /** {@code liquibase rollback-count} of every changeset applied. */
  static void rollbackAll(DatabaseSettings database, Path searchPath, String changelog) throws Exception {
    inSearchPath(searchPath, new CommandScope("rollbackCount")
        .addArgumentValue("url", database.url())
        .addArgumentValue("username", database.user())
        .addArgumentValue("changelogFile", changelog)
        .addArgumentValue("count", Integer.MAX_VALUE));
  }

  /** The rows of a query, each as its columns joined with {@code |}. */
  static List<String> rows(DatabaseSettings database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
