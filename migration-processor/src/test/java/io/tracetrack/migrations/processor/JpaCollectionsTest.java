package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.HibernateStubs.*;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Element collections, unidirectional one-to-many fields, full {@code @JoinTable}s and Hibernate's
 * {@code @Check}, {@code @Formula} and {@code @OnDelete} become what Hibernate 6 creates for them.
 */
class JpaCollectionsTest {
  private static final JavaFileObject VALUE = source("audit.FieldValue", "package audit;", "import jakarta.persistence.*;",
      "@Embeddable public class FieldValue { @Column(nullable = false) String field; @Column(nullable = false) Integer size; }");

  @Test
  void elementCollectionsGetACollectionTableKeyedAsHibernateKeysThem() {
    Compilation compilation = compile("spring", ON_DELETE, ON_DELETE_ACTION, VALUE,
        source("audit.DataChange", "package audit;", "import jakarta.persistence.*;", "import java.util.*;",
            "@Entity public class DataChange { @Id Long id;",
            "  @ElementCollection @CollectionTable(name = \"change_fields\", joinColumns = @JoinColumn(name = \"change\"))",
            "  @Column(name = \"field_name\", length = 100)",
            "  @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)",
            "  Set<String> fields;",
            "  @ElementCollection @OrderColumn List<String> notes;",
            "  @ElementCollection @MapKeyColumn(name = \"label\", length = 40) Map<String, Integer> counts;",
            "  @ElementCollection Set<FieldValue> values;",
            "  @ElementCollection List<Integer> bag;",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table fields = snapshot.schema().table("change_fields").orElseThrow();
    assertEquals(List.of(new Column("change", "bigint", false, null), new Column("field_name", "varchar(100)", true, null)),
        fields.columns());
    assertEquals(List.of(), fields.primaryKey(), "a nullable element leaves a set without a key");
    assertEquals(List.of(new ForeignKey("fk_change_fields_change_data_change", List.of("change"), "data_change",
        List.of("id"), "CASCADE", null)), fields.foreignKeys());
    Table notes = snapshot.schema().table("data_change_notes").orElseThrow();
    assertEquals(List.of("data_change_id", "notes_order", "notes"), notes.columns().stream().map(Column::name).toList(),
        "named after the entity and the property; the owner's column after the entity and its key");
    assertEquals(List.of("notes_order", "data_change_id"), notes.primaryKey(), "the owner and the position, smaller first");
    Table counts = snapshot.schema().table("data_change_counts").orElseThrow();
    assertEquals(List.of(new Column("data_change_id", "bigint", false, null), new Column("label", "varchar(40)", false, null),
        new Column("counts", "integer", true, null)), counts.columns());
    assertEquals(List.of("data_change_id", "label"), counts.primaryKey());
    assertEquals(List.of("size", "data_change_id", "field"),
        snapshot.schema().table("data_change_values").orElseThrow().primaryKey(),
        "a set of NOT NULL embeddables is keyed by every column, in Hibernate's column order");
    assertEquals(List.of(), snapshot.schema().table("data_change_bag").orElseThrow().primaryKey(), "a bag has no key");
  }

  @Test
  void unidirectionalOneToManyIsAJoinColumnOnTheTargetOrAJoinTable() {
    Compilation compilation = compile("spring", ON_DELETE, ON_DELETE_ACTION,
        source("clinic.Pet", "package clinic;", "import jakarta.persistence.*;", "import java.util.*;",
            "@Entity public class Pet { @Id Long id;",
            "  @OneToMany @JoinColumn(name = \"pet\", nullable = false) @OrderColumn",
            "  @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)",
            "  List<Visit> visits;",
            "  @OneToMany Set<Visit> pastVisits;",
            "}"),
        source("clinic.Visit", "package clinic;", "import jakarta.persistence.*;", "@Entity public class Visit { @Id Integer id; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table visit = snapshot.schema().table("visit").orElseThrow();
    assertEquals(List.of(new Column("id", "integer", false, null), new Column("pet", "bigint", false, null),
        new Column("visits_order", "integer", true, null)), visit.columns());
    assertEquals(List.of(new ForeignKey("fk_visit_pet_pet", List.of("pet"), "pet", List.of("id"), "CASCADE", null)),
        visit.foreignKeys());
    Table join = snapshot.schema().table("pet_past_visits").orElseThrow();
    assertEquals(List.of("pet_id", "past_visits_id"), join.columns().stream().map(Column::name).toList());
    assertEquals(List.of(new UniqueConstraint("uq_pet_past_visits_past_visits_id", List.of("past_visits_id"))),
        join.uniqueConstraints(), "each target belongs to one owner");
  }

  @Test
  void aJoinTablesOwnerColumnsAreNamedAfterTheInverseSideThatHoldsTheOwner() {
    JavaFileObject tag = source("desk.Tag", "package desk;", "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id Long id; @ManyToMany(mappedBy = \"tags\") java.util.Set<Account> accounts; }");
    JavaFileObject account = source("desk.Account", "package desk;", "import jakarta.persistence.*;",
        "@Entity public class Account { @Id Long id; @ManyToMany java.util.Set<Tag> tags; }");
    JavaFileObject journal = source("desk.Journal", "package desk;", "import jakarta.persistence.*;",
        "@Entity(name = \"LedgerBook\") public class Journal { @Id Long id; @ManyToMany java.util.Set<Tag> tags;",
        "  @ManyToMany java.util.Set<Journal> continuedIn;",
        "  @ManyToMany(mappedBy = \"continuedIn\") java.util.Set<Journal> continues; }");
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, tag, account, journal);
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      boolean spring = naming.equals("spring");
      assertEquals(List.of("accounts_id", "tags_id"), schema.table(spring ? "account_tags" : "account_tag").orElseThrow()
          .columns().stream().map(Column::name).toList(), naming + ": the inverse side's property");
      assertEquals(List.of(spring ? "ledger_book_id" : "ledgerbook_id", "tags_id"),
          schema.table(spring ? "ledger_book_tags" : "ledgerbook_tag").orElseThrow().columns().stream()
              .map(Column::name).toList(), naming + ": the tag's inverse side holds accounts, so the entity's name");
      assertEquals(List.of("continues_id", spring ? "continued_in_id" : "continuedin_id"),
          schema.table(spring ? "ledger_book_continued_in" : "ledgerbook_ledgerbook").orElseThrow().columns().stream()
              .map(Column::name).toList(), naming + ": a self-reference's inverse side");
    }
  }

  @Test
  void joinTableTakesItsSchemaIndexesAndUniqueConstraints() {
    Compilation compilation = compile("jpa",
        source("shop.Garage", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Garage { @Id Long id;",
            "  @ManyToMany @JoinTable(name = \"garage_brand\", schema = \"catalog\",",
            "    joinColumns = @JoinColumn(name = \"garage\", foreignKey = @ForeignKey(name = \"fk_gb_garage\")),",
            "    inverseJoinColumns = @JoinColumn(name = \"brand\"),",
            "    indexes = @Index(name = \"ix_gb_brand\", columnList = \"brand\"),",
            "    uniqueConstraints = @UniqueConstraint(name = \"uq_gb\", columnNames = {\"brand\", \"garage\"}))",
            "  java.util.List<Brand> brands; }"),
        source("shop.Brand", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Brand { @Id @Column(length = 30) String code; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table join = snapshot(compilation).schema().table("catalog.garage_brand").orElseThrow();
    assertEquals(List.of(new Column("garage", "bigint", false, null), new Column("brand", "varchar(30)", false, null)),
        join.columns());
    assertEquals(List.of(new Index("ix_gb_brand", List.of(new Index.IndexColumn("brand", false)), false, Index.BTREE, null)),
        join.indexes());
    assertEquals(List.of(new UniqueConstraint("uq_gb", List.of("brand", "garage"))), join.uniqueConstraints());
    assertEquals(List.of("fk_garage_brand_brand_brand", "fk_gb_garage"),
        join.foreignKeys().stream().map(ForeignKey::name).sorted().toList());
  }

  @Test
  void hibernateChecksFormulasAndOnDeleteReachTheSchema() {
    Compilation compilation = compile("spring", CHECK, CHECKS, FORMULA, ON_DELETE, ON_DELETE_ACTION,
        source("audit.Login", "package audit;", "import jakarta.persistence.*;", "import org.hibernate.annotations.*;",
            "@Entity @Check(constraints = \"attempts <= 10 OR NOT success\") @Check(name = \"named\", constraints = \"1 = 1\")",
            "public class Login { @jakarta.persistence.Id Long id; boolean success;",
            "  @Check(constraints = \"attempts >= 0\") int attempts;",
            "  @Formula(\"attempts * 2\") int doubled;",
            "  @jakarta.persistence.ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Login previous; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table login = snapshot(compilation).schema().table("login").orElseThrow();
    assertEquals(List.of("id", "success", "attempts", "previous_id"), login.columns().stream().map(Column::name).toList(),
        "a formula has no column");
    assertEquals(List.of(new CheckConstraint("login_attempts_check", "attempts >= 0"),
        new CheckConstraint("login_check", "attempts <= 10 OR NOT success"), new CheckConstraint("named", "1 = 1")),
        login.checkConstraints(), "unnamed checks are named as PostgreSQL names them");
    assertEquals("SET NULL", login.foreignKeys().get(0).onDelete());
  }

  @Test
  void collectionsJpaCannotMapAreErrorsOnTheField() {
    Compilation compilation = compile("spring",
        source("app.Post", "package app;", "import jakarta.persistence.*;", "import java.util.*;",
            "@Entity public class Post { @Id Long id;",
            "  @ManyToMany @JoinColumn(name = \"x\") Set<Post> related;",
            "  @OneToMany Map<String, Post> byName;",
            "  @ElementCollection @MapKeyColumn(name = \"k\") List<String> keys;",
            "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackJpaNotSupported] Field related: @JoinColumn on a @ManyToMany;"
        + " name its columns with @JoinTable(joinColumns, inverseJoinColumns)")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("Set<Post> related");
    assertThat(compilation).hadErrorContaining("Field byName: a @OneToMany other than a Set, List or Collection of an"
        + " @Entity").inFile(compilation.sourceFiles().get(0)).onLineContaining("byName");
    assertThat(compilation).hadErrorContaining("Field keys: @MapKeyColumn belongs on a Map")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("keys");
  }
}
