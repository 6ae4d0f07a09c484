package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int4                         | integer",
      "INT                          | integer",
      "int                          | integer",
      "Integer                      | integer",
      "int8                         | bigint",
      "int2                         | smallint",
      "bool                         | boolean",
      "float8                       | double precision",
      "float4                       | real",
      "character varying(20)        | varchar(20)",
      "CHARACTER VARYING ( 20 )     | varchar(20)",
      "varchar(255)                 | varchar(255)",
      "character varying            | varchar",
      "timestamp with time zone     | timestamptz",
      "timestamp   without  time zone | timestamp",
      "time with time zone          | timetz",
      "decimal(10, 2)               | numeric(10,2)",
      "numeric( 19 , 2 )            | numeric(19,2)",
      "character(3)                 | char(3)",
      "text[]                       | text[]",
      "int4[]                       | integer[]",
      "character varying(20)[]      | varchar(20)[]",
      "double precision             | double precision",
      "jsonb                        | jsonb",
  })
  void canonicalResolvesAliasesCaseAndSpacing(String type, String expected) {
    assertEquals(expected, SqlTypes.canonical(type));
  }

  @Test
  void canonicalIsIdempotent() {
    for (String type : new String[] {"int4", "decimal(10, 2)", "timestamp with time zone", "text[]", "character varying(20)"}) {
      String once = SqlTypes.canonical(type);
      assertEquals(once, SqlTypes.canonical(once), type);
    }
  }

  @Test
  void canonicalRejectsAnEmptyType() {
    assertThrows(IllegalArgumentException.class, () -> SqlTypes.canonical("   "));
    // Asked again, it is refused again: a refusal is never remembered as an answer.
    assertThrows(IllegalArgumentException.class, () -> SqlTypes.canonical("   "));
  }

  @Test
  void canonicalAnswersTheSameWhenAskedAgain() {
    // Answers are remembered by spelling: each spelling keeps its own, right, answer.
    for (int round = 0; round < 2; round++) {
      assertEquals("varchar(20)", SqlTypes.canonical("Character  Varying ( 20 )"));
      assertEquals("varchar(20)", SqlTypes.canonical("varchar(20)"));
      assertEquals("integer[]", SqlTypes.canonical("INT4[]"));
      assertEquals("timestamptz(3)", SqlTypes.canonical("timestamp(3) with time zone"));
    }
  }
}
