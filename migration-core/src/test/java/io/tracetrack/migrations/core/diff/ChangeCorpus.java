package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The change corpus: one case per schema element and per kind of change autogenerate must handle,
 * each a schema before, a schema after and the rename hints the entities would give. Shared by the
 * offline tests and by the round trip on a real PostgreSQL.
 */
public final class ChangeCorpus {

  private ChangeCorpus() {}

  /** One change: A, B and the hints that lead from one to the other. */
  public record Case(String name, Schema from, Schema to, RenameHints hints) {
    @Override
    public String toString() {
      return name;
    }
  }

  // ------------------------------------------------------------------ fixtures

  static final Table USER = new Table("user",
      List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("email", "varchar(255)")),
      List.of("id"), List.of(unique("user_email_key", "email")));

  static final Table POST = new Table("post",
      List.of(notNull("id", "bigint"), notNull("user_id", "bigint"), col("title", "text"), col("created_at", "timestamp"),
          col("body", "text")),
      List.of("id"), List.of());

  static final ForeignKey POST_USER = fk("post", List.of("user_id"), "user", List.of("id"));

  static final Table DOC = new Table("doc",
      List.of(notNull("id", "integer"), col("data", "jsonb"), col("tags", "text[]"), col("status", "text")),
      List.of("id"), List.of());

  static Schema s(Table... tables) {
    return Schema.of(List.of(tables));
  }

  static Schema s(List<EnumType> enums, Table... tables) {
    return Schema.of(List.of(tables), enums);
  }

  static Table cols(Table table, Column... extra) {
    List<Column> columns = new ArrayList<>(table.columns());
    columns.addAll(List.of(extra));
    return table.withColumns(columns);
  }

  static Table replace(Table table, Column changed) {
    return table.withColumns(table.columns().stream().map(c -> c.name().equals(changed.name()) ? changed : c).toList());
  }

  static Table without(Table table, String column) {
    return table.withoutColumn(column);
  }

  static Index ix(String table, String... columns) {
    return Index.of(NamingConvention.index(table, List.of(columns)), columns);
  }

  static ForeignKey fk(String table, List<String> columns, String target, List<String> targetColumns) {
    return new ForeignKey(NamingConvention.foreignKey(table, columns, target), columns, target, targetColumns, null, null);
  }

  static CheckConstraint ck(String table, String name, String expression) {
    return new CheckConstraint(NamingConvention.check(table, name), expression);
  }

  static Column def(String name, String type, boolean nullable, String serverDefault) {
    return new Column(name, type, nullable, serverDefault);
  }

  static Column identity(String name, String type, String kind) {
    return new Column(name, type, false, null, kind, null);
  }

  static Case c(String name, Schema from, Schema to) {
    return new Case(name, from, to, RenameHints.NONE);
  }

  static Case c(String name, Schema from, Schema to, RenameHints hints) {
    return new Case(name, from, to, hints);
  }

  static final EnumType MOOD = new EnumType("mood", List.of("sad", "ok", "happy"));

  static Table person(String moodType) {
    return new Table("person", List.of(notNull("id", "bigint"), col("mood", moodType)), List.of("id"), List.of());
  }

  // ------------------------------------------------------------------ cases

  public static List<Case> cases() {
    List<Case> all = new ArrayList<>(changes());
    all.addAll(ColumnOptionCorpus.cases());
    return all;
  }

  private static List<Case> changes() {
    Table userPost = POST.withForeignKey(POST_USER);
    Table tenant = new Table("tenant", List.of(notNull("id", "integer"), notNull("region", "varchar(10)")),
        List.of("id", "region"), List.of());
    Table site = new Table("site", List.of(notNull("id", "bigint"), notNull("tenant_id", "integer"),
        notNull("tenant_region", "varchar(10)")), List.of("id"), List.of());
    ForeignKey siteTenant = new ForeignKey(NamingConvention.foreignKey("site", List.of("tenant_id", "tenant_region"), "tenant"),
        List.of("tenant_id", "tenant_region"), "tenant", List.of("id", "region"), "CASCADE", "CASCADE");
    Table a = new Table("a", List.of(notNull("id", "bigint"), col("b_id", "bigint")), List.of("id"), List.of());
    Table b = new Table("b", List.of(notNull("id", "bigint"), col("a_id", "bigint")), List.of("id"), List.of());
    Table category = new Table("category", List.of(notNull("id", "bigint"), col("parent_id", "bigint"), col("name", "text")),
        List.of("id"), List.of());
    Table order = new Table("sales.order", List.of(notNull("id", "bigint"), notNull("user_id", "bigint"),
        def("total", "numeric(12,2)", false, "0")), List.of("id"), List.of());
    Table price = new Table("price", List.of(notNull("id", "bigint"), col("amount", "numeric(10,2)"),
        col("currency", "char(3)")), List.of("id"), List.of());
    Table event = new Table("event", List.of(identity("id", "bigint", "always"), col("at", "timestamptz")),
        List.of("id"), List.of());
    Table counter = new Table("counter", List.of(notNull("id", "integer"), col("n", "integer")), List.of("id"), List.of());
    Table ticket = new Table("ticket", List.of(notNull("id", "bigint"), def("status", "text", false, "'open'")),
        List.of("id"), List.of());

    return List.of(
        // indexes
        c("index: add single column", s(POST), s(POST.withIndex(ix("post", "user_id")))),
        c("index: add multi column", s(POST), s(POST.withIndex(ix("post", "user_id", "created_at")))),
        c("index: add unique", s(USER), s(USER.withIndex(new Index("ux_user_name", List.of(IndexColumn.asc("name")), true, null, null)))),
        c("index: descending sort order", s(POST), s(POST.withIndex(new Index("ix_post_user_id_created_at",
            List.of(IndexColumn.asc("user_id"), IndexColumn.desc("created_at")), false, null, null)))),
        c("index: partial", s(POST), s(POST.withIndex(new Index("ix_post_recent",
            List.of(IndexColumn.asc("created_at")), false, null, "created_at > '2020-01-01'::timestamp AND title IS NOT NULL")))),
        c("index: gin on jsonb", s(DOC), s(DOC.withIndex(new Index("ix_doc_data", List.of(IndexColumn.asc("data")), false, "gin", null)))),
        c("index: gin on array", s(DOC), s(DOC.withIndex(new Index("ix_doc_tags", List.of(IndexColumn.asc("tags")), false, "gin", null)))),
        c("index: hash method", s(USER), s(USER.withIndex(new Index("ix_user_email", List.of(IndexColumn.asc("email")), false, "hash", null)))),
        c("index: drop", s(POST.withIndex(ix("post", "user_id"))), s(POST)),
        c("index: change columns under the same name", s(POST.withIndex(Index.of("ix_post_x", "user_id"))),
            s(POST.withIndex(Index.of("ix_post_x", "user_id", "title")))),
        c("index: becomes unique", s(USER.withIndex(Index.of("ix_user_name", "name"))),
            s(USER.withIndex(new Index("ix_user_name", List.of(IndexColumn.asc("name")), true, null, null)))),
        c("index: predicate changes", s(POST.withIndex(new Index("ix_post_p", List.of(IndexColumn.asc("user_id")), false, null, "title IS NULL"))),
            s(POST.withIndex(new Index("ix_post_p", List.of(IndexColumn.asc("user_id")), false, null, "title IS NOT NULL")))),
        c("index: new table with indexes", s(), s(DOC.withIndex(ix("doc", "status"))
            .withIndex(new Index("ix_doc_data", List.of(IndexColumn.asc("data")), false, "gin", null)))),

        // foreign keys
        c("foreign key: add between existing tables", s(USER, POST), s(USER, userPost)),
        c("foreign key: new table referencing an existing one", s(USER), s(USER, userPost)),
        c("foreign key: ON DELETE CASCADE ON UPDATE SET NULL", s(USER, cols(POST, col("editor_id", "bigint"))),
            s(USER, cols(POST, col("editor_id", "bigint")).withForeignKey(new ForeignKey("fk_post_editor_id_user",
                List.of("editor_id"), "user", List.of("id"), "CASCADE", "SET NULL")))),
        c("foreign key: composite", s(tenant), s(tenant, site.withForeignKey(siteTenant))),
        c("foreign key: action changes", s(USER, userPost),
            s(USER, POST.withForeignKey(new ForeignKey(POST_USER.name(), List.of("user_id"), "user", List.of("id"), "RESTRICT", null)))),
        c("foreign key: drop", s(USER, userPost), s(USER, POST)),
        c("foreign key: drop both tables", s(USER, userPost), s()),
        c("foreign key: drop the referenced table and the key", s(USER, userPost, DOC), s(DOC, POST)),
        c("foreign key: cycle between new tables", s(),
            s(a.withForeignKey(fk("a", List.of("b_id"), "b", List.of("id"))), b.withForeignKey(fk("b", List.of("a_id"), "a", List.of("id"))))),
        c("foreign key: self reference", s(),
            s(category.withForeignKey(new ForeignKey("fk_category_parent_id_category", List.of("parent_id"), "category", List.of("id"), "SET NULL", null)))),
        c("foreign key: to a unique constraint that is renamed", s(USER, cols(POST, col("author_email", "varchar(255)"))
                .withForeignKey(fk("post", List.of("author_email"), "user", List.of("email")))),
            s(USER.withUniqueConstraints(List.of(unique("uq_user_email", "email"))), cols(POST, col("author_email", "varchar(255)"))
                .withForeignKey(fk("post", List.of("author_email"), "user", List.of("email"))))),
        c("foreign key: both sides change type", s(USER, userPost),
            s(replace(USER, notNull("id", "integer")), replace(POST, notNull("user_id", "integer")).withForeignKey(POST_USER))),
        c("foreign key: into another schema", s(USER), s(USER, order.withForeignKey(fk("sales.order", List.of("user_id"), "user", List.of("id"))))),

        // check and unique constraints
        c("check: add", s(price), s(price.withCheckConstraint(ck("price", "positive", "amount > 0")))),
        c("check: drop", s(price.withCheckConstraint(ck("price", "positive", "amount > 0"))), s(price)),
        c("check: expression changes", s(price.withCheckConstraint(ck("price", "positive", "amount > 0"))),
            s(price.withCheckConstraint(ck("price", "positive", "amount >= 0 AND currency IS NOT NULL")))),
        c("check: new table with checks", s(), s(price.withCheckConstraint(ck("price", "currency", "currency IN ('EUR', 'USD')")))),
        c("unique: add multi column", s(POST), s(POST.withUniqueConstraint(new UniqueConstraint(
            NamingConvention.unique("post", List.of("user_id", "title")), List.of("user_id", "title"))))),
        c("unique: drop multi column", s(POST.withUniqueConstraint(new UniqueConstraint("uq_post_user_id_title", List.of("user_id", "title")))),
            s(POST)),
        c("unique: columns change", s(POST.withUniqueConstraint(new UniqueConstraint("uq_post_x", List.of("user_id")))),
            s(POST.withUniqueConstraint(new UniqueConstraint("uq_post_x", List.of("user_id", "created_at"))))),
        c("unique: single column flag", s(USER), s(USER.withUniqueConstraint(unique("user_name_key", "name")))),

        // column types
        c("type: varchar to text", s(USER), s(replace(USER, notNull("name", "text")))),
        c("type: text to varchar (narrowing)", s(POST), s(replace(POST, col("title", "varchar(50)")))),
        c("type: widen varchar", s(USER), s(replace(USER, notNull("name", "varchar(200)")))),
        c("type: numeric precision and scale", s(price), s(replace(price, col("amount", "numeric(12,4)")))),
        c("type: timestamp precision", s(POST), s(replace(POST, col("created_at", "timestamp(3)")))),
        c("type: timestamptz with precision added", s(POST), s(cols(POST, col("published_at", "timestamptz(6)")))),
        c("type: bigint to integer (narrowing)", s(counter), s(replace(counter, col("n", "smallint")))),
        c("type: text to integer with USING", s(cols(counter, col("code", "text"))), s(cols(counter, col("code", "integer")))),
        c("type: jsonb and json columns", s(DOC), s(cols(DOC, col("meta", "json"), col("extra", "jsonb")))),
        c("type: json to jsonb", s(cols(DOC, col("meta", "json"))), s(cols(DOC, col("meta", "jsonb")))),
        c("type: arrays of base types", s(DOC), s(cols(DOC, col("scores", "integer[]"), col("codes", "varchar(20)[]"),
            col("grid", "double precision[]")))),

        // enums
        c("enum: native type and column", s(), s(List.of(MOOD), person("mood"))),
        c("enum: add value at the end", s(List.of(MOOD), person("mood")),
            s(List.of(new EnumType("mood", List.of("sad", "ok", "happy", "ecstatic"))), person("mood"))),
        c("enum: add value in the middle", s(List.of(MOOD), person("mood")),
            s(List.of(new EnumType("mood", List.of("sad", "meh", "ok", "happy"))), person("mood"))),
        c("enum: drop a value", s(List.of(MOOD), person("mood")),
            s(List.of(new EnumType("mood", List.of("sad", "happy"))), person("mood"))),
        c("enum: drop a value of a column with a default", s(List.of(MOOD), replace(person("mood"), def("mood", "mood", true, "'ok'::mood"))),
            s(List.of(new EnumType("mood", List.of("ok", "happy"))), replace(person("mood"), def("mood", "mood", true, "'ok'::mood")))),
        c("enum: text column becomes native enum", s(person("text")), s(List.of(MOOD), person("mood"))),
        c("enum: type dropped with its column", s(List.of(MOOD), person("mood")),
            s(without(person("mood"), "mood"))),
        c("enum: as text with a check constraint", s(person("text")),
            s(person("text").withCheckConstraint(ck("person", "mood", "mood IN ('sad', 'ok', 'happy')")))),

        // identity
        c("identity: new table generated always", s(), s(event)),
        c("identity: by default added to an existing column", s(counter),
            s(replace(counter, identity("id", "integer", "by default")))),
        c("identity: always becomes by default", s(event), s(replace(event, identity("id", "bigint", "by default")))),
        c("identity: dropped", s(event), s(replace(event, notNull("id", "bigint")))),

        // server defaults
        c("default: now() on a timestamp", s(POST), s(replace(POST, def("created_at", "timestamp", true, "now()")))),
        c("default: CURRENT_TIMESTAMP on a new column", s(POST), s(cols(POST, def("updated_at", "timestamptz", false, "CURRENT_TIMESTAMP")))),
        c("default: gen_random_uuid()", s(DOC), s(cols(DOC, def("uid", "uuid", false, "gen_random_uuid()")))),
        c("default: string literal on varchar", s(USER), s(replace(USER, def("name", "varchar(100)", false, "'anonymous'")))),
        c("default: changes", s(ticket), s(replace(ticket, def("status", "text", false, "'new'")))),
        c("default: removed", s(ticket), s(replace(ticket, notNull("status", "text")))),
        c("default: literals of several types", s(counter), s(cols(counter, def("active", "boolean", false, "false"),
            def("ratio", "numeric(5,2)", false, "0.00"), def("label", "varchar(20)", true, "'x'"), def("qty", "integer", false, "0")))),

        // comments and schemas
        c("comment: table comment added", s(USER), s(USER.withComment("People who sign in"))),
        c("comment: table comment changed and removed", s(USER.withComment("old"), POST.withComment("gone")),
            s(USER.withComment("it's new"), POST)),
        c("comment: column comment", s(USER), s(replace(USER, new Column("email", "varchar(255)", true, null, null, "Where we write")))),
        c("schema: table in a new schema", s(USER), s(USER, order)),
        c("schema: table and schema dropped", s(USER, order), s(USER)),

        // renames
        c("rename: table with hint keeps data and convention names", s(USER, userPost.withIndex(ix("post", "user_id"))),
            s(USER, renamedPost(), List.of()), new RenameHints(Map.of("article", "post"), Map.of())),
        c("rename: column with hint renames its index and key", s(USER, userPost.withIndex(ix("post", "user_id"))),
            s(USER, renamedColumn()), new RenameHints(Map.of(), Map.of("post", Map.of("author_id", "user_id")))),
        c("rename: single unique column with hint", s(USER),
            s(new Table("user", List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("mail", "varchar(255)")),
                List.of("id"), List.of(unique("user_mail_key", "mail")))),
            new RenameHints(Map.of(), Map.of("user", Map.of("mail", "email")))),
        c("rename: without hint is drop and add", s(USER, POST), s(USER, POST.withName("article"))),

        // columns and keys
        c("column: NOT NULL with a server default", s(USER), s(cols(USER, def("visits", "integer", false, "0")))),
        c("column: nullable added, another dropped", s(POST), s(cols(without(POST, "body"), col("summary", "text")))),
        c("column: dropped with its index and check", s(price.withIndex(ix("price", "currency"))
                .withCheckConstraint(ck("price", "currency", "currency <> ''"))), s(without(price, "currency"))),
        c("primary key: composite replaces single", s(counter),
            s(new Table("counter", List.of(notNull("id", "integer"), notNull("n", "integer")), List.of("id", "n"), List.of()))),
        c("names: default names over 63 bytes are shortened, stay distinct and match PostgreSQL", s(), s(longNames())),
        c("many elements at once", s(List.of(MOOD), USER, POST, price),
            s(List.of(new EnumType("mood", List.of("sad", "ok", "happy", "great"))),
                cols(USER.withIndex(ix("user", "name")), col("mood", "mood")).withComment("users"),
                userPost.withIndex(new Index("ix_post_created_at", List.of(IndexColumn.desc("created_at")), false, null, null)),
                replace(price, col("amount", "numeric(14,2)")).withCheckConstraint(ck("price", "positive", "amount > 0")),
                event)),
        // standalone sequences
        c("sequence: created", s(USER), s(USER).withSequences(List.of(Sequence.named("invoice_number")))),
        c("sequence: dropped", s(USER).withSequences(List.of(Sequence.named("invoice_number"))), s(USER)),
        c("sequence: every option changes", s(USER).withSequences(List.of(Sequence.named("invoice_number"))),
            s(USER).withSequences(List.of(new Sequence("invoice_number", "integer", 1000, 10, 1000L, 999999L, 20, true)))),
        c("sequence: descending and bounded, in another schema", s(order),
            s(order).withSequences(List.of(new Sequence("sales.countdown", "integer", 100, -1, 1L, 100L, 1, false)))));
  }

  /**
   * A table whose default constraint and index names all pass PostgreSQL's 63 bytes (UTF-8 bytes:
   * "é" is two), two of them alike in their first 54 bytes.
   */
  static Table longNames() {
    String table = "entrée_de_journal_" + "x".repeat(40); // 59 bytes, so even <table>_pkey is too long
    String debit = "montant_" + "a".repeat(48) + "_debit";
    String credit = "montant_" + "a".repeat(48) + "_credit";
    return new Table(table,
        List.of(identity("id", "bigint", "by default"), notNull(debit, "numeric(12,2)"), notNull(credit, "numeric(12,2)"),
            col("parent_id", "bigint")),
        List.of("id"), List.of(unique(UniqueConstraint.defaultName(table, debit), debit),
            new UniqueConstraint(NamingConvention.unique(table, List.of(debit, credit)), List.of(debit, credit))))
        .withIndex(ix(table, debit)).withIndex(ix(table, credit))
        .withCheckConstraint(ck(table, "solde_équilibré_" + "z".repeat(40), debit + " >= 0"))
        .withForeignKey(fk(table, List.of("parent_id"), table, List.of("id")));
  }

  private static Table renamedPost() {
    Table post = new Table("article", POST.columns(), List.of("id"), List.of());
    return post.withForeignKey(fk("article", List.of("user_id"), "user", List.of("id"))).withIndex(ix("article", "user_id"));
  }

  private static Schema s(Table t1, Table t2, List<Object> unused) {
    return s(t1, t2);
  }

  private static Table renamedColumn() {
    List<Column> columns = POST.columns().stream().map(c -> c.name().equals("user_id") ? c.withName("author_id") : c).toList();
    return new Table("post", columns, List.of("id"), List.of())
        .withForeignKey(fk("post", List.of("author_id"), "user", List.of("id")))
        .withIndex(ix("post", "author_id"));
  }

  /** The cases as JUnit arguments: name, then the case. */
  public static Stream<org.junit.jupiter.params.provider.Arguments> arguments() {
    return cases().stream().map(c -> org.junit.jupiter.params.provider.Arguments.of(c.name(), c));
  }

  static List<String> names() {
    return Arrays.asList(cases().stream().map(Case::name).toArray(String[]::new));
  }
}
