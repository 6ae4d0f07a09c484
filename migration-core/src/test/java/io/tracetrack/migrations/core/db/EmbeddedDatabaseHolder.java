package io.tracetrack.migrations.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A process that starts the embedded database on a data folder, writes a row, prints {@code ready}
 * and then waits for standard input to close: a goal caught in the middle of its work, for tests
 * that kill it.
 */
public final class EmbeddedDatabaseHolder {

  private EmbeddedDatabaseHolder() {}

  public static void main(String[] args) throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
    try (Connection connection = database.settings().connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS kept (note text)");
      statement.execute("INSERT INTO kept VALUES ('" + args[1] + "')");
    }
    // A session left open, as a goal killed mid-run leaves one.
    Connection open = database.settings().connect();
    open.createStatement().execute("SELECT 1");
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait to be killed
    }
    open.close();
    database.close();
  }
}
