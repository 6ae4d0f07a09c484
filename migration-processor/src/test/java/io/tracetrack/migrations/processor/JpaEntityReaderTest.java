package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** JPA entities (jakarta and javax, read by name) become the tables Hibernate 6 creates for them. */
class JpaEntityReaderTest {
  private static final JavaFileObject CUSTOMER = source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
      "@Entity",
      "@Table(name = \"customers\", indexes = @Index(columnList = \"lastName, birthDate DESC\"),",
      "    uniqueConstraints = @UniqueConstraint(name = \"uq_customer_name\", columnNames = {\"firstName\", \"lastName\"}))",
      "public class Customer {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
      "  @Column(nullable = false, length = 80) private String firstName;",
      "  private String lastName;",
      "  @Column(unique = true) private String email;",
      "  private java.time.LocalDate birthDate;",
      "  @Column(precision = 10, scale = 2) private java.math.BigDecimal creditLimit;",
      "  private java.math.BigDecimal balance;",
      "  @Column(columnDefinition = \"text\") private String notes;",
      "  private int visits;",
      "  @Version private Long version;",
      "  @Transient private String cached;",
      "  private transient String alsoCached;",
      "  @OneToMany(mappedBy = \"customer\") private java.util.List<PurchaseOrder> orders;",
      "}");
  private static final JavaFileObject ORDER = source("shop.PurchaseOrder", "package shop;", "import jakarta.persistence.*;",
      "@Entity(name = \"PurchaseOrder\")",
      "public class PurchaseOrder {",
      "  public enum Status { NEW, PAID, SHIPPED }",
      "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"orders\")",
      "  @SequenceGenerator(name = \"orders\", sequenceName = \"purchaseOrderSeq\", allocationSize = 20, initialValue = 100)",
      "  private long id;",
      "  @ManyToOne(optional = false) private Customer customer;",
      "  @ManyToOne @JoinColumn(name = \"shipTo\") private Customer shipToCustomer;",
      "  @OneToOne private Customer referrer;",
      "  @Enumerated(EnumType.STRING) @Column(length = 20) private Status status;",
      "  @Enumerated private Status previousStatus;",
      "  private java.time.LocalDateTime placedAt;",
      "  private java.time.Instant paidAt;",
      "}");

  @Test
  void aSequenceGeneratorsSchemaHoldsItsSequenceAndACatalogIsAnError() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, source("bill.Bill", "package bill;", "import jakarta.persistence.*;",
          "@Entity public class Bill {",
          "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"bills\")",
          "  @SequenceGenerator(name = \"bills\", schema = \"Billing\", sequenceName = \"billNoSeq\", allocationSize = 5)",
          "  private Long id; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      String name = naming.equals("spring") ? "billing.bill_no_seq" : "billing.billnoseq";
      assertEquals(List.of(new Sequence(name, "bigint", 1, 5, null, null, 1, false)),
          List.copyOf(schema.elements(Sequence.KIND).values()), naming);
      assertEquals(true, schema.schemas().contains("billing"), naming + ": " + schema.schemas());
    }

    Compilation catalog = compile("spring", source("bill.Bill", "package bill;", "import jakarta.persistence.*;",
        "@Entity public class Bill {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"bills\")",
        "  @SequenceGenerator(name = \"bills\", catalog = \"other\")",
        "  private Long id; }"));
    assertThat(catalog).hadErrorContaining("[TracetrackJpaNotSupported] Field id: @SequenceGenerator(catalog) is not"
        + " supported yet");
    assertThat(catalog).hadErrorContaining("@SequenceGenerator(catalog)").inFile(catalog.sourceFiles().get(0))
        .onLineContaining("private Long id");
  }

  @Test
  void springNamingMapsAShopAsHibernateDoesUnderSpringBoot() {
    Compilation compilation = compile("spring", CUSTOMER, ORDER);
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table customers = snapshot.schema().table("customers").orElseThrow();
    assertEquals(List.of(
        new Column("id", "bigint", false, null, Column.BY_DEFAULT, null),
        new Column("first_name", "varchar(80)", false, null),
        new Column("last_name", "varchar(255)", true, null),
        new Column("email", "varchar(255)", true, null),
        new Column("birth_date", "date", true, null),
        new Column("credit_limit", "numeric(10,2)", true, null),
        new Column("balance", "numeric(38,2)", true, null),
        new Column("notes", "text", true, null),
        new Column("visits", "integer", false, null),
        new Column("version", "bigint", true, null)), customers.columns());
    assertEquals(List.of("id"), customers.primaryKey());
    assertEquals(List.of(new UniqueConstraint("customers_email_key", List.of("email")),
        new UniqueConstraint("uq_customer_name", List.of("first_name", "last_name"))), customers.uniqueConstraints());
    assertEquals(List.of(new Index("ix_customers_last_name_birth_date",
        List.of(Index.IndexColumn.asc("last_name"), Index.IndexColumn.desc("birth_date")), false, Index.BTREE, null)),
        customers.indexes());

    Table orders = snapshot.schema().table("purchase_order").orElseThrow();
    assertEquals(List.of(
        new Column("id", "bigint", false, null),
        new Column("customer_id", "bigint", false, null),
        new Column("ship_to", "bigint", true, null),
        new Column("referrer_id", "bigint", true, null),
        new Column("status", "varchar(20)", true, null),
        new Column("previous_status", "smallint", true, null),
        new Column("placed_at", "timestamp(6)", true, null),
        new Column("paid_at", "timestamptz(6)", true, null)), orders.columns());
    assertEquals(List.of(
        new ForeignKey("fk_purchase_order_customer_id_customers", List.of("customer_id"), "customers", List.of("id"), null, null),
        new ForeignKey("fk_purchase_order_referrer_id_customers", List.of("referrer_id"), "customers", List.of("id"), null, null),
        new ForeignKey("fk_purchase_order_ship_to_customers", List.of("ship_to"), "customers", List.of("id"), null, null)),
        orders.foreignKeys());
    assertEquals(List.of(new UniqueConstraint("purchase_order_referrer_id_key", List.of("referrer_id"))),
        orders.uniqueConstraints(), "a one-to-one's join column is unique");
    assertEquals(List.of(
        new CheckConstraint("purchase_order_previous_status_check", "\"previous_status\" BETWEEN 0 AND 2"),
        new CheckConstraint("purchase_order_status_check", "\"status\" IN ('NEW', 'PAID', 'SHIPPED')")),
        orders.checkConstraints());
    assertEquals(List.of(new Sequence("purchase_order_seq", "bigint", 100, 20, null, null, 1, false)),
        List.copyOf(snapshot.schema().sequences().values()));
  }

  @Test
  void jpaNamingKeepsNamesAsWrittenAndIsTheDefaultWithoutSpringBoot() {
    for (Compilation compilation : List.of(compile("jpa", CUSTOMER, ORDER), compile(null, CUSTOMER, ORDER))) {
      assertThat(compilation).succeededWithoutWarnings();
      Snapshot snapshot = snapshot(compilation);
      assertEquals(List.of("id", "customer_id", "shipto", "referrer_id", "status", "previousstatus", "placedat", "paidat"),
          snapshot.schema().table("purchaseorder").orElseThrow().columns().stream().map(Column::name).toList());
      assertEquals(List.of("purchaseorderseq"), List.copyOf(snapshot.schema().sequences().keySet()));
    }
  }

  @Test
  void springBootOnTheClassPathMakesSpringTheDefault() {
    JavaFileObject springBoot = source("org.springframework.boot.SpringApplication",
        "package org.springframework.boot;", "public class SpringApplication {}");
    Compilation compilation = compile(null, CUSTOMER, ORDER, springBoot);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(true, snapshot(compilation).schema().table("purchase_order").isPresent());
  }

  @Test
  void javaxPersistenceIsReadByNameLikeJakarta() {
    JavaFileObject entity = source("javax.persistence.Entity", "package javax.persistence;",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
        "public @interface Entity { String name() default \"\"; }");
    JavaFileObject id = source("javax.persistence.Id", "package javax.persistence;",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)", "public @interface Id {}");
    JavaFileObject column = source("javax.persistence.Column", "package javax.persistence;",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
        "public @interface Column { String name() default \"\"; boolean unique() default false;",
        "  boolean nullable() default true; String columnDefinition() default \"\"; String table() default \"\";",
        "  int length() default 255; int precision() default 0; int scale() default 0; }");
    Compilation compilation = compile("spring", entity, id, column, source("legacy.Account", "package legacy;",
        "import javax.persistence.*;",
        "@Entity public class Account { @Id private Long accountId; @Column(name = \"ownerName\", nullable = false) String owner; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("account_id", "bigint", false, null), new Column("owner_name", "varchar(255)", false, null)),
        snapshot(compilation).schema().table("account").orElseThrow().columns());
  }

  @Test
  void defaultSequenceIsTheTableNameWithSeqByFifty() {
    Compilation compilation = compile("spring",
        source("blog.BlogPost", "package blog;", "import jakarta.persistence.*;",
            "@Entity public class BlogPost { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; }"),
        source("blog.Tag", "package blog;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"tags\") public class Tag { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Sequence("blog_post_seq", "bigint", 1, 50, null, null, 1, false),
        new Sequence("tags_seq", "bigint", 1, 50, null, null, 1, false)),
        List.copyOf(snapshot(compilation).schema().sequences().values()));
  }

  @Test
  void basicOptionalFalseIsNotNullAndSchemaNeutralAnnotationsAreAccepted() {
    Compilation compilation = compile("spring", source("blog.Note", "package blog;", "import jakarta.persistence.*;",
        "@Entity @NamedQuery(name = \"Note.all\", query = \"select n from Note n\") @Cacheable",
        "public class Note { @Id Long id; @Basic(optional = false) String text; @Basic String extra;",
        "  @ManyToOne @JoinColumn(name = \"parentNote\", unique = true) Note parent;",
        "  @OneToMany(mappedBy = \"parent\") @OrderBy(\"text\") java.util.List<Note> children; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table note = snapshot(compilation).schema().table("note").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("text", "varchar(255)", false, null),
        new Column("extra", "varchar(255)", true, null), new Column("parent_note", "bigint", true, null)), note.columns());
    assertEquals(List.of(new UniqueConstraint("note_parent_note_key", List.of("parent_note"))), note.uniqueConstraints());
  }

  @Test
  void mappedSuperclassFieldsComeFirstTypedAsTheEntitySeesThem() {
    Compilation compilation = compile("spring",
        source("app.Base", "package app;", "import jakarta.persistence.*;",
            "@MappedSuperclass public abstract class Base<ID extends java.io.Serializable> {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) protected ID id;",
            "  @Version Long version; }"),
        source("app.Plain", "package app;", "public class Plain extends app.Base<Integer> { String ignored; }"),
        source("app.Invoice", "package app;", "import jakarta.persistence.*;",
            "@Entity public class Invoice extends Plain { String number; }"),
        source("app.Line", "package app;", "import jakarta.persistence.*;",
            "@Entity public class Line extends app.Base<Long> { @ManyToOne Invoice invoice; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertEquals(List.of(new Column("id", "integer", false, null, Column.BY_DEFAULT, null),
        new Column("version", "bigint", true, null), new Column("number", "varchar(255)", true, null)),
        snapshot.schema().table("invoice").orElseThrow().columns(), "a superclass without annotation adds nothing");
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null),
        new Column("version", "bigint", true, null), new Column("invoice_id", "integer", true, null)),
        snapshot.schema().table("line").orElseThrow().columns());
  }

  @Test
  void embeddedFieldsAreColumnsNamedAsInTheEmbeddableUnlessOverridden() {
    JavaFileObject money = source("shop.Money", "package shop;", "import jakarta.persistence.*;",
        "@Embeddable public class Money { @Column(precision = 12, scale = 2) java.math.BigDecimal amount;",
        "  @Column(length = 3) String currency; int cents; }");
    Compilation compilation = compile("spring", money, source("shop.Invoice", "package shop;",
        "import jakarta.persistence.*;",
        "@Entity public class Invoice { @Id Long id; Money total;",
        "  @Embedded @AttributeOverride(name = \"amount\", column = @Column(name = \"taxAmount\", nullable = false))",
        "  @AttributeOverride(name = \"currency\", column = @Column(name = \"taxCurrency\"))",
        "  @AttributeOverride(name = \"cents\", column = @Column(name = \"taxCents\")) Money tax; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("amount", "numeric(12,2)", true, null),
        new Column("currency", "varchar(3)", true, null), new Column("cents", "integer", true, null),
        new Column("tax_amount", "numeric(38,2)", false, null), new Column("tax_currency", "varchar(255)", true, null),
        new Column("tax_cents", "integer", true, null)),
        snapshot(compilation).schema().table("invoice").orElseThrow().columns(),
        "an override replaces the embeddable's @Column; a primitive in an embeddable stays nullable");

    Compilation wrong = compile("spring", money, source("shop.Bill", "package shop;", "import jakarta.persistence.*;",
        "@Entity public class Bill { @Id Long id;",
        "  @AttributeOverride(name = \"amount.value\", column = @Column(name = \"x\")) Money total;",
        "  @AttributeOverride(name = \"length\", column = @Column(name = \"y\")) String note; }"));
    assertThat(wrong).hadErrorContaining("@AttributeOverride(name = \"amount.value\") names no basic field of Money")
        .inFile(wrong.sourceFiles().get(1)).onLineContaining("Money total");
    assertThat(wrong).hadErrorContaining("Field note: @AttributeOverride belongs on a field of an @Embeddable type")
        .inFile(wrong.sourceFiles().get(1)).onLineContaining("String note");
  }

  @Test
  void manyToManyOwnersGetAJoinTableNamedAsTheNamingSays() {
    JavaFileObject post = source("blog.BlogPost", "package blog;", "import jakarta.persistence.*;",
        "@Entity public class BlogPost { @Id Long id; @ManyToMany java.util.Set<Tag> tags;",
        "  @ManyToMany java.util.List<BlogPost> seeAlso; }");
    JavaFileObject tag = source("blog.Tag", "package blog;", "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id Integer id; @ManyToMany(mappedBy = \"tags\") java.util.Set<BlogPost> posts; }");
    Snapshot spring = snapshot(compile("spring", post, tag));
    Table tags = spring.schema().table("blog_post_tags").orElseThrow();
    assertEquals(List.of(new Column("posts_id", "bigint", false, null), new Column("tags_id", "integer", false, null)),
        tags.columns(), "the owner's column is named after the inverse property");
    assertEquals(List.of("tags_id", "posts_id"), tags.primaryKey(),
        "a Set's join table has a key, its columns in Hibernate's order: smaller types first");
    assertEquals(List.of(
        new ForeignKey("fk_blog_post_tags_posts_id_blog_post", List.of("posts_id"), "blog_post", List.of("id"), null, null),
        new ForeignKey("fk_blog_post_tags_tags_id_tag", List.of("tags_id"), "tag", List.of("id"), null, null)),
        tags.foreignKeys());
    Table seeAlso = spring.schema().table("blog_post_see_also").orElseThrow();
    assertEquals(List.of("blog_post_id", "see_also_id"), seeAlso.columns().stream().map(Column::name).toList(),
        "without an inverse side, the owner's column is named after the entity");
    assertEquals(List.of(), seeAlso.primaryKey(), "a List is a bag: no key");
    assertEquals("blog.BlogPost", spring.entities().get("blog_post_tags"), "the join table belongs to its owner");

    Snapshot jpa = snapshot(compile("jpa", post, tag));
    assertEquals(List.of("posts_id", "tags_id"),
        jpa.schema().table("blogpost_tag").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("blogpost_id", "seealso_id"),
        jpa.schema().table("blogpost_blogpost").orElseThrow().columns().stream().map(Column::name).toList());
  }

  @Test
  void convertedFieldsTakeTheConvertersDatabaseType() {
    JavaFileObject converter = source("app.CodeConverter", "package app;",
        "public class CodeConverter extends Base<app.Entry.Kind> {",
        "  public Integer convertToDatabaseColumn(app.Entry.Kind kind) { return 0; }",
        "  public app.Entry.Kind convertToEntityAttribute(Integer code) { return null; } }");
    JavaFileObject base = source("app.Base", "package app;",
        "public abstract class Base<X> implements jakarta.persistence.AttributeConverter<X, Integer> {}");
    JavaFileObject yesNo = source("app.YesNo", "package app;",
        "public class YesNo implements jakarta.persistence.AttributeConverter<Boolean, String> {",
        "  public String convertToDatabaseColumn(Boolean b) { return null; }",
        "  public Boolean convertToEntityAttribute(String s) { return null; } }");
    Compilation compilation = compile("spring", converter, base, yesNo, source("app.Entry", "package app;",
        "import jakarta.persistence.*;",
        "@Entity public class Entry { public enum Kind { A, B } @Id Long id;",
        "  @Convert(converter = CodeConverter.class) Kind kind; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table entry = snapshot(compilation).schema().table("entry").orElseThrow();
    assertEquals(new Column("kind", "integer", true, null), entry.columns().get(1));
    assertEquals(List.of(), entry.checkConstraints(), "a converted enum has no check of its constants");

    Compilation flag = compile("spring", yesNo, source("app.Flag", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Flag { @Id Long id; @Convert(converter = YesNo.class) Boolean on; }"));
    assertThat(flag).hadErrorContaining("[TracetrackJpaNotSupported] Field on: @Convert on a boolean is not supported yet")
        .inFile(flag.sourceFiles().get(1)).onLineContaining("Boolean on");
  }

  @Test
  void aUniqueIndexIsAUniqueConstraintAsHibernateCreatesIt() {
    Compilation compilation = compile("spring", source("blog.Post", "package blog;", "import jakarta.persistence.*;",
        "@Entity @Table(indexes = {@Index(name = \"post_slug_unique\", columnList = \"urlSlug\", unique = true),",
        "    @Index(columnList = \"title, urlSlug\", unique = true)})",
        "public class Post { @Id Long id; String urlSlug; String title; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table post = snapshot(compilation).schema().table("post").orElseThrow();
    assertEquals(List.of(new UniqueConstraint("post_slug_unique", List.of("url_slug")),
        new UniqueConstraint("uq_post_title_url_slug", List.of("title", "url_slug"))), post.uniqueConstraints());
    assertEquals(List.of(), post.indexes());
  }

  @Test
  void whatIsNotMappedYetIsAnErrorOnTheElementNamingTheAnnotation() {
    Compilation compilation = compile("spring", source("app.Tag", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Tag {",
        "  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"elsewhere\") private Long id;",
        "  @ElementCollection private String related;",
        "  @Lob private java.util.List<String> body;",
        "  @OneToMany @JoinColumn @JoinTable private java.util.List<Tag> children;",
        "}"));
    assertThat(compilation).hadErrorContaining(
        "[TracetrackJpaNotSupported] Field id: generator \"elsewhere\" is not a @TableGenerator on this field or its"
        + " class; generators declared elsewhere are not supported yet")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("private Long id");
    assertThat(compilation).hadErrorContaining("[TracetrackJpaNotSupported] Field related: @ElementCollection on a"
        + " java.lang.String, which is not a Set, List, Collection or Map with type arguments, is not supported")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String related");
    assertThat(compilation).hadErrorContaining(
        "[TracetrackJpaNotSupported] Field body: @Lob on java.util.List<java.lang.String> is not supported yet")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("List<String> body");
    assertThat(compilation).hadErrorContaining("Field children: @JoinColumn and @JoinTable on one @OneToMany")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("List<Tag> children");

    Compilation mixed = compile("spring", source("app.Mixed", "package app;",
        "@jakarta.persistence.Entity public class Mixed {",
        "  @jakarta.persistence.Id Long id;",
        "  @io.tracetrack.migrations.entity.ForeignKey(table = \"other\") Long count;",
        "}"));
    assertThat(mixed).hadErrorContaining("@io.tracetrack.migrations.entity.ForeignKey on field count is not supported"
        + " yet: on a JPA entity TraceTrack's annotations add what JPA cannot say")
        .inFile(mixed.sourceFiles().get(0)).onLineContaining("Long count");

    // An entity Hibernate exports as a view: views are not in the schema model yet.
    Compilation hibernate = compile("spring", source("org.hibernate.annotations.View",
        "package org.hibernate.annotations;", "public @interface View { String query(); }"),
        source("app.F", "package app;", "@jakarta.persistence.Entity @org.hibernate.annotations.View(query = \"select 1\")",
        "public class F { @jakarta.persistence.Id Long id; }"));
    assertThat(hibernate).hadErrorContaining("[TracetrackJpaNotSupported] @View on entity F is not supported yet")
        .inFile(hibernate.sourceFiles().get(1)).onLineContaining("class F");

    // An entity read from a query has no table, so a collection table of its own has nothing to join.
    Compilation query = compile("spring", source("org.hibernate.annotations.Subselect",
        "package org.hibernate.annotations;", "public @interface Subselect { String value(); }"),
        source("app.Q", "package app;", "@jakarta.persistence.Entity @org.hibernate.annotations.Subselect(\"select 1\")",
        "public class Q { @jakarta.persistence.Id Long id;",
        "  @jakarta.persistence.ElementCollection java.util.Set<String> tags; }"));
    assertThat(query).hadErrorContaining("[TracetrackJpaNotSupported] Field tags: a collection with a table of its own on"
        + " @Subselect entity Q is not supported yet").inFile(query.sourceFiles().get(1)).onLineContaining("tags");
  }

  /** Hibernate's annotations that never reach its DDL are accepted; HibernateJudgeTest's library model proves each. */
  @Test
  void hibernateAnnotationsWithoutSchemaEffectAreAccepted() {
    Compilation compilation = compile("spring",
        source("org.hibernate.annotations.CreationTimestamp", "package org.hibernate.annotations;",
            "public @interface CreationTimestamp {}"),
        source("org.hibernate.annotations.DynamicUpdate", "package org.hibernate.annotations;",
            "public @interface DynamicUpdate {}"),
        source("org.hibernate.annotations.SQLRestriction", "package org.hibernate.annotations;",
            "public @interface SQLRestriction { String value(); }"),
        source("app.F", "package app;", "@jakarta.persistence.Entity @org.hibernate.annotations.DynamicUpdate",
            "@org.hibernate.annotations.SQLRestriction(\"gone = false\")",
            "public class F { @jakarta.persistence.Id Long id; boolean gone;",
            "  @org.hibernate.annotations.CreationTimestamp java.time.Instant createdAt; }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Hibernate drops a to-one's foreign key under @NotFound (HibernateJudgeTest's library model); on a collection it is refused. */
  @Test
  void notFoundOnACollectionIsRefused() {
    Compilation compilation = compile("spring",
        source("org.hibernate.annotations.NotFound", "package org.hibernate.annotations;", "public @interface NotFound {}"),
        source("app.Shelf", "package app;", "import jakarta.persistence.*;",
            "@Entity public class Shelf { @Id Long id; @ManyToMany @org.hibernate.annotations.NotFound",
            "  java.util.Set<Shelf> near; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackJpaNotSupported] Field near: @NotFound on a @ManyToMany is not"
        + " supported").inFile(compilation.sourceFiles().get(1)).onLineContaining("near");
  }

  @Test
  void aBadNamingOptionIsAnError() {
    assertThat(compile("snake", CUSTOMER, ORDER))
        .hadErrorContaining("[TracetrackInvalidOption] -Atracetrack.naming must be spring or jpa, not \"snake\"");
  }

  static Compilation compile(String naming, JavaFileObject... sources) {
    Compiler javac = Compiler.javac().withProcessors(new EntityProcessor());
    if (naming != null) {
      javac = javac.withOptions("-Atracetrack.naming=" + naming);
    }
    return javac.compile(sources);
  }

  static Snapshot snapshot(Compilation compilation) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return Snapshot.read(in, Snapshot.RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
