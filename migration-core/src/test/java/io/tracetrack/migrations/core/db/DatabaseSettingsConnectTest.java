package io.tracetrack.migrations.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Connecting to a real server: clear messages that name where, and never the password. */
class DatabaseSettingsConnectTest {
  private static final String WRONG_PASSWORD = "Wr0ng-Pa55word-91";

  private static String everything(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Test
  void rightPasswordConnects() throws Exception {
    PostgresServer.ensurePasswordRole();
    DatabaseSettings settings = new DatabaseSettings(PostgresServer.jdbcUrl("postgres"), PostgresServer.PASSWORD_ROLE,
        PostgresServer.PASSWORD);
    try (Connection connection = settings.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_user")) {
      rows.next();
      assertEquals(PostgresServer.PASSWORD_ROLE, rows.getString(1));
    }
  }

  @Test
  void wrongPasswordNamesUrlAndUserButNotThePassword() {
    PostgresServer.ensurePasswordRole();
    String url = PostgresServer.jdbcUrl("postgres");
    DatabaseSettings settings = new DatabaseSettings(url, PostgresServer.PASSWORD_ROLE, WRONG_PASSWORD);
    AuthenticationException e = assertThrows(AuthenticationException.class, settings::connect);
    assertEquals("Authentication failed for user " + PostgresServer.PASSWORD_ROLE + " at " + url, e.reason());
    assertTrue(e.getMessage().contains("check the database user and password"), e.getMessage());
    assertFalse(everything(e).contains(WRONG_PASSWORD), everything(e));
    assertFalse(everything(e).contains(PostgresServer.PASSWORD), everything(e));
  }

  @Test
  void wrongPasswordInTheUrlIsNotShownEither() {
    PostgresServer.ensurePasswordRole();
    DatabaseSettings settings = new DatabaseSettings(
        PostgresServer.jdbcUrl("postgres") + "?password=" + WRONG_PASSWORD, PostgresServer.PASSWORD_ROLE, null);
    DatabaseException e = assertThrows(DatabaseException.class, settings::connect);
    assertTrue(e.getMessage().contains("password=******"), e.getMessage());
    assertFalse(everything(e).contains(WRONG_PASSWORD), everything(e));
  }

  @Test
  void userAndPasswordInTheJdbcUrlLogIn() throws Exception {
    PostgresServer.ensurePasswordRole();
    DatabaseSettings settings = new DatabaseSettings(PostgresServer.jdbcUrl("postgres") + "?user="
        + PostgresServer.PASSWORD_ROLE + "&password=" + PostgresServer.PASSWORD + "&ApplicationName=x", null, null);
    try (Connection connection = settings.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_user")) {
      rows.next();
      assertEquals(PostgresServer.PASSWORD_ROLE, rows.getString(1));
    }
    DatabaseSettings wrong = new DatabaseSettings(PostgresServer.jdbcUrl("postgres") + "?user="
        + PostgresServer.PASSWORD_ROLE + "&password=" + WRONG_PASSWORD, null, null);
    DatabaseException e = assertThrows(DatabaseException.class, wrong::connect);
    assertTrue(e.getMessage().startsWith("Authentication failed for user " + PostgresServer.PASSWORD_ROLE + " at "),
        e.getMessage());
    assertFalse(everything(e).contains(WRONG_PASSWORD), everything(e));
  }

  @Test
  void unreachablePortNamesHostAndPort() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:" + port + "/app", "u", WRONG_PASSWORD);
    DatabaseException e = assertThrows(DatabaseException.class, settings::connect);
    assertTrue(e.getMessage().startsWith("Cannot reach the database at jdbc:postgresql://localhost:" + port + "/app"),
        e.getMessage());
    assertTrue(e.getMessage().contains("localhost:" + port), e.getMessage());
    assertFalse(everything(e).contains(WRONG_PASSWORD), everything(e));
  }

  @Test
  void missingDatabaseSaysItDoesNotExist() {
    String url = PostgresServer.jdbcUrl("no_such_database_here");
    DatabaseException e = assertThrows(DatabaseException.class, () -> new DatabaseSettings(url, "postgres", null).connect());
    assertEquals("Database does not exist: " + url, e.getMessage());
  }
}
