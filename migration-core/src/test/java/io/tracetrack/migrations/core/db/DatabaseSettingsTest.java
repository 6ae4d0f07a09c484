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
    for (String invalid : new String[] {"postgresql://u:hun ter2@/db", "postgresql://u:hun ter2@h st/db"}) {
      DatabaseException e = assertThrows(DatabaseException.class, () -> DatabaseSettings.fromDatabaseUrl(invalid));
      assertTrue(e.getMessage().startsWith("DATABASE_URL is not a valid URL"), e.getMessage());
      assertFalse(e.getMessage().contains("hun ter2"), e.getMessage());
    }
    // A raw space in a password is the password's own.
    assertEquals("hun ter2", DatabaseSettings.fromDatabaseUrl("postgresql://u:hun ter2@h/db").password());
  }

  @Test
  void jdbcUrlPasswordParameterIsRedacted() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true", null, null);
    assertEquals("jdbc:postgresql://h/db?user=u&password=******&ssl=true as u", settings.describe());
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
        DatabaseChoice.configured(" jdbc:postgresql://a/x ", null, null, "postgresql://u:p@b/y").orElseThrow().url());
    assertNull(DatabaseChoice.configured("jdbc:postgresql://a/x", null, null, null).orElseThrow().user());
    DatabaseSettings fromEnvironment = DatabaseChoice.configured(null, null, null, "postgresql://u:p@b/y").orElseThrow();
    assertEquals("jdbc:postgresql://b/y", fromEnvironment.url());
    assertEquals("u", fromEnvironment.user());
    assertEquals("p", fromEnvironment.password());
    DatabaseSettings overridden = DatabaseChoice.configured(null, "admin", "other", "postgresql://u:p@b/y").orElseThrow();
    assertEquals("admin", overridden.user());
    assertEquals("other", overridden.password());
    assertTrue(DatabaseChoice.configured(null, "u", "p", null).isEmpty());
  }

  @Test
  void anEmptyUrlIsAnErrorNamingTheSettingNeverTheEmbeddedDatabase() {
    for (String empty : new String[] {"", "  "}) {
      InvalidSettingException e = assertThrows(InvalidSettingException.class,
          () -> DatabaseChoice.configured(empty, null, null, "postgresql://u:p@b/y"));
      assertEquals(io.tracetrack.migrations.core.Setting.URL, e.setting());
      assertTrue(e.getMessage().startsWith("JDBC URL is set but empty"), e.getMessage());
    }
  }

  @Test
  void anEmptyDatabaseUrlIsAnErrorNamingTheVariable() {
    DatabaseException e = assertThrows(DatabaseException.class, () -> DatabaseChoice.configured(null, null, null, ""));
    assertTrue(e.getMessage().startsWith("The environment variable DATABASE_URL is set but empty"), e.getMessage());
    // An explicit URL wins, so an empty DATABASE_URL beside it does no harm.
    assertEquals("jdbc:postgresql://a/x", DatabaseChoice.configured("jdbc:postgresql://a/x", null, null, "").orElseThrow().url());
  }

  @Test
  void emptyUserOrPasswordIsAnErrorNamingTheSetting() {
    InvalidSettingException user = assertThrows(InvalidSettingException.class,
        () -> DatabaseChoice.configured("jdbc:postgresql://a/x", "", null, null));
    assertEquals(io.tracetrack.migrations.core.Setting.USER, user.setting());
    assertTrue(user.getMessage().startsWith("Database user is set but empty"), user.getMessage());
    DatabaseException password = assertThrows(DatabaseException.class,
        () -> DatabaseChoice.configured(null, null, "", "postgresql://u:p@b/y"));
    assertTrue(password.getMessage().startsWith("Database password is set but empty"), password.getMessage());
  }

  @Test
  void userAndPasswordInTheJdbcUrlAreUsedAndThePasswordNeverShown() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/db?user=app&password=hun%40ter2&ssl=true",
        null, null);
    assertEquals("app", settings.user());
    assertEquals("hun@ter2", settings.password());
    assertEquals("jdbc:postgresql://h/db?user=app&password=******&ssl=true as app", settings.describe());
    DatabaseSettings explicit = new DatabaseSettings("jdbc:postgresql://h/db?user=app&password=x", "admin", "y");
    assertEquals("admin", explicit.user());
    assertEquals("y", explicit.password());
  }

  @Test
  void rawAtSignInADatabaseUrlPasswordSplitsAtTheLastAt() {
    DatabaseSettings settings = DatabaseSettings.fromDatabaseUrl("postgresql://app:p@ss:w/rd+1@db.internal:5432/shop?sslmode=require");
    assertEquals("jdbc:postgresql://db.internal:5432/shop?sslmode=require", settings.url());
    assertEquals("app", settings.user());
    assertEquals("p@ss:w/rd+1", settings.password());
    assertEquals("jdbc:postgresql://db.internal:5432/shop?sslmode=require as app", settings.describe());
  }

  @Test
  void rawAtSignInAPasswordIsMaskedCompletely() {
    String url = "mysql://app:s3cr@t-P@ss@db.internal:3306/shop";
    DatabaseException e = assertThrows(DatabaseException.class, () -> DatabaseSettings.fromDatabaseUrl(url));
    assertTrue(e.getMessage().contains("mysql://app:******@db.internal:3306/shop"), e.getMessage());
    for (String piece : new String[] {"s3cr", "t-P", "ss@"}) {
      assertFalse(e.getMessage().contains(piece), e.getMessage());
    }
    assertEquals("jdbc:postgresql://app:******@h/db", DatabaseSettings.redact("jdbc:postgresql://app:a@b@c@h/db"));
  }

  @Test
  void percentEscapesDecodeButPlusAndStrayPercentStay() {
    assertEquals("a+b%zz@c ü", DatabaseSettings.percentDecode("a+b%zz%40c%20%C3%BC"));
  }
}
