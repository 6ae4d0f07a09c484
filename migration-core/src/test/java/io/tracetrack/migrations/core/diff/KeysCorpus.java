package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.diff.ChangeCorpus.DOC;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.MOOD;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.POST;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.POST_USER;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.USER;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.c;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.ck;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.cols;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.fk;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.ix;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.person;
import static io.tracetrack.migrations.core.diff.ChangeCorpus.s;
import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;

import io.tracetrack.migrations.core.diff.ChangeCorpus.Case;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;

/**
 * The corpus cases of foreign-key options, index keys and options, unique constraints with nulls
 * not distinct, and renames of indexes, constraints, enums and schemas: each added, dropped and
 * changed.
 */
final class KeysCorpus {

  private KeysCorpus() {}

  static final Table TENANT = new Table("tenant", List.of(notNull("id", "integer"), notNull("region", "varchar(10)")),
      List.of("id", "region"), List.of());
  static final Table SITE = new Table("site", List.of(notNull("id", "bigint"), col("tenant_id", "integer"),
      col("tenant_region", "varchar(10)"), col("parent_id", "bigint")), List.of("id"), List.of());
  static final ForeignKey SITE_TENANT = new ForeignKey(
      NamingConvention.foreignKey("site", List.of("tenant_id", "tenant_region"), "tenant"),
      List.of("tenant_id", "tenant_region"), "tenant", List.of("id", "region"), "CASCADE", "CASCADE");
  static final ForeignKey SITE_PARENT = new ForeignKey("fk_site_parent_id_site", List.of("parent_id"), "site", List.of("id"),
      "SET NULL", "CASCADE");

  static Index index(String name, boolean unique, String method, String where, List<String> include, IndexColumn... keys) {
    return new Index(name, List.of(keys), unique, method, where, include);
  }

  static IndexColumn key(String column, boolean descending, String nulls, String opclass) {
    return new IndexColumn(column, descending, nulls, opclass, false);
  }

