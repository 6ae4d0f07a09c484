package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.EntitySchemaElementsTest.compile;
import static io.tracetrack.migrations.processor.EntitySchemaElementsTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Index keys and options, foreign-key match and deferral, nulls not distinct and rename hints, declared on entities. */
class EntityKeysAndRenamesTest {

  @Test
  void indexKeysWithExpressionsOptionsAndIncludedColumns() {
    Snapshot snapshot = snapshot(compile(source("app.Account",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "@Index(columns = \"lower(email)\", unique = true)",
        "@Index(name = \"ix_account_recent\", columns = {\"created_at DESC NULLS LAST\", \"name asc nulls first\"}, include = \"email\")",
        "@Index(columns = \"slug varchar_pattern_ops\")",
        "@Index(name = \"ix_account_full_name\", columns = \"(name || ' ' || slug) text_pattern_ops DESC\", method = \"btree\",",
        "    renamedFrom = \"ix_account_old\")",
        "public class Account {",
        "  @Id long id;",
        "  String email;",
        "  String name;",
        "  String slug;",
        "  java.time.LocalDateTime createdAt;",
        "}")));
    assertEquals(List.of(
        new Index("ix_account_full_name", List.of(new IndexColumn("(name || ' ' || slug)", true, null, "text_pattern_ops", true)),
            false, null, null),
        new Index("ix_account_lower_email", List.of(IndexColumn.expression("lower(email)")), true, null, null),
        new Index("ix_account_recent", List.of(new IndexColumn("created_at", true, "LAST", null, false),
            new IndexColumn("name", false, "FIRST", null, false)), false, null, null, List.of("email")),
        new Index("ix_account_slug", List.of(new IndexColumn("slug", false, null, "varchar_pattern_ops", false)), false, null, null)),
        snapshot.schema().table("account").orElseThrow().indexes());
    assertEquals(Map.of("account", Map.of("ix_account_full_name", "ix_account_old")), snapshot.renames().indexes());
  }

  @Test
  void foreignKeyMatchAndDeferralAndUniqueNullsNotDistinct() {
    Snapshot snapshot = snapshot(compile(
        source("app.Tenant", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity public class Tenant { @Id int id; @Id String region; }"),
        source("app.Site", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity",
            "@ForeignKey(columns = {\"tenant_id\", \"tenant_region\"}, table = \"tenant\", referencedColumns = {\"id\", \"region\"},",
            "    match = ForeignKey.Match.FULL, initiallyDeferred = true, onUpdate = ForeignKey.Action.CASCADE)",
            "@UniqueConstraint(name = \"uq_site_code\", columns = {\"tenant_id\", \"code\"}, nullsNotDistinct = true,",
            "    renamedFrom = \"uq_site_tenant_id_code\")",
            "@Check(name = \"code_set\", expression = \"code <> ''\", renamedFrom = \"code\")",
            "public class Site {",
            "  @Id long id;",
            "  Integer tenantId;",
            "  String tenantRegion;",
            "  String code;",
            "  @ForeignKey(table = \"site\", deferrable = true) Long parentId;",
            "}")));
    var site = snapshot.schema().table("site").orElseThrow();
    assertEquals(List.of(
        new ForeignKey("fk_site_parent_id_site", List.of("parent_id"), "site", List.of("id"), null, null, null, true, false),
        new ForeignKey("fk_site_tenant_id_tenant_region_tenant", List.of("tenant_id", "tenant_region"), "tenant",
            List.of("id", "region"), null, "CASCADE", "FULL", true, true)), site.foreignKeys());
    assertEquals(List.of(new UniqueConstraint("uq_site_code", List.of("tenant_id", "code"), true)), site.uniqueConstraints());
    assertEquals(Map.of("site", Map.of("ck_site_code_set", "ck_site_code", "uq_site_code", "uq_site_tenant_id_code")),
        snapshot.renames().constraints());
  }

  @Test
  void enumTypeAndValueRenamesAndAMoveToAnotherSchema() {
    Snapshot snapshot = snapshot(compile(
        source("app.Mood", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@RenamedFrom(\"feeling\") public enum Mood { SAD, @RenamedFrom(\"FINE\") OK, HAPPY }"),
        source("app.Person", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity(schema = \"archive\", renamedFrom = \"public.person\")",
            "public class Person {",
            "  @Id long id;",
            "  @Column(enumStorage = Column.EnumStorage.NATIVE) Mood mood;",
            "}")));
    assertEquals(Map.of("mood", "feeling"), snapshot.renames().enumTypes());
    assertEquals(Map.of("mood", Map.of("OK", "FINE")), snapshot.renames().enumValues());
    assertEquals(Map.of("archive.person", "person"), snapshot.renames().tables());
  }

  @Test
  void anIndexKeyThatIsNeitherColumnNorExpressionIsAnErrorOnTheEntity() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity @Index(columns = \"a + b\")",
        "public class T { @Id long id; int a; int b; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidIndex] @Index: \"a + b\" is not a column name or an expression")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("public class T");
  }

  @Test
  void anIncludedColumnTheTableLacksIsAnError() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity @Index(columns = \"a\", include = \"missing\")",
        "public class T { @Id long id; int a; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackUnknownColumn] @Index names column \"missing\"");
  }
}
