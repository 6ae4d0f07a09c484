package io.tracetrack.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.introspect.LiveSchemaComparison;
import io.tracetrack.migrations.core.introspect.SchemaDrift;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The control: a schema using every column option (identity with options, serials in two schemas,
 * generated columns, collations, arrays, nextval defaults, a check named as written) with no
 * change gives no operation: not offline, not against the live database it built, not after a
 * snapshot's JSON round trip.
 */
class ColumnOptionsControlTest {

  private static Schema rich() {
    Table tagged = new Table("sales.tagged", List.of(ColumnOptionCorpus.serial("sales.tagged", "id", "bigint"),
        ColumnOptionCorpus.collated("label", "varchar(30)", "POSIX")), List.of("id"), List.of());
    return Schema.of(List.of(ColumnOptionCorpus.rich(), tagged)).withSchemas(Set.of("sales"));
  }

  @Test
  void noChangeIsNoOperationOfflineAndLive() throws Exception {
    Schema rich = rich();
    List<Operation> build = SchemaDiff.between(Schema.EMPTY, rich).upgrade();
    Schema replayed = SchemaReplayer.apply(Schema.EMPTY, build);
    assertTrue(SchemaDiff.between(replayed, rich).isEmpty(), SchemaDiff.between(replayed, rich).upgrade().toString());
    DatabaseSettings database = PostgresServer.newDatabase("control");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (Operation operation : build) {
        for (String sql : operation.statements()) {
          statement.execute(sql);
        }
      }
      SchemaDrift drift = LiveSchemaComparison.compare(connection, rich, Set.of());
      assertTrue(drift.isEmpty(), "drift:\n" + drift);
    }
  }

  @Test
  void snapshotJsonKeepsEveryOption() {
    Snapshot snapshot = new Snapshot(rich(), Map.of());
    String json = snapshot.toJson();
    Snapshot read = Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    assertEquals(snapshot.schema(), read.schema());
    assertEquals(json, read.toJson());
    assertTrue(json.contains("\"format\" : 4"), json);
  }
}
