package io.tracetrack.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.Db;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;

/** A hinted rename keeps the rows, both ways; without a hint the same change is a drop and an add, flagged. */
class RenameKeepsDataTest {
  private static final Table BEFORE = new Table("post", List.of(new Column("id", "bigint", false, null),
      new Column("title", "text", true, null)), List.of("id"), List.of()).withIndex(Index.of("ix_post_title", "title"));
  private static final Table AFTER = new Table("article", List.of(new Column("id", "bigint", false, null),
      new Column("headline", "text", true, null)), List.of("id"), List.of()).withIndex(Index.of("ix_article_headline", "headline"));

  @Test
  void renamedTableAndColumnKeepTheirRows() throws Exception {
    Schema a = Schema.of(List.of(BEFORE));
    Schema b = Schema.of(List.of(AFTER));
    RenameHints hints = new RenameHints(Map.of("article", "post"), Map.of("article", Map.of("headline", "title")));
    SchemaDiff diff = SchemaDiff.between(a, b, hints);
    assertTrue(diff.warnings().isEmpty(), diff.warnings().toString());
    DatabaseSettings database = PostgresServer.newDatabase("rename");
    run(database, SchemaDiff.between(Schema.EMPTY, a).upgrade());
    Db.execute(database, "INSERT INTO post (id, title) VALUES (1, 'kept')");
    List<String> formOfA = normalForm(database);
    DatabaseSettings fromNothing = PostgresServer.newDatabase("rename_b");
    run(fromNothing, SchemaDiff.between(Schema.EMPTY, b).upgrade());
    run(database, diff.upgrade());
    assertEquals(List.of("kept"), Db.strings(database, "SELECT headline FROM article WHERE id = 1"));
    // Renamed in place, the table prints as B built from nothing: its key and index names followed.
    CatalogNormalForm.assertSame(normalForm(fromNothing), normalForm(database), "after the renames");
    try (Connection connection = database.connect()) {
      assertTrue(LiveSchemaComparison.compare(connection, b, Set.of()).isEmpty());
    }
    run(database, diff.downgrade());
    assertEquals(List.of("kept"), Db.strings(database, "SELECT title FROM post WHERE id = 1"));
    CatalogNormalForm.assertSame(formOfA, normalForm(database), "renamed back");
    try (Connection connection = database.connect()) {
      SchemaDrift drift = LiveSchemaComparison.compare(connection, a, Set.of());
      assertTrue(drift.isEmpty(), drift.toString());
    }
  }

  @Test
  void withoutAHintItIsADropAndAnAddFlaggedAsDataLoss() {
    SchemaDiff diff = SchemaDiff.between(Schema.of(List.of(BEFORE)), Schema.of(List.of(AFTER)));
    assertEquals(List.of("Drops table \"post\" and all its rows"), diff.warnings());
    assertTrue(diff.upgrade().contains(new TableOperation.DropTable("post")));
  }

  private static List<String> normalForm(DatabaseSettings database) throws Exception {
    try (Connection connection = database.connect()) {
      return CatalogNormalForm.read(connection);
    }
  }

  private static void run(DatabaseSettings database, List<Operation> operations) throws Exception {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (Operation operation : operations) {
        for (String sql : operation.statements()) {
          statement.execute(sql);
        }
      }
    }
  }
}
