package io.tracetrack.migrations.it.reliability;

import static io.tracetrack.migrations.it.reliability.Fixture.env;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.runner.AdvisoryLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, one case per test: each ends with a non-zero exit, a message naming the thing at
 * fault, no password anywhere in the output, and no change to the project's files or the database
 * (compared with plain SQL before and after). Odd identifiers and unsafe message characters must
 * work instead. Each case runs the engine in a child JVM ({@link Cli}); {@link GoalsTest} repeats a
 * subset through the real goals.
 */
class BadInputTest {
  private static final String ACCOUNT = Fixture.ACCOUNT;
  private static final String EMAIL = "id = \"aaaa00000002\", revises = \"aaaa00000001\", message = \"Add email\"";

  @TempDir
  Path temp;

  private Fixture project() throws Exception {
    return Fixture.withAccount(temp.resolve("project"));
  }

  private Fixture withSecond(String up) throws Exception {
    return project().migration("M2_Second", EMAIL, up, "");
  }

  /** Applies the first migration, so that a failing second one has something to leave alone. */
  private static void atFirst(Fixture fixture, String url, Path temp) throws Exception {
    Fixture.Result result = Fixture.run(fixture.args("upgrade", "--url", url, "--user", "postgres", "--target",
        "aaaa00000001"), Map.of(), temp);
    assertEquals(0, result.exit(), result.all());
  }

  /** Runs a case and checks everything a failure must satisfy; returns standard error. */
  private String fails(Fixture fixture, String url, List<String> args, Map<String, String> env, String... fragments)
      throws Exception {
    Map<String, String> filesBefore = fixture.files();
    String databaseBefore = url == null ? "" : DatabaseState.fingerprint(url);
    Fixture.Result result = Fixture.run(args, env, temp);
    assertEquals(1, result.exit(), "expected a user error (exit 1):\n" + result.all());
    for (String fragment : fragments) {
      assertTrue(result.err().contains(fragment), "message lacks \"" + fragment + "\":\n" + result.err());
    }
    assertFalse(result.all().contains(SuiteServer.PASSWORD), "the password leaked:\n" + result.all());
    assertFalse(result.all().contains("\tat "), "a stack trace instead of a message:\n" + result.all());
    assertEquals(filesBefore, fixture.files(), "files changed");
    if (url != null) {
      assertEquals(databaseBefore, DatabaseState.fingerprint(url), "the database changed");
    }
    return result.err();
  }

  private String failsOffline(Fixture fixture, String... fragments) throws Exception {
    return fails(fixture, null, fixture.args("check-offline"), Map.of(), fragments);
  }

