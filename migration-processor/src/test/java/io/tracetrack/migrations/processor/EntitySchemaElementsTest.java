package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Index.IndexColumn;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Indexes, keys, checks, enums, identity, comments, schemas and rename hints declared on entities. */
class EntitySchemaElementsTest {

  @Test
  void indexesWithConventionNamesSortOrderMethodAndPredicate() {
    Table post = table(compile(source("app.Post",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "@Index(columns = {\"user_id\", \"created_at DESC\"})",
        "@Index(columns = \"tags\", method = \"gin\")",
        "@Index(name = \"ux_post_slug_live\", columns = \"slug\", unique = true, where = \"deleted_at IS NULL\")",
        "public class Post {",
        "  @Id long id;",
        "  long userId;",
        "  java.time.LocalDateTime createdAt;",
        "  java.time.LocalDateTime deletedAt;",
        "  String slug;",
        "  String[] tags;",
        "}")), "post");
    assertEquals(List.of(
        new Index("ix_post_tags", List.of(IndexColumn.asc("tags")), false, "gin", null),
        new Index("ix_post_user_id_created_at", List.of(IndexColumn.asc("user_id"), IndexColumn.desc("created_at")), false, null, null),
        new Index("ux_post_slug_live", List.of(IndexColumn.asc("slug")), true, null, "deleted_at IS NULL")), post.indexes());
    assertEquals("text[]", post.column("tags").orElseThrow().type());
  }

  @Test
  void foreignKeysOnFieldsAndClassesWithActions() {
    Compilation compilation = compile(
        source("app.Tenant", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity public class Tenant { @Id int id; @Id String region; }"),
        source("app.Site", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity",
            "@ForeignKey(columns = {\"tenant_id\", \"tenant_region\"}, table = \"tenant\", referencedColumns = {\"id\", \"region\"},",
            "    onDelete = ForeignKey.Action.CASCADE)",
            "public class Site {",
            "  @Id long id;",
            "  int tenantId;",
            "  String tenantRegion;",
            "  @ForeignKey(table = \"site\", onDelete = ForeignKey.Action.SET_NULL, onUpdate = ForeignKey.Action.RESTRICT) Long parentId;",
            "}"));
    assertEquals(List.of(
        new ForeignKey("fk_site_parent_id_site", List.of("parent_id"), "site", List.of("id"), "SET NULL", "RESTRICT"),
        new ForeignKey("fk_site_tenant_id_tenant_region_tenant", List.of("tenant_id", "tenant_region"), "tenant",
            List.of("id", "region"), "CASCADE", null)), table(compilation, "site").foreignKeys());
  }

  @Test
  void uniqueConstraintsChecksAndCheckedEnums() {
    Table order = table(compile(source("app.Order",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity(table = \"orders\")",
        "@UniqueConstraint(columns = {\"customer\", \"number\"})",
        "@Check(name = \"positive_total\", expression = \"total >= 0\")",
        "public class Order {",
        "  public enum Status { NEW, PAID }",
        "  @Id long id;",
        "  String customer;",
        "  int number;",
        "  java.math.BigDecimal total;",
        "  @Column(enumStorage = Column.EnumStorage.CHECKED_TEXT) Status status;",
        "}")), "orders");
    assertEquals(List.of(new UniqueConstraint("uq_orders_customer_number", List.of("customer", "number"))),
        order.uniqueConstraints());
    assertEquals(List.of(new CheckConstraint("ck_orders_positive_total", "total >= 0"),
        new CheckConstraint("ck_orders_status", "\"status\" IN ('NEW', 'PAID')")), order.checkConstraints());
    assertEquals("text", order.column("status").orElseThrow().type());
  }

  @Test
  void nativeEnumsIdentityCommentsSchemasAndRenameHints() {
    Snapshot snapshot = snapshot(compile(source("app.Invoice",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity(schema = \"billing\", comment = \"Bills we send\", renamedFrom = \"bill\")",
        "public class Invoice {",
        "  public enum InvoiceState { DRAFT, SENT, PAID }",
        "  @Id @Column(identity = Column.Identity.ALWAYS) long id;",
        "  @Column(enumStorage = Column.EnumStorage.NATIVE) InvoiceState state;",
        "  @Column(comment = \"In cents\", renamedFrom = \"amount\") long totalCents;",
        "  @Column(sqlType = \"jsonb\") String lines;",
        "  java.util.List<Integer> reminderDays;",
        "}")));
    Table invoice = snapshot.schema().table("billing.invoice").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.ALWAYS, null),
        new Column("state", "invoice_state", true, null),
        new Column("total_cents", "bigint", false, null, null, "In cents"),
        new Column("lines", "jsonb", true, null),
        new Column("reminder_days", "integer[]", true, null)), invoice.columns());
    assertEquals("Bills we send", invoice.comment());
    assertEquals(Map.of("invoice_state", new EnumType("invoice_state", List.of("DRAFT", "SENT", "PAID"))), snapshot.schema().enums());
    assertEquals(Set.of("billing"), snapshot.schema().schemas());
    assertEquals(Map.of("billing.invoice", "billing.bill"), snapshot.renames().tables());
    assertEquals(Map.of("billing.invoice", Map.of("total_cents", "amount")), snapshot.renames().columns());
  }

  @Test
  void reportsUnknownColumnsOnTheEntity() {
    Compilation compilation = compile(source("app.Post",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "@Index(columns = \"userId\")",
        "public class Post {",
        "  @Id long id;",
        "  long userId;",
        "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackUnknownColumn] @Index names column \"userId\", which table \"post\" does not have")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("public class Post");
  }

  @Test
  void reportsMisplacedEnumStorageAndIdentity() {
    Compilation compilation = compile(source("app.Thing",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "public class Thing {",
        "  @Id long id;",
        "  @Column(enumStorage = Column.EnumStorage.NATIVE) String name;",
        "  @Column(identity = Column.Identity.ALWAYS) String code;",
        "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackNotAnEnum] Field name")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String name;");
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidIdentity] Field code")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String code;");
  }

  @Test
  void reportsTwoEnumsWithOneTypeName() {
    Compilation compilation = compile(
        source("app.A", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity public class A { public enum Kind { X } @Id long id; @Column(enumStorage = Column.EnumStorage.NATIVE) Kind kind; }"),
        source("app.B", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity public class B { public enum Kind { Y } @Id long id;",
            "  @Column(enumStorage = Column.EnumStorage.NATIVE) Kind kind; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackEnumTypeClash]");
  }

  @Test
  void reportsDotsInTableNames() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity(table = \"a.b\") public class T { @Id long id; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidName]")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("public class T");
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(sources);
  }

  private static Table table(Compilation compilation, String name) {
    return snapshot(compilation).schema().table(name).orElseThrow(() -> new AssertionError("no table " + name));
  }

  static Snapshot snapshot(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return Snapshot.read(in, Snapshot.RESOURCE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
