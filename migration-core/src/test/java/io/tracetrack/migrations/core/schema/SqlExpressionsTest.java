package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions compare without false positives from spelling, and column references are found outside literals. */
class SqlExpressionsTest {

  @Test
  void sameMeaningDifferentSpelling() {
    assertTrue(SqlExpressions.same("'x'", "'x'::character varying"));
    assertTrue(SqlExpressions.same("now()", "CURRENT_TIMESTAMP"));
    assertTrue(SqlExpressions.same("0", "(0)::numeric"));
    assertTrue(SqlExpressions.same("amount > 0", "(amount > (0)::numeric)"));
    assertTrue(SqlExpressions.same("\"status\" IS NULL", "(status IS NULL)"));
    assertTrue(SqlExpressions.same("'2020-01-01'::timestamp without time zone", "'2020-01-01'"));
    assertTrue(SqlExpressions.same("TRUE", "true"));
  }

  @Test
  void differentMeaningStaysDifferent() {
    assertFalse(SqlExpressions.same("'x'", "'X'"));
    assertFalse(SqlExpressions.same("0", "1"));
    assertFalse(SqlExpressions.same("a > 0", "a >= 0"));
    assertFalse(SqlExpressions.same("\"Mixed\" > 0", "mixed > 0"));
    assertFalse(SqlExpressions.same(null, "0"));
  }

  @Test
  void mentionsAndRenamesColumnsOutsideLiterals() {
    assertTrue(SqlExpressions.mentions("amount > 0 AND currency <> 'amount'", "currency"));
    assertFalse(SqlExpressions.mentions("currency <> 'amount'", "amount"));
    assertTrue(SqlExpressions.mentions("\"amount\" > 0", "amount"));
    assertEquals("total > 0 AND note <> 'amount'", SqlExpressions.renameIdentifier("amount > 0 AND note <> 'amount'", "amount", "total"));
    assertEquals("\"Total\" > 0", SqlExpressions.renameIdentifier("\"amount\" > 0", "amount", "Total"));
  }

  @Test
  void namingConventionFitsPostgresLimit() {
    assertEquals("ix_post_user_id_created_at", NamingConvention.index("post", List.of("user_id", "created_at")));
    assertEquals("fk_order_user_id_user", NamingConvention.foreignKey("sales.order", List.of("user_id"), "user"));
    assertEquals("uq_t_a_b", NamingConvention.unique("t", List.of("a", "b")));
    assertEquals("ck_t_positive", NamingConvention.check("t", "positive"));
    String longName = NamingConvention.index("a_really_long_table_name_for_testing", List.of("first_long_column", "second_long_column"));
    assertEquals(63, longName.length());
    assertEquals(longName, NamingConvention.index("a_really_long_table_name_for_testing", List.of("first_long_column", "second_long_column")));
    assertTrue(longName.matches("ix_a_really_long_table_name_for_testing_first_long_col_[0-9a-f]{8}"), longName);
  }

  @Test
  void narrowingTypeChanges() {
    assertTrue(SqlTypes.isNarrowing("varchar(100)", "varchar(20)"));
    assertFalse(SqlTypes.isNarrowing("varchar(20)", "varchar(100)"));
    assertFalse(SqlTypes.isNarrowing("varchar(20)", "text"));
    assertTrue(SqlTypes.isNarrowing("text", "varchar(20)"));
    assertTrue(SqlTypes.isNarrowing("bigint", "integer"));
    assertFalse(SqlTypes.isNarrowing("integer", "bigint"));
    assertFalse(SqlTypes.isNarrowing("numeric(10,2)", "numeric(12,2)"));
    assertTrue(SqlTypes.isNarrowing("numeric(10,2)", "numeric(12,4)"));
    assertTrue(SqlTypes.isNarrowing("timestamp(6)", "timestamp(3)"));
    assertFalse(SqlTypes.isNarrowing("json", "jsonb"));
    assertEquals("timestamptz(3)", SqlTypes.canonical("timestamp(3) with time zone"));
    assertEquals("varchar(20)[]", SqlTypes.canonical("character varying(20)[]"));
  }
}