  private String failsUpgrade(Fixture fixture, String... fragments) throws Exception {
    String url = SuiteServer.newDatabase("bad");
    return fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(), fragments);
  }

  // --- the schema snapshot -------------------------------------------------------------------

  @Test
  void brokenSnapshotJson() throws Exception {
    Fixture fixture = project().compile().snapshot("{\"format\": 1, \"tables\": [ {\"name\": \"account\",");
    failsOffline(fixture, "META-INF/tracetrack/schema.json is not valid JSON", "at line 1");
  }

  @Test
  void emptySnapshotFile() throws Exception {
    failsOffline(project().compile().snapshot(""), "META-INF/tracetrack/schema.json");
  }

  @Test
  void snapshotFromANewerFormat() throws Exception {
    failsOffline(project().compile().snapshot("{\"format\": 99, \"tables\": []}"),
        "has format 99, newer than the", "this version reads: upgrade the tracetrack plugin");
  }

  @Test
  void snapshotWithoutFormat() throws Exception {
    failsOffline(project().compile().snapshot("{\"tables\": []}"), "has no \"format\" field");
  }

  @Test
  void snapshotTableWithoutName() throws Exception {
    failsOffline(project().compile().snapshot("{\"format\": 1, \"tables\": [{\"columns\": []}]}"),
        "is not valid: a table has no name");
  }

  @Test
  void snapshotColumnWithoutType() throws Exception {
    failsOffline(project().compile().snapshot(
        "{\"format\": 1, \"tables\": [{\"name\": \"account\", \"columns\": [{\"name\": \"id\", \"nullable\": true}]}]}"),
        "a column of table \"account\" has no name or no type");
  }

  @Test
  void snapshotWithOneTableTwice() throws Exception {
    failsOffline(project().compile().snapshot("{\"format\": 1, \"tables\": [{\"name\": \"account\", \"columns\": []},"
        + " {\"name\": \"account\", \"columns\": []}]}"), "account");
  }

  @Test
  void noSnapshotAtAll() throws Exception {
    failsOffline(project().compile(), "No schema snapshot (META-INF/tracetrack/schema.json)",
        "<artifactId>migration-processor</artifactId>");
  }

  @Test
  void entitiesAheadOfTheMigrations() throws Exception {
    Fixture fixture = project().compile().snapshot("{\"format\": 1, \"tables\": [{\"name\": \"account\","
        + " \"entity\": \"com.example.model.Account\", \"columns\": [{\"name\": \"id\", \"type\": \"bigint\","
        + " \"nullable\": false}, {\"name\": \"name\", \"type\": \"text\", \"nullable\": true},"
        + " {\"name\": \"last_login\", \"type\": \"timestamp\", \"nullable\": true}], \"primaryKey\": [\"id\"]}]}");
    failsOffline(fixture, "column \"account\".\"last_login\" (timestamp) is in the entities but not in the migrations",
        "mvn tracetrack:migrate -Dtracetrack.message=");
  }

  // --- the revision graph and the migration classes -----------------------------------------

  @Test
  void duplicateRevisionIds() throws Exception {
    Fixture fixture = project().migration("M2_Clash", "id = \"aaaa00000001\", message = \"Clash\"", "", "").compile();
    failsUpgrade(fixture, "Revision id aaaa00000001 is used twice: by com.example.migrations.M1_CreateAccount and by"
        + " com.example.migrations.M2_Clash");
  }

  @Test
  void missingParent() throws Exception {
    Fixture fixture = project().migration("M2_Orphan",
        "id = \"aaaa00000002\", revises = \"ffff00000000\", message = \"Orphan\"", "", "").compile();
    failsUpgrade(fixture, "Revision aaaa00000002 (com.example.migrations.M2_Orphan) revises ffff00000000, which does not exist");
  }

  @Test
  void cycle() throws Exception {
    Fixture fixture = project()
        .migration("M2_A", "id = \"bbbb00000001\", revises = \"bbbb00000002\", message = \"A\"", "", "")
        .migration("M3_B", "id = \"bbbb00000002\", revises = \"bbbb00000001\", message = \"B\"", "", "").compile();
    failsUpgrade(fixture, "The revisions form a cycle through bbbb00000001, bbbb00000002");
  }

  @Test
  void revisionThatIsNotAMigration() throws Exception {
    Fixture fixture = project().source("M2_NotAMigration", "package com.example.migrations;\n"
        + "@io.tracetrack.migrations.Revision(id = \"aaaa00000002\", message = \"x\")\n"
        + "public class M2_NotAMigration {}\n").compile();
    failsUpgrade(fixture, "com.example.migrations.M2_NotAMigration carries @Revision(id = \"aaaa00000002\") but does"
        + " not implement io.tracetrack.migrations.Migration");
  }

  @Test
  void migrationWithoutNoArgumentConstructor() throws Exception {
    Fixture fixture = project().source("M2_NeedsArgs", "package com.example.migrations;\n"
        + "import io.tracetrack.migrations.*;\n"
        + "@Revision(id = \"aaaa00000002\", revises = \"aaaa00000001\", message = \"x\")\n"
        + "public class M2_NeedsArgs implements Migration {\n"
        + "  public M2_NeedsArgs(String s) {}\n"
        + "  public void upgrade(Operations op) {}\n  public void downgrade(Operations op) {}\n}\n").compile();
    failsUpgrade(fixture, "Cannot create migration com.example.migrations.M2_NeedsArgs: it needs a no-argument constructor");
  }

  @Test
  void migrationThatThrows() throws Exception {
    Fixture fixture = withSecond("throw new IllegalStateException(\"forgot to finish this\");").compile();
    String url = SuiteServer.newDatabase("bad");
    atFirst(fixture, url, temp);
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(),
        "Revision aaaa00000002, Add email (com.example.migrations.M2_Second) failed in upgrade(): forgot to finish this");
  }

  @Test
  void invalidSqlTypeInAMigration() throws Exception {
    Fixture fixture = withSecond("op.addColumn(\"account\", column(\"email\", \"text; DROP TABLE account\"));").compile();
    String url = SuiteServer.newDatabase("bad");
    atFirst(fixture, url, temp);
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(),
        "Revision aaaa00000002, Add email", "\"text; DROP TABLE account\" is not a valid SQL type name");
  }

  @Test
  void twoHeadsAndTargetHead() throws Exception {
    Fixture fixture = project()
        .migration("M2_Left", "id = \"bbbb00000001\", revises = \"aaaa00000001\", message = \"Left\"", "", "")
        .migration("M3_Right", "id = \"bbbb00000002\", revises = \"aaaa00000001\", message = \"Right\"", "", "").compile();
    failsUpgrade(fixture, "Multiple heads: bbbb00000001, bbbb00000002");
  }

  // --- SQL that PostgreSQL refuses --------------------------------------------------------------

  private void sqlFails(String up, String... fragments) throws Exception {
    Fixture fixture = withSecond(up).compile();
    String url = SuiteServer.newDatabase("sql");
    atFirst(fixture, url, temp);
    List<String> all = new ArrayList<>(List.of(
        "Upgrade aaaa00000001 -> aaaa00000002 (aaaa00000002, Add email) failed and was rolled back"));
    all.addAll(List.of(fragments));
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(), all.toArray(String[]::new));
  }

  @Test
  void sqlOnAMissingTable() throws Exception {
    sqlFails("op.execute(\"INSERT INTO no_such_table (id) VALUES (1)\");",
        "Statement: INSERT INTO no_such_table (id) VALUES (1)", "relation \"no_such_table\" does not exist");
  }

  @Test
  void sqlSyntaxError() throws Exception {
    sqlFails("op.addColumn(\"account\", column(\"email\", \"text\")); op.execute(\"UPDATE account SETT email = 'x'\");",
        "Statement: UPDATE account SETT email = 'x'", "syntax error at or near");
  }

  @Test
  void notNullColumnOnATableWithRows() throws Exception {
    sqlFails("op.addColumn(\"account\", column(\"email\", \"text\").notNull());",
        "ADD COLUMN \"email\" text NOT NULL", "contains null values");
  }

  @Test
  void uniqueConstraintOverDuplicates() throws Exception {
    sqlFails("op.addUniqueConstraint(\"account\", \"account_name_key\", \"name\");",
        "could not create unique index \"account_name_key\"");
  }

  @Test
  void typeChangeThatDoesNotConvert() throws Exception {
    sqlFails("op.alterColumnType(\"account\", \"name\", \"integer\");", "invalid input syntax for type integer: \"ada\"");
  }

  // --- reaching the database ----------------------------------------------------------------------

  @Test
  void unreachableDatabase() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("upgrade", "--url", "jdbc:postgresql://127.0.0.1:1/app", "--user", "postgres"),
        Map.of(), "Cannot reach the database at jdbc:postgresql://127.0.0.1:1/app");
  }

  @Test
  void wrongPassword() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("password");
    String wrong = "not-" + SuiteServer.PASSWORD;
    String err = fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", SuiteServer.PASSWORD_ROLE),
        env("TT_PASSWORD", wrong), "Authentication failed for user " + SuiteServer.PASSWORD_ROLE + " at " + url,
        "check tracetrack.user and tracetrack.password");
    assertFalse(err.contains(wrong), "the wrong password leaked: " + err);
  }

  @Test
  void rightPasswordWorks() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("password_ok");
    DatabaseState.execute(url, "GRANT ALL ON SCHEMA public TO " + SuiteServer.PASSWORD_ROLE);
    Fixture.Result result = Fixture.run(fixture.args("upgrade", "--url", url, "--user", SuiteServer.PASSWORD_ROLE),
        env("TT_PASSWORD", SuiteServer.PASSWORD), temp);
    assertEquals(0, result.exit(), result.all());
    assertFalse(result.all().contains(SuiteServer.PASSWORD), result.all());
    assertEquals(List.of("aaaa00000001"), DatabaseState.versions(url));
  }

  @Test
  void passwordInDatabaseUrlNeverShows() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("database_url");
    String databaseUrl = url.replace("jdbc:postgresql://", "postgresql://" + SuiteServer.PASSWORD_ROLE + ":wrong-"
        + SuiteServer.PASSWORD + "@");
    fails(fixture, url, fixture.args("upgrade"), env("DATABASE_URL", databaseUrl),
        "Authentication failed for user " + SuiteServer.PASSWORD_ROLE);
  }

  @Test
  void serverCredentialsWithAWrongPasswordNeverShow() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("server_wrong");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--server-id", "tt-db"),
        env("TT_SERVER", "tt-db:" + SuiteServer.PASSWORD_ROLE, "TT_SERVER_PASSWORD", "wrong-" + SuiteServer.PASSWORD),
        "Authentication failed for user " + SuiteServer.PASSWORD_ROLE);
  }

  @Test
  void serverIdWithoutADatabase() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("upgrade", "--server-id", "tt-db"),
        env("TT_SERVER", "tt-db:" + SuiteServer.PASSWORD_ROLE, "TT_SERVER_PASSWORD", SuiteServer.PASSWORD),
        "tracetrack.serverId=tt-db gives the credentials but not the database: set tracetrack.url");
  }

  @Test
  void wrongDatabaseName() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("upgrade", "--url", SuiteServer.url("no_such_db"), "--user", "postgres"),
        Map.of(), "Database does not exist: " + SuiteServer.url("no_such_db"));
  }

  @Test
  void unknownUser() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("ghost");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "ghost"), Map.of(),
        "Authentication failed for user ghost");
  }

  @Test
  void notAPostgresUrl() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("upgrade", "--url", "jdbc:mysql://db/app?password=" + SuiteServer.PASSWORD),
        Map.of(), "Database URL jdbc:mysql://db/app?password=****** is not a PostgreSQL JDBC URL");
  }

  @Test
  void malformedDatabaseUrl() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("upgrade"), env("DATABASE_URL", "mysql://u:" + SuiteServer.PASSWORD + "@db/app"),
        "DATABASE_URL must look like postgresql://user:password@host:port/database, not mysql://u:******@db/app");
  }

  // --- locks and timeouts --------------------------------------------------------------------------

  @Test
  void lockHeldByAnotherRun() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("locked");
    try (Connection other = SuiteServer.connect(url); Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
      fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--lock-timeout", "1"), Map.of(),
          "Another migration run holds the lock on this database (held by postgres",
          "gave up after 1 s (tracetrack.lockTimeout)");
    }
  }

  @Test
  void statementTimeout() throws Exception {
    Fixture fixture = withSecond("op.execute(\"SELECT pg_sleep(10)\");").compile();
    String url = SuiteServer.newDatabase("slow");
    atFirst(fixture, url, temp);
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--statement-timeout", "300ms"),
        Map.of(), "canceling statement due to statement timeout", "tracetrack.statementTimeout (300 ms)");
  }

  @Test
  void lockWaitTimeoutOnABusyTable() throws Exception {
    Fixture fixture = withSecond("op.addColumn(\"account\", column(\"email\", \"text\"));").compile();
    String url = SuiteServer.newDatabase("busy");
    atFirst(fixture, url, temp);
    try (Connection traffic = SuiteServer.connect(url); Statement statement = traffic.createStatement()) {
      traffic.setAutoCommit(false);
      statement.execute("SELECT count(*) FROM account");
      fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--lock-wait-timeout", "500ms"),
          Map.of(), "canceling statement due to lock timeout", "tracetrack.lockWaitTimeout (500 ms)");
      traffic.rollback();
    }
  }

  @Test
  void timeoutThatIsNotADuration() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("timeout_value");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--statement-timeout", "soon"),
        Map.of(), "tracetrack.statementTimeout = \"soon\" is not a duration");
  }

  // --- targets and the database's state -------------------------------------------------------------

  @Test
  void unknownTarget() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("target");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--target", "zzzz"), Map.of(),
        "Unknown revision zzzz");
  }

  @Test
  void ambiguousPrefix() throws Exception {
    Fixture fixture = withSecond("").compile();
    String url = SuiteServer.newDatabase("prefix");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres", "--target", "aaaa"), Map.of(),
        "Revision prefix aaaa is ambiguous: it matches aaaa00000001, aaaa00000002");
  }

  @Test
  void downgradeFurtherThanApplied() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("too_far");
    atFirst(fixture, url, temp);
    fails(fixture, url, fixture.args("downgrade", "--url", url, "--user", "postgres", "--target", "-5"), Map.of(),
        "Downgrade target -5 asks for 5 migrations but only 1 are applied");
  }

  @Test
  void appliedMigrationChanged() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("changed");
    atFirst(fixture, url, temp);
    fixture.migration("M1_CreateAccount", ACCOUNT,
        "op.createTable(\"account\", column(\"id\", \"bigint\").primaryKey(), column(\"name\", \"varchar(80)\"));",
        "op.dropTable(\"account\");").compile();
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(),
        "An applied migration has changed since it ran:",
        "aaaa00000001, Create account (com.example.migrations.M1_CreateAccount): applied by postgres",
        "mvn tracetrack:repair");
    fails(fixture, url, fixture.args("downgrade", "--url", url, "--user", "postgres"), Map.of(),
        "An applied migration has changed since it ran:");
    // Accepting the change is explicit, and then the next run goes on.
    assertEquals(0, Fixture.run(fixture.args("repair", "--url", url, "--user", "postgres"), Map.of(), temp).exit());
    Fixture.Result check = Fixture.run(fixture.args("downgrade", "--url", url, "--user", "postgres"), Map.of(), temp);
    assertEquals(0, check.exit(), check.all());
  }

  @Test
  void databaseAtARevisionNoClassDeclares() throws Exception {
    Fixture fixture = project().compile();
    String url = SuiteServer.newDatabase("unknown_rev");
    atFirst(fixture, url, temp);
    DatabaseState.execute(url, "UPDATE tracetrack_version SET version_num = 'deadbeef0000'");
    fails(fixture, url, fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(),
        "The database is at revision deadbeef0000, which no migration class declares");
  }

  @Test
  void checkFailsOnPendingAndDrift() throws Exception {
    Fixture fixture = withSecond("op.addColumn(\"account\", column(\"email\", \"text\"));").compile()
        .snapshot("{\"format\": 1, \"tables\": [{\"name\": \"account\", \"columns\": [{\"name\": \"id\", \"type\":"
            + " \"bigint\", \"nullable\": false}, {\"name\": \"name\", \"type\": \"text\", \"nullable\": true},"
            + " {\"name\": \"email\", \"type\": \"text\", \"nullable\": true}], \"primaryKey\": [\"id\"]}]}");
    String url = SuiteServer.newDatabase("check");
    atFirst(fixture, url, temp);
    DatabaseState.execute(url, "ALTER TABLE account ADD COLUMN added_by_hand int");
    fails(fixture, url, fixture.args("check", "--url", url, "--user", "postgres"), Map.of(),
        "tracetrack:check found 2 differences:",
        "revision aaaa00000002, Add email (com.example.migrations.M2_Second) is not applied",
        "column \"account\".\"added_by_hand\" (integer) is in the database but not in the migrations at revision"
            + " aaaa00000001", "Fix: mvn tracetrack:upgrade");
  }

  // --- messages and identifiers ----------------------------------------------------------------------

  @Test
  void emptyMessage() throws Exception {
    Fixture fixture = project().compile();
    fails(fixture, null, fixture.args("revision", "--message", "   "), Map.of(), "A message is required");
  }

  @Test
  void messageWithCharactersUnsafeInAFileOrClassNameWorks() throws Exception {
    Fixture fixture = project().compile();
    String message = "../../etc/passwd: \"quoted\" <b>*?|\\ ünïcödé */ end\ttab";
    Fixture.Result result = Fixture.run(fixture.args("revision", "--message", message), Map.of(), temp);
    assertEquals(0, result.exit(), result.all());
    Path packageDirectory = fixture.sources.resolve(Fixture.PACKAGE.replace('.', '/'));
    List<Path> written;
    try (Stream<Path> files = Files.list(packageDirectory)) {
      written = files.filter(f -> !f.getFileName().toString().startsWith("M1_")).toList();
    }
    assertEquals(1, written.size(), written.toString());
    assertTrue(written.get(0).getFileName().toString().matches("[A-Za-z][A-Za-z0-9_]*\\.java"), written.toString());
    try (Stream<Path> all = Files.walk(temp.resolve("project"))) {
      assertEquals(List.of(), all.filter(f -> f.toString().contains("passwd")).toList(), "nothing escaped the package");
    }
    fixture.compile(); // the generated class, with the message in its Javadoc and annotation, compiles
    String source = Files.readString(written.get(0), StandardCharsets.UTF_8);
    assertTrue(source.contains("ünïcödé"), source);
  }

  @Test
  void quotesSpacesUnicodeAndReservedWordsWork() throws Exception {
    Fixture fixture = Fixture.create(temp.resolve("project")).migration("M1_Odd", ACCOUNT,
        "op.createTable(\"order\", column(\"select\", \"integer\").primaryKey(), column(\"group by\", \"text\"),"
            + " column(\"Straße \\\"quoted\\\"\", \"varchar(10)\").serverDefault(\"'it''s'\"), column(\"日本語\", \"text\").unique());\n"
            + "    op.createTable(\"Mixed Case\", column(\"id\", \"bigint\").primaryKey(), column(\"user\", \"text\").notNull());\n"
            + "    op.execute(\"INSERT INTO \\\"order\\\" (\\\"select\\\", \\\"group by\\\") VALUES (1, 'a')\");",
        "op.dropTable(\"Mixed Case\"); op.dropTable(\"order\");").compile()
        .snapshot("{\"format\": 1, \"tables\": [{\"name\": \"Mixed Case\", \"columns\": [{\"name\": \"id\", \"type\":"
            + " \"bigint\", \"nullable\": false}, {\"name\": \"user\", \"type\": \"text\", \"nullable\": false}],"
            + " \"primaryKey\": [\"id\"]}, {\"name\": \"order\", \"columns\": [{\"name\": \"select\", \"type\": \"integer\","
            + " \"nullable\": false}, {\"name\": \"group by\", \"type\": \"text\", \"nullable\": true}, {\"name\":"
            + " \"Straße \\\"quoted\\\"\", \"type\": \"varchar(10)\", \"nullable\": true, \"serverDefault\": \"'it''s'\"},"
            + " {\"name\": \"日本語\", \"type\": \"text\", \"nullable\": true}], \"primaryKey\": [\"select\"],"
            + " \"uniqueConstraints\": [{\"name\": \"order_日本語_key\", \"columns\": [\"日本語\"]}]}]}");
    String url = SuiteServer.newDatabase("identifiers");
    Fixture.Result upgrade = Fixture.run(fixture.args("upgrade", "--url", url, "--user", "postgres"), Map.of(), temp);
    assertEquals(0, upgrade.exit(), upgrade.all());
    assertEquals(List.of("it's"), DatabaseState.strings(url, "SELECT \"Straße \"\"quoted\"\"\" FROM \"order\""));
    Fixture.Result check = Fixture.run(fixture.args("check", "--url", url, "--user", "postgres"), Map.of(), temp);
    assertEquals(0, check.exit(), check.all());
    Fixture.Result downgrade = Fixture.run(fixture.args("downgrade", "--url", url, "--user", "postgres", "--target",
        "base"), Map.of(), temp);
    assertEquals(0, downgrade.exit(), downgrade.all());
    assertFalse(DatabaseState.tableExists(url, "order"));
  }

  // --- code that does not compile -----------------------------------------------------------------

  @Test
  void entityWithoutIdIsACompileErrorOnTheEntity() throws Exception {
    Path source = temp.resolve("src/com/example/model/Account.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package com.example.model;\n"
        + "@io.tracetrack.migrations.entity.Entity\npublic class Account {\n  private String name;\n}\n");
    Fixture.Result result = javac(source);
    assertNotEquals(0, result.exit(), result.all());
    assertTrue(result.all().contains("Account.java:3: error: [TracetrackNoPrimaryKey] Entity"), result.all());
    assertFalse(Files.exists(temp.resolve("out/META-INF/tracetrack/schema.json")), "no snapshot from a failed build");
  }

  @Test
  void migrationThatDoesNotCompileNamesFileAndLine() throws Exception {
    Fixture fixture = project();
    fixture.migration("M2_Broken", EMAIL, "op.addColumn(\"account\", column(\"email\", \"text\")) // no semicolon", "");
    Fixture.Result result = javac(fixture.sources.resolve("com/example/migrations/M2_Broken.java"));
    assertNotEquals(0, result.exit(), result.all());
    assertTrue(result.all().matches("(?s).*M2_Broken\\.java:\\d+: error: ';' expected.*"), result.all());
  }

  /** javac in a child process, with the tracetrack processor on its processor path. */
  private Fixture.Result javac(Path source) throws Exception {
    Path out = temp.resolve("out");
    Files.createDirectories(out);
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-cp", Fixture.classPath(), "-processorpath", Fixture.classPath(), "-d", out.toString(), "-encoding", "UTF-8",
        source.toString()).redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Fixture.Result(process.waitFor(), output, "", 0);
  }
}
