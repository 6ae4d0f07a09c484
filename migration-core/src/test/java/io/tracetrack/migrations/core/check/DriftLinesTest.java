package io.tracetrack.migrations.core.check;

import static io.tracetrack.migrations.ColumnDef.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drift of every kind of schema element, each on a line that reads like the other check lines
 * ("X is in the database but not in the migrations at revision R"): words, never SQL.
 */
class DriftLinesTest {
  private static final String AT = "the migrations at revision d00000000001";
  private static final MigrationLog QUIET = MigrationLog.silent();

  private static final LoadedMigration TEAMS = TestMigrations.migration("d00000000001", List.of(), "Create teams",
      op -> {
        op.createEnumType("mood", "happy", "sad");
        op.createTable("team", column("id", "bigint").primaryKey());
        op.createTable("member", column("id", "bigint").generatedAlways().primaryKey(), column("team_id", "bigint"),
            column("score", "integer"), column("mood", "mood"));
        op.addCheckConstraint("member", "ck_member_score", "score >= 0");
        op.setTableComment("member", "People");
      },
      op -> {
        op.dropTable("member");
        op.dropTable("team");
        op.dropEnumType("mood");
      });

  @Test
  void everyKindOfDriftIsAPlainSentence() {
    DatabaseSettings db = PostgresServer.newDatabase("drift_lines");
    Migrator migrator = new Migrator(new MigrationSet(List.of(TEAMS)), QUIET);
    migrator.upgrade(db, "head", Duration.ofSeconds(10));
    Db.execute(db, "CREATE INDEX ix_member_team ON member (team_id DESC)");
    Db.execute(db, "ALTER TABLE member ADD CONSTRAINT fk_member_team FOREIGN KEY (team_id) REFERENCES team (id)");
    Db.execute(db, "ALTER TABLE member DROP CONSTRAINT ck_member_score");
    Db.execute(db, "ALTER TABLE team ADD CONSTRAINT ck_team_id CHECK (id > 0)");
    Db.execute(db, "COMMENT ON TABLE member IS 'Members'");
    Db.execute(db, "COMMENT ON COLUMN team.id IS 'Team number'");
    Db.execute(db, "ALTER TYPE mood ADD VALUE 'calm'");
    Db.execute(db, "ALTER TABLE member ALTER COLUMN id DROP IDENTITY");

    CheckReport report = migrator.check(new Snapshot(migrator.migrations().schemaAt(null), Map.of()), db);
    List<String> lines = report.differences(Kind.DRIFT).stream().map(Difference::text).sorted().toList();
    assertEquals(List.of(
        "check constraint \"ck_team_id\" on \"team\" (id > 0) is in the database but not in " + AT,
        "column \"member\".\"id\" is not an identity column in the database but an identity column (generated always)"
            + " in " + AT,
        "column \"team\".\"id\" has comment 'Team number' in the database but no comment in " + AT,
        "constraint \"ck_member_score\" on \"member\" is in " + AT + " but not in the database",
        "foreign key \"fk_member_team\" on \"member\" (\"team_id\") referencing \"team\" (\"id\") is in the database"
            + " but not in " + AT,
        "index \"ix_member_team\" on \"member\" (\"team_id\" DESC) is in the database but not in " + AT,
        "table \"member\" has comment 'Members' in the database but comment 'People' in " + AT,
        "value 'calm' of enum type \"mood\" is in the database but not in " + AT),
        lines, report.render());
    for (String line : lines) {
      for (String sql : new String[] {"ALTER ", "CREATE ", "DROP ", "COMMENT ON", "differ"}) {
        assertFalse(line.contains(sql), "SQL in a drift line: " + line);
      }
    }
  }
}
