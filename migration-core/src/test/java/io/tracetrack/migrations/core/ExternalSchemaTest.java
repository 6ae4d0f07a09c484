package io.tracetrack.migrations.core;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.check.Difference;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema that a DBA created and the migrations do not own ({@code -Atracetrack.externalSchemas}):
 * autogenerate, replay, upgrade, downgrade and check use it and never create or drop it.
 */
class ExternalSchemaTest {
  private static final String PACKAGE = "com.example.migrations";
  private static final Set<String> LEDGER = Set.of("ledger");
  private static final Snapshot SNAPSHOT = new Snapshot(schema(table("ledger.entry",
      List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null), col("amount", "numeric(12,2)")),
      List.of("id"))), Map.of("ledger.entry", "com.example.Entry"), RenameHints.NONE, LEDGER);

  @TempDir
  Path temp;

  @Test
  void theSnapshotRecordsExternalSchemasAndItsSchemaHasThem() {
    Snapshot read = Snapshot.read(new java.io.ByteArrayInputStream(SNAPSHOT.toJson().getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "schema.json");
    assertEquals(LEDGER, read.externalSchemas());
    assertTrue(SNAPSHOT.toJson().startsWith("{\n  \"format\" : 3,\n  \"externalSchemas\" : [ \"ledger\" ],"),
        SNAPSHOT.toJson());
    Snapshot noTables = new Snapshot(schema(), Map.of(), RenameHints.NONE, Set.of("audit", "public"));
    assertEquals(Set.of("audit"), noTables.schema().schemas());
    assertEquals(Set.of("audit", "ledger"), Snapshot.merge(List.of(SNAPSHOT, noTables)).externalSchemas());
    assertEquals(Set.of("a", "b"), Snapshot.parseExternalSchemas(" a, ,b "));
    assertThrows(IllegalArgumentException.class, () -> Snapshot.parseExternalSchemas("a.b"));
  }

  @Test
  void replayAcceptsTablesInAnExternalSchemaAndNeedsNoCreateSchema() {
    LoadedMigration create = TestMigrations.migration("a1", List.of(), "entry",
        op -> op.createTable("ledger.entry", io.tracetrack.migrations.ColumnDef.column("id", "bigint").primaryKey()),
        op -> op.dropTable("ledger.entry"));
    MigrationException refused = assertThrows(MigrationException.class,
        () -> new MigrationSet(List.of(create)).schemaAt(null));
    assertTrue(refused.getMessage().contains("schema \"ledger\" does not exist"), refused.getMessage());
    assertTrue(new MigrationSet(List.of(create), LEDGER).schemaAt(null).table("ledger.entry").isPresent());
    // An external schema the entities no longer use is not dropped either.
    Snapshot none = new Snapshot(schema(), Map.of(), RenameHints.NONE, LEDGER);
    assertTrue(new Migrator(new MigrationSet(List.of(), LEDGER), MigrationLog.console()).check(none).ok());
  }

  @Test
  void migrateUpgradeAndDowngradeToBaseLeaveTheDbasSchemaInPlace() throws Exception {
    DatabaseSettings admin = PostgresServer.newDatabase("external");
    // A DBA owns the schema; the role that migrates may use it but may neither create nor drop schemas.
    Db.execute(admin, "DO $$ BEGIN CREATE ROLE tt_dba; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
    Db.execute(admin, "DO $$ BEGIN CREATE ROLE tt_app LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
    Db.execute(admin, "CREATE SCHEMA ledger AUTHORIZATION tt_dba");
    Db.execute(admin, "GRANT USAGE, CREATE ON SCHEMA ledger TO tt_app");
    Db.execute(admin, "GRANT CREATE ON SCHEMA public TO tt_app");
    DatabaseSettings app = new DatabaseSettings(admin.url(), "tt_app", null);

    NewMigration target = new NewMigration(temp.resolve("src"), PACKAGE,
        Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), () -> "e1e1e1e1e1e1");
    Path written = new Migrator(new MigrationSet(List.of(), LEDGER), MigrationLog.console())
        .autogenerate(SNAPSHOT, "Add ledger entry", target).orElseThrow();
    String source = Files.readString(written);
    assertTrue(source.contains("op.createTable(\"ledger.entry\""), source);
    assertFalse(source.contains("Schema("), "no createSchema or dropSchema:\n" + source);

    Migrator migrator = new Migrator(new MigrationSet(List.of(compileAndLoad(written)), LEDGER), MigrationLog.console());
    assertEquals(1, migrator.upgrade(app, "head", Duration.ofSeconds(10)).size());
    assertEquals(List.of("true"), Db.strings(app, "SELECT to_regclass('ledger.entry') IS NOT NULL"));
    CheckReport atHead = migrator.check(SNAPSHOT, app);
    assertTrue(atHead.ok(), atHead.render());

    migrator.downgrade(app, "base", Duration.ofSeconds(10));
    assertEquals(List.of("true"), Db.strings(app, "SELECT to_regclass('ledger.entry') IS NULL"));
    assertEquals(List.of("tt_dba"), Db.strings(admin, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'ledger'"));
    // At base the database is as the migrations say: the schema is expected there, so no drift.
    assertEquals(List.of(), migrator.check(SNAPSHOT, app).differences(Difference.Kind.DRIFT));
  }

  private LoadedMigration compileAndLoad(Path source) throws Exception {
    Path classes = temp.resolve("classes");
    JavaSourceCompiler.compile(List.of(source), classes);
    String simpleName = source.getFileName().toString().replace(".java", "");
    Class<?> type = JavaSourceCompiler.load(classes, PACKAGE + "." + simpleName);
    Revision revision = type.getAnnotation(Revision.class);
    return new LoadedMigration(new RevisionInfo(revision.id(), List.of(revision.revises()), revision.message(),
        revision.createDate(), type.getName()), (Migration) type.getDeclaredConstructor().newInstance(),
        MigrationChecksum.ofSource(Files.readString(source), revision.id(), List.of(revision.revises()),
            revision.transactional()));
  }
}
