package io.tracetrack.migrations.core.runner;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static io.tracetrack.migrations.core.testsupport.TestMigrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation, with reserved words, quotes, spaces and unicode in its names, runs on PostgreSQL,
 * and after each step the schema read back from pg_catalog is the one replay computes offline.
 */
class SqlMatchesReplayTest {
  private static final String ODD = "Ünïcode \"odd\" table";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private static final List<LoadedMigration> MIGRATIONS = List.of(
      migration("000000000001", List.of(), "Create user",
          op -> op.createTable("user",
              column("id", "bigint").primaryKey(),
              column("name", "varchar(100)").notNull(),
              column("email", "varchar(255)").unique(),
              column("created", "timestamp with time zone").notNull().serverDefault("now()")),
          op -> op.dropTable("user")),
      migration("000000000002", List.of("000000000001"), "Create odd table",
          op -> {
            op.createTable(ODD, column("select", "integer").notNull(), column("two words", "numeric(10, 2)"),
                column("tags", "text[]"));
            op.createPrimaryKey(ODD, "select");
            op.addUniqueConstraint(ODD, "odd uq", "two words", "select");
          },
          op -> op.dropTable(ODD)),
      migration("000000000003", List.of("000000000002"), "Alter columns",
          op -> {
            op.addColumn("user", column("visits", "integer").notNull().serverDefault("0"));
            op.addColumn("user", column("handle", "text").unique());
            op.alterColumnType("user", "name", "text");
            op.alterColumnNullable("user", "email", false);
            op.alterColumnServerDefault("user", "visits", "1");
            op.alterColumnServerDefault("user", "created", null);
          },
          op -> {
            op.alterColumnServerDefault("user", "created", "now()");
            op.alterColumnNullable("user", "email", true);
            op.alterColumnType("user", "name", "varchar(100)");
            op.dropColumn("user", "handle");
            op.dropColumn("user", "visits");
          }),
      migration("000000000004", List.of("000000000003"), "Drop constraints",
          op -> {
            op.dropConstraint("user", "user_email_key");
            op.dropConstraint(ODD, ODD + "_pkey");
            op.execute("INSERT INTO \"user\" (id, name, email, created) VALUES (1, 'x', 'y', now())");
          },
          op -> {
            op.execute("DELETE FROM \"user\"");
            op.createPrimaryKey(ODD, "select");
            op.addUniqueConstraint("user", "user_email_key", "email");
          }),
      migration("000000000005", List.of("000000000004"), "Scratch table",
          op -> {
            op.createTable("scratch", column("x", "text"));
            op.addColumn("scratch", column("y", "int4[]"));
            op.dropTable("scratch");
          },
          op -> { }));

  @Test
  void databaseSchemaEqualsTheReplayedSchemaAfterEveryStepBothWays() {
    DatabaseSettings database = PostgresServer.newDatabase("sql_replay");
    MigrationSet set = new MigrationSet(MIGRATIONS);
    Migrator migrator = new Migrator(set, MigrationLog.console());

    for (int step = 1; step <= MIGRATIONS.size(); step++) {
      migrator.upgrade(database, "+1", LOCK_TIMEOUT);
      Set<String> heads = new TreeSet<>(Db.versions(database));
      assertEquals(Set.of(MIGRATIONS.get(step - 1).info().id()), heads);
      assertEquivalent(set.schemaAt(heads), Db.schema(database), "after upgrade " + step);
    }
    assertEquals(List.of("1"), Db.strings(database, "SELECT count(*) FROM \"user\""));

    for (int step = MIGRATIONS.size() - 1; step >= 1; step--) {
      migrator.downgrade(database, "-1", LOCK_TIMEOUT);
      Set<String> heads = new TreeSet<>(Db.versions(database));
      assertEquals(Set.of(MIGRATIONS.get(step - 1).info().id()), heads);
      assertEquivalent(set.schemaAt(heads), Db.schema(database), "after downgrade to " + step);
    }
    migrator.downgrade(database, "base", LOCK_TIMEOUT);
    assertEquivalent(Schema.EMPTY, Db.schema(database), "at base");
  }
}
