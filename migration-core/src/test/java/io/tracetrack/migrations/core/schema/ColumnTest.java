package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "int; drop table x",
      "int); DROP TABLE users; --",
      "varchar(10) DEFAULT 'x'",
      "text -- comment",
      "int/*x*/",
      "\"quoted\"",
      "numeric(10,2,3)",
      "varchar(abc)",
      "9int",
      "",
      "   ",
  })
  void checkedTypeRejectsAnythingButATypeName(String type) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Column.checkedType(type));
    assertTrue(e.getMessage().contains("is not a valid SQL type name"), e.getMessage());
  }

  @Test
  void checkedTypeRejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Column.checkedType(null));
  }

  @Test
  void checkedTypeAcceptsPlainTypesAndReturnsTheirCanonicalForm() {
    assertEquals("varchar(50)", Column.checkedType("varchar(50)"));
    assertEquals("numeric(10,2)", Column.checkedType("numeric(10, 2)"));
    assertEquals("double precision", Column.checkedType("double precision"));
    assertEquals("text[]", Column.checkedType("text[]"));
    assertEquals("timestamptz", Column.checkedType("timestamp with time zone"));
    assertEquals("integer", Column.checkedType(" INT4 "));
  }

  @Test
  void constructorCanonicalisesTheTypeAndTreatsABlankDefaultAsNone() {
    Column column = new Column("n", "INT4", true, "  ");
    assertEquals("integer", column.type());
    assertNull(column.serverDefault());
    assertEquals(new Column("n", "integer", true, null), column);
  }

  @Test
  void withMethodsChangeOneThing() {
    Column column = new Column("n", "integer", true, null);
    assertEquals(new Column("n", "bigint", true, null), column.withType("int8"));
    assertEquals(new Column("n", "integer", false, null), column.withNullable(false));
    assertEquals(new Column("n", "integer", true, "0"), column.withServerDefault("0"));
  }
}
