package io.tracetrack.migrations.core.codegen;

import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.loader.MigrationScanner;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.RecordingLog;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An initial migration of 2,000 realistic tables (javac refuses one method of that size: its
 * bytecode passes 64 KB near 230 tables) is generated, compiled, replayed and applied to
 * PostgreSQL, and the database's catalog is compared with the tables it was generated from. Its
 * downgrade is checked by replay only: dropping 2,000 tables in one transaction needs more locks
 * than PostgreSQL's default {@code max_locks_per_transaction} allows.
 */
class LargeMigrationTest {
  private static final String PACKAGE = "large.migrations";
  private static final String CLASS = "M20260101000000_ManyTables";
  private static final int TABLES = 2_000;
  private static final String[] TYPES = {"varchar(120)", "integer", "timestamptz", "numeric(12,2)", "boolean", "text"};
  /** How PostgreSQL's format_type() spells the types whose names it does not keep. */
  private static final Map<String, String> CATALOG_NAMES = Map.of(
      "varchar(120)", "character varying(120)", "timestamptz", "timestamp with time zone");

  @TempDir
  Path temp;

  @Test
  void anInitialMigrationOfTwoThousandTablesCompilesReplaysAndApplies() throws Exception {
    Schema target = schema();
    SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, target);
    String source = MigrationClassWriter.render(PACKAGE, CLASS,
        new RevisionHeader("0a0a0a0a0a0a", List.of(), "Two thousand tables", "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), Map.of(), null).toString();
    assertTrue(source.contains("UpgradePart2.apply(op);") && source.contains("DowngradePart2.apply(op);"),
        "a body this large is split into parts");

    Path sources = temp.resolve("src");
    Path classes = temp.resolve("classes");
    JavaSourceCompiler.compile(List.of(JavaSourceCompiler.write(sources, PACKAGE, CLASS, source)), classes);

    Migration compiled = JavaSourceCompiler.instantiate(classes, PACKAGE + "." + CLASS);
    // A table's create renders as several calls (its indexes follow it), so the schemas are compared.
    Schema upgraded = SchemaReplayer.apply(Schema.EMPTY, RecordingOperations.record(compiled::upgrade));
    assertEquivalent(target, upgraded, "replayed upgrade()");
    assertEquivalent(Schema.EMPTY, SchemaReplayer.apply(upgraded, RecordingOperations.record(compiled::downgrade)),
        "replayed downgrade()");

    DatabaseSettings database = PostgresServer.newDatabase("large_migration");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      RecordingLog log = new RecordingLog();
      MigrationSet migrations = new MigrationScanner(loader, List.of(sources), log).scan(classes, PACKAGE);
      Migrator migrator = new Migrator(migrations, log);
      migrator.upgrade(database, "head", Duration.ofSeconds(30));
      assertSameTables(expectedCatalog(target), catalog(database));
    }
  }

  /** Tables of 10 to 20 columns, half of the names their own, each with a key, an index and a foreign key. */
  private static Schema schema() {
    List<Table> tables = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      String name = "entity_" + t;
      List<Column> columns = new ArrayList<>();
      columns.add(new Column("id", "bigint", false, null));
      columns.add(new Column("parent_id", "bigint", true, null));
      int count = 10 + t % 11;
      for (int c = 2; c < count; c++) {
        String column = c % 2 == 0 ? "attribute_" + c : name + "_detail_" + c;
        String type = TYPES[(t + c) % TYPES.length];
        columns.add(new Column(column, type, c % 3 != 0, defaultOf(type)));
      }
      Table table = new Table(name, columns, List.of("id"), List.of())
          .withIndex(Index.of("ix_" + name + "_attribute_2", "attribute_2"));
      if (t > 0) {
        table = table.withForeignKey(new ForeignKey("fk_" + name + "_parent_id", List.of("parent_id"),
            "entity_" + (t - 1), List.of("id"), null, null));
      }
      tables.add(table);
    }
    return Schema.of(tables);
  }

  /** Compares table by table, naming the first tables that differ rather than printing all 2,000. */
  private static void assertSameTables(Map<String, String> expected, Map<String, String> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "the tables in pg_catalog");
    List<String> differ = expected.keySet().stream().filter(t -> !expected.get(t).equals(actual.get(t))).limit(3)
        .map(t -> t + ":\n  expected " + expected.get(t) + "\n  actual   " + actual.get(t)).toList();
    assertEquals(List.of(), differ, "columns, keys and indexes in pg_catalog");
  }

  /** Numbers start at 0 and flags false; other columns have no default. */
  private static String defaultOf(String type) {
    return type.equals("integer") ? "0" : type.equals("boolean") ? "false" : null;
  }

  /** Per table: its columns with types and nullability, then its primary key, index and foreign key. */
  private static Map<String, String> expectedCatalog(Schema schema) {
    Map<String, String> expected = new TreeMap<>();
    for (Table table : schema.tables().values()) {
      StringBuilder text = new StringBuilder();
      for (Column column : table.columns()) {
        text.append(column.name()).append(' ').append(CATALOG_NAMES.getOrDefault(column.type(), column.type())).append(column.nullable() ? "" : " not null")
            .append(column.serverDefault() == null ? "" : " default " + column.serverDefault()).append("; ");
      }
      text.append("pk ").append(String.join(",", table.primaryKey()));
      text.append("; ix ").append(table.indexes().get(0).name());
      table.foreignKeys().forEach(fk -> text.append("; fk ").append(fk.name()).append(" -> ").append(fk.referencedTable()));
      expected.put(table.name(), text.toString());
    }
    return expected;
  }

  /** The same description of every public table, read from pg_catalog. */
  private static Map<String, String> catalog(DatabaseSettings database) {
    Map<String, String> actual = new TreeMap<>();
    for (Map<String, Object> row : Db.rows(database, "SELECT c.relname,"
        + " (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
        + "     || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
        + "     || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || '; ', '' ORDER BY a.attnum)"
        + "   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + "   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)"
        + " || 'pk ' || (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_index i"
        + "   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
        + "   WHERE i.indrelid = c.oid AND i.indisprimary)"
        + " || coalesce((SELECT string_agg('; ix ' || x.relname, '' ORDER BY x.relname) FROM pg_index i"
        + "   JOIN pg_class x ON x.oid = i.indexrelid WHERE i.indrelid = c.oid AND NOT i.indisprimary), '')"
        + " || coalesce((SELECT string_agg('; fk ' || k.conname || ' -> ' || r.relname, '' ORDER BY k.conname)"
        + "   FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid WHERE k.conrelid = c.oid AND k.contype = 'f'), '')"
        + " AS description"
        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'tracetrack\\_%'")) {
      actual.put((String) row.get("relname"), (String) row.get("description"));
    }
    return actual;
  }
}
