package io.tracetrack.migrations.core.sql;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;
import io.tracetrack.migrations.core.operation.RawOperation;

/** The exact statements for every operation. */
class PostgresSqlTest {

  private static String sql(Operation operation) {
    List<String> statements = operation.statements();
    assertEquals(1, statements.size(), statements.toString());
    return statements.get(0);
  }

  @Test
  void createTableWithKeyDefaultsAndUniqueConstraints() {
    Operation create = new TableOperation.CreateTable(table("user",
        List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("email", "varchar(255)"),
            new Column("active", "boolean", false, "true")),
        List.of("id"), unique("user_email_key", "email"), unique("user_name_active_key", "name", "active")));
    assertEquals("CREATE TABLE \"user\" (\n"
        + "    \"id\" bigint NOT NULL,\n"
        + "    \"name\" varchar(100) NOT NULL,\n"
        + "    \"email\" varchar(255),\n"
        + "    \"active\" boolean DEFAULT true NOT NULL,\n"
        + "    CONSTRAINT \"user_pkey\" PRIMARY KEY (\"id\"),\n"
        + "    CONSTRAINT \"user_email_key\" UNIQUE (\"email\"),\n"
        + "    CONSTRAINT \"user_name_active_key\" UNIQUE (\"name\", \"active\")\n"
        + ")", sql(create));
  }

  @Test
  void createTableWithoutKeyAndCompositeKey() {
    assertEquals("CREATE TABLE \"log\" (\n    \"line\" text\n)",
        sql(new TableOperation.CreateTable(table("log", List.of(col("line", "text")), List.of()))));
    assertEquals("CREATE TABLE \"m\" (\n"
        + "    \"a\" integer NOT NULL,\n"
        + "    \"b\" integer NOT NULL,\n"
        + "    CONSTRAINT \"m_pkey\" PRIMARY KEY (\"b\", \"a\")\n"
        + ")",
        sql(new TableOperation.CreateTable(table("m", List.of(notNull("a", "int"), notNull("b", "int4")), List.of("b", "a")))));
  }

  @Test
  void dropTable() {
    assertEquals("DROP TABLE \"user\"", sql(new TableOperation.DropTable("user")));
  }

  @Test
  void addColumn() {
    assertEquals("ALTER TABLE \"user\" ADD COLUMN \"last_login\" timestamp",
        sql(new ColumnOperation.AddColumn("user", col("last_login", "timestamp without time zone"), false)));
    assertEquals("ALTER TABLE \"user\" ADD COLUMN \"visits\" integer DEFAULT 0 NOT NULL",
        sql(new ColumnOperation.AddColumn("user", new Column("visits", "integer", false, "0"), false)));
  }

  @Test
  void addUniqueColumnNamesItsConstraint() {
    assertEquals("ALTER TABLE \"user\" ADD COLUMN \"handle\" text CONSTRAINT \"user_handle_key\" UNIQUE",
        sql(new ColumnOperation.AddColumn("user", col("handle", "text"), true)));
  }

  @Test
  void dropColumn() {
    assertEquals("ALTER TABLE \"user\" DROP COLUMN \"email\"", sql(new ColumnOperation.DropColumn("user", "email")));
  }

  @Test
  void alterColumnTypeConvertsExistingValues() {
    assertEquals("ALTER TABLE \"user\" ALTER COLUMN \"age\" TYPE bigint USING \"age\"::bigint",
        sql(new ColumnOperation.AlterColumnType("user", "age", "bigint")));
  }

  @Test
  void alterColumnNullable() {
    assertEquals("ALTER TABLE \"user\" ALTER COLUMN \"email\" SET NOT NULL",
        sql(new ColumnOperation.AlterColumnNullable("user", "email", false)));
    assertEquals("ALTER TABLE \"user\" ALTER COLUMN \"email\" DROP NOT NULL",
        sql(new ColumnOperation.AlterColumnNullable("user", "email", true)));
  }

  @Test
  void alterColumnServerDefault() {
    assertEquals("ALTER TABLE \"user\" ALTER COLUMN \"created\" SET DEFAULT now()",
        sql(new ColumnOperation.AlterColumnServerDefault("user", "created", "now()")));
    assertEquals("ALTER TABLE \"user\" ALTER COLUMN \"created\" DROP DEFAULT",
        sql(new ColumnOperation.AlterColumnServerDefault("user", "created", null)));
  }

  @Test
  void addPrimaryKey() {
    assertEquals("ALTER TABLE \"user\" ADD CONSTRAINT \"user_pkey\" PRIMARY KEY (\"tenant\", \"id\")",
        sql(new ConstraintOperation.AddPrimaryKey("user", List.of("tenant", "id"))));
  }

  @Test
  void addUniqueConstraint() {
    assertEquals("ALTER TABLE \"user\" ADD CONSTRAINT \"user_name_email_key\" UNIQUE (\"name\", \"email\")",
        sql(new ConstraintOperation.AddUniqueConstraint("user", unique("user_name_email_key", "name", "email"))));
  }

  @Test
  void dropConstraint() {
    assertEquals("ALTER TABLE \"user\" DROP CONSTRAINT \"user_email_key\"",
        sql(new ConstraintOperation.DropConstraint("user", "user_email_key")));
    assertEquals("ALTER TABLE \"user\" DROP CONSTRAINT \"user_pkey\"",
        sql(new ConstraintOperation.DropConstraint("user", "user_pkey")));
  }

  @Test
  void executeSqlIsPassedAsWritten() {
    assertEquals("UPDATE \"user\" SET name = 'x' WHERE id = 1",
        sql(new RawOperation.ExecuteSql("UPDATE \"user\" SET name = 'x' WHERE id = 1")));
  }

  @Test
  void literalDoublesSingleQuotes() {
    assertEquals("'it''s'", PostgresSql.literal("it's"));
    assertEquals("''", PostgresSql.literal(""));
  }
}