  static UniqueConstraint nnd(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns), true);
  }

  static List<Case> cases() {
    Table posts = cols(POST, col("slug", "varchar(200)"));
    Table flags = new Table("flag", List.of(notNull("id", "bigint"), col("tenant", "integer"), col("code", "text")),
        List.of("id"), List.of());
    Index lowerEmail = index("ux_user_lower_email", true, null, null, List.of(), IndexColumn.expression("lower(email)"));
    return List.of(
        // foreign keys
        c("foreign key: deferrable initially deferred, match full, on update, composite", s(TENANT, SITE),
            s(TENANT, SITE.withForeignKey(SITE_TENANT.withChecking(ForeignKey.MATCH_FULL, true, true)))),
        c("foreign key: self reference, deferrable, on update cascade", s(SITE), s(SITE.withForeignKey(
            SITE_PARENT.withChecking(ForeignKey.MATCH_SIMPLE, true, false)))),
        c("foreign key: becomes deferrable", s(USER, POST.withForeignKey(POST_USER)),
            s(USER, POST.withForeignKey(POST_USER.withChecking(ForeignKey.MATCH_SIMPLE, true, false)))),
        c("foreign key: deferred becomes immediate, match simple becomes full", s(TENANT,
                SITE.withForeignKey(SITE_TENANT.withChecking(ForeignKey.MATCH_SIMPLE, true, true))),
            s(TENANT, SITE.withForeignKey(SITE_TENANT.withChecking(ForeignKey.MATCH_FULL, false, false)))),
        c("foreign key: on update changes", s(USER, POST.withForeignKey(POST_USER)), s(USER, POST.withForeignKey(
            new ForeignKey(POST_USER.name(), List.of("user_id"), "user", List.of("id"), null, "RESTRICT")))),
        c("foreign key: deferrable match full dropped", s(TENANT,
                SITE.withForeignKey(SITE_TENANT.withChecking(ForeignKey.MATCH_FULL, true, true))), s(TENANT, SITE)),

        // index keys and options
        c("index: unique on an expression", s(USER), s(USER.withIndex(lowerEmail))),
        c("index: expression changes", s(USER.withIndex(lowerEmail)), s(USER.withIndex(index("ux_user_lower_email", true,
            null, null, List.of(), IndexColumn.expression("upper(email)"))))),
        c("index: expression dropped", s(USER.withIndex(lowerEmail)), s(USER)),
        c("index: expression and column with a predicate", s(POST), s(POST.withIndex(index("ix_post_title_words", false,
            null, "title IS NOT NULL", List.of(), IndexColumn.expression("(title || ' ' || body)"), key("user_id", true, null, null))))),
        c("index: include columns", s(POST), s(POST.withIndex(index("ix_post_user_id", false, null, null,
            List.of("title", "created_at"), IndexColumn.asc("user_id"))))),
        c("index: include columns change", s(POST.withIndex(index("ix_post_user_id", false, null, null, List.of("title"),
                IndexColumn.asc("user_id")))),
            s(POST.withIndex(index("ix_post_user_id", false, null, null, List.of("body"), IndexColumn.asc("user_id"))))),
        c("index: nulls first and last", s(POST), s(POST.withIndex(index("ix_post_created_at_title", false, null, null,
            List.of(), key("created_at", true, IndexColumn.LAST, null), key("title", false, IndexColumn.FIRST, null))))),
        c("index: nulls placement changes", s(POST.withIndex(index("ix_post_created_at", false, null, null, List.of(),
                key("created_at", true, null, null)))),
            s(POST.withIndex(index("ix_post_created_at", false, null, null, List.of(), key("created_at", true, IndexColumn.LAST, null))))),
        c("index: operator class", s(posts), s(posts.withIndex(index("ix_post_slug", false, null, null, List.of(),
            key("slug", false, null, "varchar_pattern_ops"))))),
        c("index: operator class changes", s(posts.withIndex(index("ix_post_slug", false, null, null, List.of(),
                key("slug", false, null, "varchar_pattern_ops")))),
            s(posts.withIndex(index("ix_post_slug", false, null, null, List.of(), key("slug", false, null, "varchar_ops"))))),
        c("index: gin with jsonb_path_ops", s(DOC), s(DOC.withIndex(index("ix_doc_data", false, "gin", null, List.of(),
            key("data", false, null, "jsonb_path_ops"))))),
        c("index: brin and gist methods", s(cols(DOC, col("created_at", "timestamp"), col("area", "box"))),
            s(cols(DOC, col("created_at", "timestamp"), col("area", "box"))
                .withIndex(index("ix_doc_created_at", false, "brin", null, List.of(), IndexColumn.asc("created_at")))
                .withIndex(index("ix_doc_area", false, "gist", null, List.of(), IndexColumn.asc("area"))))),
        c("index: method changes", s(USER.withIndex(ix("user", "email"))), s(USER.withIndex(index(
            NamingConvention.index("user", List.of("email")), false, "hash", null, List.of(), IndexColumn.asc("email"))))),

        // unique constraints
        c("unique: nulls not distinct added", s(flags), s(flags.withUniqueConstraint(nnd("uq_flag_tenant_code", "tenant", "code")))),
        c("unique: becomes nulls not distinct", s(flags.withUniqueConstraint(new UniqueConstraint("uq_flag_tenant_code",
                List.of("tenant", "code")))), s(flags.withUniqueConstraint(nnd("uq_flag_tenant_code", "tenant", "code")))),
        c("unique: nulls not distinct dropped", s(flags.withUniqueConstraint(nnd("uq_flag_tenant_code", "tenant", "code"))),
            s(flags)),

        // renames from hints
        c("rename: index with hint", s(POST.withIndex(ix("post", "user_id"))),
            s(POST.withIndex(Index.of("ix_post_author", "user_id"))),
            hints(Map.of("post", Map.of("ix_post_author", "ix_post_user_id")), Map.of(), Map.of(), Map.of())),
        c("rename: check constraint with hint", s(flags.withCheckConstraint(ck("flag", "code", "code <> ''"))),
            s(flags.withCheckConstraint(ck("flag", "code_not_empty", "code <> ''"))),
            hints(Map.of(), Map.of("flag", Map.of("ck_flag_code_not_empty", "ck_flag_code")), Map.of(), Map.of())),
        c("rename: unique constraint with nulls not distinct, with hint", s(flags.withUniqueConstraint(nnd("uq_flag_tenant_code",
                "tenant", "code"))), s(flags.withUniqueConstraint(nnd("uq_flag_code", "tenant", "code"))),
            hints(Map.of(), Map.of("flag", Map.of("uq_flag_code", "uq_flag_tenant_code")), Map.of(), Map.of())),
        c("rename: enum type with hint", s(List.of(MOOD), person("mood")),
            s(List.of(new EnumType("feeling", MOOD.values())), person("feeling")),
            hints(Map.of(), Map.of(), Map.of("feeling", "mood"), Map.of())),
        c("rename: enum value with hint", s(List.of(MOOD), person("mood")),
            s(List.of(new EnumType("mood", List.of("sad", "fine", "happy"))), person("mood")),
            hints(Map.of(), Map.of(), Map.of(), Map.of("mood", Map.of("fine", "ok")))),
        c("rename: table moved to another schema with hint", s(USER, POST.withForeignKey(POST_USER).withIndex(ix("post", "user_id"))),
            s(USER, POST.withName("archive.post").withForeignKeys(List.of(fk("archive.post", List.of("user_id"), "user", List.of("id"))))
                .withIndexes(List.of(ix("archive.post", "user_id")))),
            new RenameHints(Map.of("archive.post", "post"), Map.of())));
  }

  static RenameHints hints(Map<String, Map<String, String>> indexes, Map<String, Map<String, String>> constraints,
      Map<String, String> enumTypes, Map<String, Map<String, String>> enumValues) {
    return new RenameHints(Map.of(), Map.of(), indexes, constraints, enumTypes, enumValues);
  }
}
