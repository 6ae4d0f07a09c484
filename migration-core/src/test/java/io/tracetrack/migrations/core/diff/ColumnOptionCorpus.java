package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.diff.ChangeCorpus.c;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.cols;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.replace;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.s;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.without;
import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;

import io.tracetrack.migrations.core.diff.ChangeCorpus.Case;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;

/**
 * Corpus cases for what a column is beyond its type: identity options, serial columns (an owned
 * sequence and its {@code nextval} default), generated columns, collations, check constraints
 * named as written. Part of {@link ChangeCorpus#cases()}.
 */
final class ColumnOptionCorpus {

  private ColumnOptionCorpus() {}

  static final IdentityOptions THOUSANDS = new IdentityOptions(1000L, 10L, null, 9_999_999L, 20L, null);
  static final IdentityOptions CYCLING = new IdentityOptions(5L, 5L, 5L, 500L, null, true);

  static Column identity(String name, String type, String kind, IdentityOptions options) {
    return new Column(name, type, false, null, kind, null, options, null, null, null);
  }

  /** A column as {@code serial} (or {@code bigserial}) makes it in {@code table}. */
  static Column serial(String table, String name, String type) {
    OwnedSequence sequence = OwnedSequence.forSerial(table, name, type);
    return new Column(name, type, false, sequence.nextval(table), null, null, null, null, null, sequence);
  }

  static Column generated(String name, String type, String expression) {
    return new Column(name, type, true, null, null, null, null, expression, null, null);
  }

  static Column collated(String name, String type, String collation) {
    return new Column(name, type, true, null, null, null, null, null, collation, null);
  }

