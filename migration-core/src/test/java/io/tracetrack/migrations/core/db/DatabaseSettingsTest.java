package io.tracetrack.migrations.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parsing and describing connection settings; no database needed. */
class DatabaseSettingsTest {

  @Test
  void fromDatabaseUrlDecodesUserAndPassword() {
    DatabaseSettings settings = DatabaseSettings.fromDatabaseUrl("postgresql://u:p%40ss@h:5432/db");
    assertEquals("jdbc:postgresql://h:5432/db", settings.url());
    assertEquals("u", settings.user());
    assertEquals("p@ss", settings.password());
  }

  @Test
  void fromDatabaseUrlNeverShowsThePassword() {
    DatabaseSettings settings = DatabaseSettings.fromDatabaseUrl("postgresql://u:p%40ss@h:5432/db");
    assertEquals("jdbc:postgresql://h:5432/db as u", settings.describe());
    assertEquals(settings.describe(), settings.toString());
    assertFalse(settings.toString().contains("p@ss"));
    assertFalse(settings.toString().contains("p%40ss"));
  }

  @Test
  void fromDatabaseUrlAcceptsPostgresSchemeNoPortAndKeepsTheQuery() {
    DatabaseSettings settings = DatabaseSettings.fromDatabaseUrl("  postgres://app@db.internal/shop?sslmode=require ");
    assertEquals("jdbc:postgresql://db.internal/shop?sslmode=require", settings.url());
    assertEquals("app", settings.user());
    assertNull(settings.password());
  }

  @Test
  void fromDatabaseUrlWithoutUser() {
    DatabaseSettings settings = DatabaseSettings.fromDatabaseUrl("postgresql://h:6543/db");
    assertEquals("jdbc:postgresql://h:6543/db", settings.url());
    assertNull(settings.user());
    assertEquals("jdbc:postgresql://h:6543/db", settings.describe());
  }

  @Test
  void fromDatabaseUrlRefusesOtherSchemesWithoutShowingThePassword() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> DatabaseSettings.fromDatabaseUrl("mysql://u:hunter2@h:3306/db"));
    assertTrue(e.getMessage().contains("postgresql://user:password@host:port/database"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void fromDatabaseUrlRefusesAnInvalidUrlWithoutEchoingIt() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> DatabaseSettings.fromDatabaseUrl("postgresql://u:hun ter2@h/db"));
    assertFalse(e.getMessage().contains("hun ter2"), e.getMessage());
  }

  @Test
  void jdbcUrlPasswordParameterIsRedacted() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true", null, null);
    assertEquals("jdbc:postgresql://h/db?user=u&password=******&ssl=true", settings.describe());
    assertFalse(settings.toString().contains("hunter2"));
  }

  @Test
  void explicitPasswordIsNeverDescribed() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h:5432/db", "app", "hunter2");
    assertEquals("jdbc:postgresql://h:5432/db as app", settings.describe());
    assertEquals("jdbc:postgresql://h:5432/db as app", settings.toString());
  }

  @Test
  void nonPostgresJdbcUrlIsRefusedWithoutShowingThePassword() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> new DatabaseSettings("jdbc:mysql://h/db?password=hunter2", "u", "p"));
    assertTrue(e.getMessage().contains("is not a PostgreSQL JDBC URL"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void choiceOrderIsExplicitUrlThenDatabaseUrl() {
    assertEquals("jdbc:postgresql://a/x",
        DatabaseChoice.configured(" jdbc:postgresql://a/x ", " ", null, "postgresql://u:p@b/y").orElseThrow().url());
    assertNull(DatabaseChoice.configured("jdbc:postgresql://a/x", " ", null, null).orElseThrow().user());
    DatabaseSettings fromEnvironment = DatabaseChoice.configured(null, null, null, "postgresql://u:p@b/y").orElseThrow();
    assertEquals("jdbc:postgresql://b/y", fromEnvironment.url());
    assertEquals("u", fromEnvironment.user());
    assertEquals("p", fromEnvironment.password());
    DatabaseSettings overridden = DatabaseChoice.configured("", "admin", "other", "postgresql://u:p@b/y").orElseThrow();
    assertEquals("admin", overridden.user());
    assertEquals("other", overridden.password());
    assertTrue(DatabaseChoice.configured(null, "u", "p", " ").isEmpty());
  }
}
