package io.tracetrack.migrations.core.sql;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.tracetrack.migrations.core.operation.TableOperation;
import io.tracetrack.migrations.core.operation.ColumnOperation;
import io.tracetrack.migrations.core.operation.ConstraintOperation;

/** Every identifier is quoted, whatever it holds. */
class PostgresSqlQuotingTest {

  @Test
  void reservedWordsAreQuoted() {
    assertEquals("\"user\"", PostgresSql.quote("user"));
    assertEquals("\"select\"", PostgresSql.quote("select"));
    assertEquals("\"order\"", PostgresSql.quote("order"));
  }

  @Test
  void mixedCaseIsKept() {
    assertEquals("\"UserAccount\"", PostgresSql.quote("UserAccount"));
  }

  @Test
  void embeddedDoubleQuotesAreDoubled() {
    assertEquals("\"a\"\"b\"", PostgresSql.quote("a\"b"));
    assertEquals("\"x\"\"; DROP TABLE y; --\"", PostgresSql.quote("x\"; DROP TABLE y; --"));
  }

  @Test
  void unicodeAndSpacesPassThroughInsideTheQuotes() {
    assertEquals("\"naïve café\"", PostgresSql.quote("naïve café"));
    assertEquals("\"日本語 テーブル\"", PostgresSql.quote("日本語 テーブル"));
    assertEquals("\" lead and trail \"", PostgresSql.quote(" lead and trail "));
  }

  @Test
  void nulCharacterIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PostgresSql.quote("a\0b"));
  }

  @Test
  void oddNamesAreQuotedInEveryStatementPosition() {
    String table = "order \"items\"";
    String column = "qty ü";
    assertEquals(List.of("CREATE TABLE \"order \"\"items\"\"\" (\n"
            + "    \"qty ü\" integer NOT NULL,\n"
            + "    CONSTRAINT \"order \"\"items\"\"_pkey\" PRIMARY KEY (\"qty ü\"),\n"
            + "    CONSTRAINT \"u \"\"1\"\"\" UNIQUE (\"qty ü\")\n"
            + ")"),
        new TableOperation.CreateTable(
            table(table, List.of(notNull(column, "integer")), List.of(column), unique("u \"1\"", column))).statements());
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ADD COLUMN \"qty ü\" text CONSTRAINT \"order \"\"items\"\"_qty ü_key\" UNIQUE"),
        (new ColumnOperation.AddColumn(table, col(column, "text"), true)).statements());
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ALTER COLUMN \"qty ü\" TYPE bigint USING \"qty ü\"::bigint"),
        (new ColumnOperation.AlterColumnType(table, column, "bigint")).statements());
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ADD CONSTRAINT \"order \"\"items\"\"_pkey\" PRIMARY KEY (\"qty ü\")"),
        (new ConstraintOperation.AddPrimaryKey(table, List.of(column))).statements());
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" DROP CONSTRAINT \"u \"\"1\"\"\""),
        (new ConstraintOperation.DropConstraint(table, "u \"1\"")).statements());
    assertEquals(List.of("DROP TABLE \"order \"\"items\"\"\""), (new TableOperation.DropTable(table)).statements());
  }
}
