package io.tracetrack.migrations.core.introspect;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Types compare by meaning: a table written with PostgreSQL's long names and aliases, built by
 * psql-style DDL on a real server, shows no drift against the model's short spellings; widenings
 * are not labelled narrowing.
 */
class TypesByMeaningTest {

  @Test
  void aliasesAndLongNamesAreOneType() throws Exception {
    DatabaseSettings database = PostgresServer.newDatabase("types");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE spelled (a timestamp(3) with time zone, b int4, c character varying(20), d bool,"
          + " e float8, f decimal(10,2), g time(2) without time zone, h int8[], i character(3))");
      Schema expected = Schema.of(List.of(new Table("spelled", List.of(col("a", "timestamptz(3)"), col("b", "integer"),
          col("c", "varchar(20)"), col("d", "boolean"), col("e", "double precision"), col("f", "numeric(10,2)"),
          col("g", "time(2)"), col("h", "bigint[]"), col("i", "char(3)")), List.of(), List.of())));
      SchemaDrift drift = LiveSchemaComparison.compare(connection, expected, Set.of());
      assertTrue(drift.isEmpty(), "drift:\n" + drift);
    }
  }

  @Test
  void wideningsAreNotLabelledNarrowing() {
    Table before = new Table("price", List.of(col("amount", "numeric(10,2)"), col("label", "varchar(40)"),
        col("at", "timestamptz(3)")), List.of(), List.of());
    Table after = new Table("price", List.of(col("amount", "numeric(14,2)"), col("label", "text"),
        col("at", "timestamp(6) with time zone")), List.of(), List.of());
    SchemaDiff diff = SchemaDiff.between(Schema.of(List.of(before)), Schema.of(List.of(after)));
    assertEquals(3, diff.upgrade().size(), diff.upgrade().toString());
    assertEquals(List.of(), diff.warnings());
    assertEquals(3, diff.downgradeWarnings().size(), "the downgrade narrows all three: " + diff.downgradeWarnings());
  }
}