  static List<Case> cases() {
    Table event = new Table("event", List.of(identity("id", "bigint", "always", null), col("at", "timestamptz")),
        List.of("id"), List.of());
    Table ledger = new Table("ledger", List.of(serial("ledger", "id", "integer"), col("note", "text")),
        List.of("id"), List.of());
    Table line = new Table("line", List.of(notNull("id", "bigint"), notNull("price", "numeric(10,2)"),
        notNull("qty", "integer")), List.of("id"), List.of());
    Table word = new Table("word", List.of(notNull("id", "bigint"), col("text", "varchar(50)")), List.of("id"), List.of());
    Table tagged = new Table("sales.tagged", List.of(serial("sales.tagged", "id", "bigint"), col("label", "text")),
        List.of("id"), List.of());
    return List.of(
        // identity options
        c("identity options: new table", s(), s(replace(event, identity("id", "bigint", "always", THOUSANDS)))),
        c("identity options: changed", s(replace(event, identity("id", "bigint", "always", THOUSANDS))),
            s(replace(event, identity("id", "bigint", "always", CYCLING)))),
        c("identity options: set on an existing identity", s(event),
            s(replace(event, identity("id", "bigint", "by default", THOUSANDS)))),
        c("identity options: identity with options dropped", s(replace(event, identity("id", "bigint", "always", CYCLING))),
            s(replace(event, notNull("id", "bigint")))),
        c("identity options: identity with options added to a plain column", s(line),
            s(replace(line, identity("id", "bigint", "by default", CYCLING)))),

        // serial columns
        c("serial: new table", s(), s(ledger)),
        c("serial: column added and dropped", s(line), s(cols(line, serial("line", "seq", "integer")))),
        c("serial: dropped", s(cols(line, serial("line", "seq", "integer"))), s(line)),
        c("serial: widened to bigserial", s(ledger), s(replace(ledger, serial("ledger", "id", "bigint")))),
        c("serial: becomes an identity", s(ledger), s(replace(ledger, identity("id", "integer", "by default", null)))),
        c("serial: table renamed", s(ledger),
            s(new Table("journal", List.of(serial("journal", "id", "integer"), col("note", "text")), List.of("id"), List.of())),
            new RenameHints(Map.of("journal", "ledger"), Map.of())),
        c("serial: in another schema", s(), s(tagged)),

        // generated columns
        c("generated: column added", s(line), s(cols(line, generated("total", "numeric(12,2)", "price * qty")))),
        c("generated: column dropped", s(cols(line, generated("total", "numeric(12,2)", "price * qty"))), s(line)),
        c("generated: expression changes", s(cols(line, generated("total", "numeric(12,2)", "price * qty"))),
            s(cols(line, generated("total", "numeric(12,2)", "price * qty * 1.2")))),
        c("generated: expression dropped, values kept", s(cols(line, generated("total", "numeric(12,2)", "price * qty"))),
            s(cols(line, col("total", "numeric(12,2)")))),
        c("generated: plain column becomes generated", s(cols(line, col("total", "numeric(12,2)"))),
            s(cols(line, generated("total", "numeric(12,2)", "price * qty")))),
        c("generated: new table with one", s(), s(cols(line, generated("total", "numeric(12,2)", "price * qty")))),
        // PostgreSQL drops what is built on a column it drops: the diff makes it again
        c("generated: expression changes, its index, unique, check and expression index kept",
            s(onTotal(cols(line, generated("total", "numeric(12,2)", "price * qty")))),
            s(onTotal(cols(line, generated("total", "numeric(12,2)", "price * qty * 1.2"))))),
        c("generated: plain column becomes generated, its index, unique, check and expression index kept",
            s(onTotal(cols(line, col("total", "numeric(12,2)")))),
            s(onTotal(cols(line, generated("total", "numeric(12,2)", "price * qty"))))),

        // collations
        c("collation: column added with C", s(word), s(cols(word, collated("code", "text", "C")))),
        c("collation: set on an existing column", s(word), s(replace(word, collated("text", "varchar(50)", "C")))),
        c("collation: changed", s(replace(word, collated("text", "varchar(50)", "C"))),
            s(replace(word, collated("text", "varchar(50)", "POSIX")))),
        c("collation: removed", s(replace(word, collated("text", "varchar(50)", "C"))), s(word)),
        c("collation: kept through a type change", s(replace(word, collated("text", "varchar(50)", "C"))),
            s(replace(word, collated("text", "varchar(100)", "C")))),
        c("collation: new table", s(), s(replace(word, collated("text", "varchar(50)", "C")))),
        // ICU collations come with the server's ICU (the embedded binaries carry it)
        c("collation: changed to an ICU collation", s(replace(word, collated("text", "varchar(50)", "C"))),
            s(replace(word, collated("text", "varchar(50)", "und-x-icu")))),

        // checks named as written
        c("check: named as written", s(line), s(line.withCheckConstraint(new CheckConstraint("line_qty_check", "qty > 0")))),
        c("check: renamed to a name as written", s(line.withCheckConstraint(new CheckConstraint("ck_line_qty", "qty > 0"))),
            s(line.withCheckConstraint(new CheckConstraint("line_qty_check", "qty > 0")))),

        // a rich table using every column feature at once, changed in several places
        c("column features together", s(without(rich(), "label")), s(rich())));
  }

  /** What a table can build on its column {@code total}: an index, a unique constraint, a check and a partial expression index. */
  static Table onTotal(Table table) {
    return table.withIndex(Index.of("ix_line_total", "total"))
        .withIndex(new Index("ix_line_total_rounded", List.of(Index.IndexColumn.expression("round(total)")), false,
            "btree", "total > 0"))
        .withUniqueConstraint(new UniqueConstraint("uq_line_id_total", List.of("id", "total"), false))
        .withCheckConstraint(new CheckConstraint("line_total_check", "total >= 0"));
  }

  /** One table with an identity with options, a serial, a generated column, a collation, an array and a named check. */
  static Table rich() {
    return new Table("rich", List.of(identity("id", "bigint", "always", THOUSANDS), serial("rich", "number", "integer"),
        notNull("price", "numeric(10,2)"), notNull("qty", "integer"), generated("total", "numeric(12,2)", "price * qty"),
        collated("label", "text", "C"), col("tags", "text[]"), new Column("created_at", "timestamptz(3)", false, "now()")),
        List.of("id"), List.of()).withCheckConstraint(new CheckConstraint("rich_qty_check", "qty >= 0"));
  }
}
