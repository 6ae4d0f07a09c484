package io.tracetrack.migrations.core.sql;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        PostgresSql.statements(new Operation.CreateTable(
            table(table, List.of(notNull(column, "integer")), List.of(column), unique("u \"1\"", column)))));
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ADD COLUMN \"qty ü\" text CONSTRAINT \"order \"\"items\"\"_qty ü_key\" UNIQUE"),
        PostgresSql.statements(new Operation.AddColumn(table, col(column, "text"), true)));
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ALTER COLUMN \"qty ü\" TYPE bigint USING \"qty ü\"::bigint"),
        PostgresSql.statements(new Operation.AlterColumnType(table, column, "bigint")));
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" ADD CONSTRAINT \"order \"\"items\"\"_pkey\" PRIMARY KEY (\"qty ü\")"),
        PostgresSql.statements(new Operation.AddPrimaryKey(table, List.of(column))));
    assertEquals(List.of("ALTER TABLE \"order \"\"items\"\"\" DROP CONSTRAINT \"u \"\"1\"\"\""),
        PostgresSql.statements(new Operation.DropConstraint(table, "u \"1\"")));
    assertEquals(List.of("DROP TABLE \"order \"\"items\"\"\""), PostgresSql.statements(new Operation.DropTable(table)));
  }
}
