package io.tracetrack.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live comparison finds each kind of drift, and none where PostgreSQL only prints things its own way. */
class LiveSchemaComparisonTest {
  private static final EnumType STATE = new EnumType("state", List.of("new", "done"));
  private static final Table USER = new Table("user",
      List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null), new Column("name", "varchar(100)", false, "'anon'"),
          new Column("email", "varchar(255)", true, null, null, "contact"), new Column("since", "timestamptz", false, "CURRENT_TIMESTAMP")),
      List.of("id"), List.of(new UniqueConstraint("user_email_key", List.of("email"))), List.of(), List.of(), List.of(), "people");
  private static final Table TASK = new Table("work.task",
      List.of(new Column("id", "bigint", false, null), new Column("user_id", "bigint", true, null),
          new Column("state", "state", false, "'new'"), new Column("cost", "numeric(10,2)", true, "0"),
          new Column("tags", "text[]", true, null)),
      List.of("id"), List.of(),
      List.of(new Index("ix_task_open", List.of(Index.IndexColumn.desc("cost")), false, null, "state = 'new' AND cost > 0"),
          new Index("ix_task_tags", List.of(Index.IndexColumn.asc("tags")), false, "gin", null)),
      List.of(new ForeignKey("fk_task_user_id_user", List.of("user_id"), "user", List.of("id"), "CASCADE", null)),
      List.of(new CheckConstraint("ck_task_cost", "cost >= 0 AND cost < 1000")), null);
  private static final Schema EXPECTED = Schema.of(List.of(USER, TASK), List.of(STATE));

  private static DatabaseSettings database;

  @BeforeAll
  static void buildTheExpectedSchema() throws Exception {
    database = PostgresServer.newDatabase("drift");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (Operation operation : SchemaDiff.between(Schema.EMPTY, EXPECTED).upgrade()) {
        for (String sql : operation.statements()) {
          statement.execute(sql);
        }
      }
    }
  }

  @Test
  void readsEveryElementBack() throws Exception {
    try (Connection connection = database.connect()) {
      Schema live = CatalogReader.read(connection, Set.of());
      Table task = live.table("work.task").orElseThrow();
      assertEquals(List.of("id"), task.primaryKey());
      assertEquals(List.of("ix_task_open", "ix_task_tags"), task.indexes().stream().map(Index::name).toList());
      assertEquals("gin", task.index("ix_task_tags").orElseThrow().method());
      assertTrue(task.index("ix_task_open").orElseThrow().columns().get(0).descending());
      assertEquals("CASCADE", task.foreignKeys().get(0).onDelete());
      assertEquals("state", task.column("state").orElseThrow().type());
      assertEquals("text[]", task.column("tags").orElseThrow().type());
      Table user = live.table("user").orElseThrow();
      assertEquals(Column.BY_DEFAULT, user.column("id").orElseThrow().identity());
      assertEquals("contact", user.column("email").orElseThrow().comment());
      assertEquals("people", user.comment());
      assertEquals(List.of(STATE), List.copyOf(live.enums().values()));
      assertEquals(Set.of("work"), live.schemas());
      // PostgreSQL's spelling, which the comparison must not count as a difference:
      assertEquals("'anon'::character varying", user.column("name").orElseThrow().serverDefault());
    }
  }

  @Test
  void noDriftWhereOnlyTheSpellingDiffers() throws Exception {
    try (Connection connection = database.connect()) {
      SchemaDrift drift = LiveSchemaComparison.compare(connection, EXPECTED, Set.of());
      assertTrue(drift.isEmpty(), drift.toString());
    }
  }

  @Test
  void findsEachKindOfDrift() throws Exception {
    assertDrift(EXPECTED.withTable(TASK.withoutIndex("ix_task_tags")), "DROP INDEX \"work\".\"ix_task_tags\"");
    assertDrift(EXPECTED.withTable(TASK.withIndex(new Index("ix_task_open", List.of(Index.IndexColumn.desc("cost")), false, null,
        "state = 'done'"))), "ix_task_open");
    assertDrift(EXPECTED.withTable(TASK.withForeignKey(new ForeignKey("fk_task_user_id_user", List.of("user_id"), "user",
        List.of("id"), "RESTRICT", null))), "fk_task_user_id_user");
    assertDrift(EXPECTED.withTable(TASK.withCheckConstraint(new CheckConstraint("ck_task_cost", "cost >= 0"))), "ck_task_cost");
    assertDrift(EXPECTED.withTable(USER.withColumn(new Column("name", "varchar(100)", false, "'anonymous'"))), "SET DEFAULT 'anonymous'");
    assertDrift(EXPECTED.withTable(USER.withColumn(new Column("id", "bigint", false, null, Column.ALWAYS, null))), "SET GENERATED ALWAYS");
    assertDrift(EXPECTED.withTable(USER.withComment("users")), "IS 'users'");
    assertDrift(EXPECTED.withEnum(new EnumType("state", List.of("new", "doing", "done"))), "doing");
    assertDrift(EXPECTED.withTable(USER.withColumn(new Column("email", "varchar(200)", true, null, null, "contact"))), "TYPE varchar(200)");
  }

  private static void assertDrift(Schema expected, String fragment) throws Exception {
    try (Connection connection = database.connect()) {
      SchemaDrift drift = LiveSchemaComparison.compare(connection, expected, Set.of());
      assertTrue(String.join("\n", drift.describe()).contains(fragment), "expected drift naming " + fragment + ", got:\n" + drift);
    }
  }
}
