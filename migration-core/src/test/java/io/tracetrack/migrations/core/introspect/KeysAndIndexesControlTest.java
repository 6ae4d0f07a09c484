package io.tracetrack.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Controls: a schema that uses every foreign-key option, index key and option, unique nulls not
 * distinct and enum, built on a real PostgreSQL, produces no operation when nothing changes: not
 * against itself, not after its snapshot is written and read, not after its migration is replayed,
 * not against the live database read back (either way round), and not with rename hints already
 * applied.
 */
class KeysAndIndexesControlTest {
  private static final EnumType MOOD = new EnumType("mood", List.of("sad", "ok", "happy"));
  private static final Table ACCOUNT = new Table("account",
      List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null), new Column("email", "varchar(255)", false, null),
          new Column("name", "text", true, null), new Column("slug", "varchar(200)", true, null),
          new Column("tenant_id", "integer", true, null), new Column("tenant_region", "varchar(10)", true, null),
          new Column("parent_id", "bigint", true, null), new Column("data", "jsonb", true, null),
          new Column("tags", "text[]", true, null), new Column("created_at", "timestamp", true, "now()"),
          new Column("area", "box", true, null), new Column("mood", "mood", true, "'ok'::mood")),
      List.of("id"), List.of(new UniqueConstraint("uq_account_tenant_id_slug", List.of("tenant_id", "slug"), true)),
      List.of(
          new Index("ux_account_lower_email", List.of(IndexColumn.expression("lower(email)")), true, null, null),
          new Index("ix_account_recent", List.of(new IndexColumn("created_at", true, "LAST", null, false),
              new IndexColumn("name", false, "FIRST", null, false)), false, null, "created_at > '2020-01-01'", List.of("email", "slug")),
          new Index("ix_account_slug", List.of(new IndexColumn("slug", false, null, "varchar_pattern_ops", false)), false, null, null),
          new Index("ix_account_words", List.of(new IndexColumn("(name || ' ' || slug)", true, null, "text_pattern_ops", true)),
              false, null, null),
          new Index("ix_account_data", List.of(new IndexColumn("data", false, null, "jsonb_path_ops", false)), false, "gin", null),
          new Index("ix_account_tags", List.of(IndexColumn.asc("tags")), false, "gin", null),
          new Index("ix_account_created_brin", List.of(IndexColumn.asc("created_at")), false, "brin", null),
          new Index("ix_account_area", List.of(IndexColumn.asc("area")), false, "gist", null),
          new Index("ix_account_email_hash", List.of(IndexColumn.asc("email")), false, "hash", null)),
      List.of(
          new ForeignKey("fk_account_tenant", List.of("tenant_id", "tenant_region"), "archive.tenant", List.of("id", "region"),
              "CASCADE", "CASCADE", ForeignKey.MATCH_FULL, true, true),
          new ForeignKey("fk_account_parent", List.of("parent_id"), "account", List.of("id"), "SET NULL", "RESTRICT",
              ForeignKey.MATCH_SIMPLE, true, false)),
      List.of(), null);
  private static final Table TENANT = new Table("archive.tenant",
      List.of(new Column("id", "integer", false, null), new Column("region", "varchar(10)", false, null)),
      List.of("id", "region"), List.of());
  private static final Schema RICH = Schema.of(List.of(ACCOUNT, TENANT), List.of(MOOD));

  private static DatabaseSettings database;

  @BeforeAll
  static void buildTheRichSchema() throws Exception {
    database = PostgresServer.newDatabase("keys_control");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (Operation operation : SchemaDiff.between(Schema.EMPTY, RICH).upgrade()) {
        for (String sql : operation.statements()) {
          statement.execute(sql);
        }
      }
    }
  }

  @Test
  void offlineNothingChangesGivesNoOperation() {
    assertEquals(List.of(), SchemaDiff.between(RICH, RICH).upgrade());
    Snapshot written = new Snapshot(RICH, Map.of());
    Schema read = Snapshot.read(new ByteArrayInputStream(written.toJson().getBytes(StandardCharsets.UTF_8)), "rich").schema();
    assertEquals(RICH, read);
    Schema replayed = SchemaReplayer.apply(Schema.EMPTY, SchemaDiff.between(Schema.EMPTY, RICH).upgrade());
    assertEquals(List.of(), SchemaDiff.between(replayed, RICH).upgrade());
    assertEquals(List.of(), SchemaDiff.between(RICH, replayed).upgrade());
  }

  @Test
  void renameHintsAlreadyAppliedGiveNoOperation() {
    RenameHints applied = new RenameHints(Map.of("archive.tenant", "tenant"), Map.of(),
        Map.of("account", Map.of("ix_account_slug", "ix_account_old_slug")),
        Map.of("account", Map.of("uq_account_tenant_id_slug", "uq_old")), Map.of("mood", "feeling"),
        Map.of("mood", Map.of("ok", "fine")));
    assertEquals(List.of(), SchemaDiff.between(RICH, RICH, applied).upgrade());
  }

  @Test
  void theLiveSchemaShowsNoDriftEitherWayRound() throws Exception {
    try (Connection connection = database.connect()) {
      SchemaDrift drift = LiveSchemaComparison.compare(connection, RICH, Set.of());
      assertTrue(drift.isEmpty(), "drift on an unchanged schema:\n" + drift + "\nlive: " + drift.live());
      assertEquals(List.of(), SchemaDiff.between(drift.expected(), drift.live()).upgrade());
      Table live = drift.live().table("account").orElseThrow();
      assertEquals(RICH.table("account").orElseThrow().foreignKeys(), live.foreignKeys());
      assertEquals(RICH.table("account").orElseThrow().uniqueConstraints(), live.uniqueConstraints());
    }
  }
}
