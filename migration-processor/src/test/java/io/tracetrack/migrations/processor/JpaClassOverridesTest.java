package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.Column;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @AssociationOverride} on an entity class, for the relations of its mapped superclasses,
 * and on an embedded field or on the class by path, for the relations of its embeddable (to-many
 * ones in join tables); {@code @AttributeOverride} on the class by path; an embeddable's one-to-many
 * join columns.
 */
class JpaClassOverridesTest {

  private static final JavaFileObject TAG = source("desk.Tag", "package desk;", "import jakarta.persistence.*;",
      "@Entity public class Tag { @Id Long id; }");
  private static final JavaFileObject TAGGED = source("desk.Tagged", "package desk;", "import jakarta.persistence.*;",
      "@MappedSuperclass public abstract class Tagged {",
      "  @Id Long id; @ManyToMany java.util.Set<Tag> topics; @ManyToOne Tag mainTopic; }");

  @Test
  void anOverrideGivesAnInheritedRelationItsJoinTableOrJoinColumns() {
    Compilation compilation = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topics\", joinTable = @JoinTable(name = \"branch_links\"))",
            "@AssociationOverride(name = \"mainTopic\", joinColumns = @JoinColumn(name = \"headline\"))",
            "public class Branch extends Tagged { }"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    assertEquals(List.of("id", "headline"),
        schema.table("branch").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("branch_id", "topics_id"),
        schema.table("branch_links").orElseThrow().columns().stream().map(Column::name).toList());
  }

  @Test
  void anOverrideOfNoInheritedRelationOrOfTheWrongKindIsAnError() {
    Compilation unknown = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topic\", joinColumns = @JoinColumn(name = \"t\"))",
            "public class Branch extends Tagged { }"));
    assertThat(unknown).hadErrorContaining("[TracetrackJpaNotSupported] Entity Branch: @AssociationOverride(name ="
        + " \"topic\") names no relation of the entity or its mapped superclasses, nor one in an embedded attribute");

    Compilation columnsOnMany = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topics\", joinColumns = @JoinColumn(name = \"t\"))",
            "public class Branch extends Tagged { }"));
    assertThat(columnsOnMany).hadErrorContaining("@AssociationOverride(name = \"topics\", joinColumns) on a to-many"
        + " relation: override its join table with joinTable");

    Compilation tableOnOne = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"mainTopic\", joinTable = @JoinTable(name = \"x\"))",
            "public class Branch extends Tagged { }"));
    assertThat(tableOnOne).hadErrorContaining("@AssociationOverride(name = \"mainTopic\", joinTable) on a to-one"
        + " relation, which has join columns");
  }

  private static final JavaFileObject PLACE = source("desk.Place", "package desk;", "import jakarta.persistence.*;",
      "@Embeddable public class Place { String city; @ManyToOne Tag landmark; @ManyToMany java.util.Set<Tag> nearby;",
      "  @OneToMany java.util.List<Sign> signs; }");
  private static final JavaFileObject SIGN = source("desk.Sign", "package desk;", "import jakarta.persistence.*;",
      "@Entity public class Sign { @Id Long id; }");

  @Test
  void anEmbeddablesToManyRelationsGetJoinTablesOfTheEmbeddingEntityOrAsAnOverrideOnTheFieldSays() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, TAG, SIGN, PLACE,
          source("desk.Office", "package desk;", "import jakarta.persistence.*;",
              "@Entity public class Office { @Id Long id; @Embedded Place home;",
              "  @Embedded @AttributeOverride(name = \"city\", column = @Column(name = \"other_city\"))",
              "  @AssociationOverride(name = \"landmark\", joinColumns = @JoinColumn(name = \"other_landmark\"))",
              "  @AssociationOverride(name = \"nearby\", joinTable = @JoinTable(name = \"office_other_nearby\",",
              "      joinColumns = @JoinColumn(name = \"office\"), inverseJoinColumns = @JoinColumn(name = \"tag\")))",
              "  @AssociationOverride(name = \"signs\", joinTable = @JoinTable(name = \"office_other_signs\"))",
              "  Place other; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      boolean spring = naming.equals("spring");
      assertEquals(List.of("id", "city", "landmark_id", "other_city", "other_landmark"),
          schema.table("office").orElseThrow().columns().stream().map(Column::name).toList(), naming);
      assertEquals(List.of("office_id", "nearby_id"), schema.table(spring ? "office_nearby" : "office_tag").orElseThrow()
          .columns().stream().map(Column::name).toList(), naming + ": named after the entity and the relation's property");
      assertEquals(List.of("office", "tag"), schema.table("office_other_nearby").orElseThrow().columns().stream()
          .map(Column::name).toList(), naming);
      assertEquals(List.of("office_id", "signs_id"), schema.table("office_other_signs").orElseThrow().columns().stream()
          .map(Column::name).toList(), naming);
    }
  }

  @Test
  void anEmbeddedFieldsOverrideOfTheWrongKindOrAnEmbeddableToManyHibernateDoesNotMapIsAnError() {
    Compilation columnsOnMany = compile("spring", TAG, SIGN, PLACE, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id;",
        "  @Embedded @AssociationOverride(name = \"nearby\", joinColumns = @JoinColumn(name = \"t\")) Place home; }"));
    assertThat(columnsOnMany).hadErrorContaining("Field home: @AssociationOverride(name = \"nearby\", joinColumns) on a"
        + " to-many relation: override its join table with joinTable");

    Compilation tableOnOne = compile("spring", TAG, SIGN, PLACE, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id;",
        "  @Embedded @AssociationOverride(name = \"landmark\", joinTable = @JoinTable(name = \"x\")) Place home; }"));
    assertThat(tableOnOne).hadErrorContaining("Field home: @AssociationOverride(name = \"landmark\", joinTable) on a"
        + " to-one relation, which has join columns");

    Compilation inCollection = compile("spring", TAG, SIGN, PLACE, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id;",
        "  @ElementCollection java.util.Set<Place> places; }"));
    assertThat(inCollection).hadErrorContaining("Field nearby: a @ManyToMany in an embeddable is mapped only in an"
        + " @Embedded field of an entity, not in an element collection or an id");

    Compilation joinTableOverride = compile("spring", TAG, SIGN, SHELF, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id;",
        "  @Embedded @AssociationOverride(name = \"tags\", joinTable = @JoinTable(name = \"t\")) Shelf shelf; }"));
    assertThat(joinTableOverride).hadErrorContaining("[TracetrackJpaNotSupported] Field shelf: @AssociationOverride(name"
        + " = \"tags\", joinTable) of a @OneToMany with @JoinColumn in an embeddable is not supported yet; override its"
        + " joinColumns");
  }

  private static final JavaFileObject SHELF = source("desk.Shelf", "package desk;", "import jakarta.persistence.*;",
      "@Embeddable public class Shelf { String label;",
      "  @OneToMany @JoinColumn(name = \"shelf\") java.util.Set<Tag> tags;",
      "  @OneToMany @JoinColumn @OrderColumn java.util.List<Sign> signs; }");

  @Test
  void anEmbeddablesOneToManyWithJoinColumnsPutsThemOnTheTargetsTable() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, TAG, SIGN, SHELF, source("desk.Office", "package desk;",
          "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id; @Embedded Shelf shelf; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      assertEquals(List.of("id", "label"), schema.table("office").orElseThrow().columns().stream().map(Column::name)
          .toList(), naming);
      assertEquals(List.of(new Column("id", "bigint", false, null), new Column("shelf", "bigint", true, null)),
          schema.table("tag").orElseThrow().columns(), naming);
      assertEquals(List.of("office"), schema.table("tag").orElseThrow().foreignKeys().stream()
          .map(key -> key.referencedTable()).toList(), naming);
      assertEquals(List.of("id", "signs_id", "signs_order"),
          schema.table("sign").orElseThrow().columns().stream().map(Column::name).toList(), naming);
    }
  }

  @Test
  void anEmbeddablesOneToManyJoinColumnThatTwoEmbeddingsShareIsAnError() {
    Compilation twice = compile("spring", TAG, SIGN, SHELF, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;", "@Entity public class Office { @Id Long id;",
        "  @Embedded Shelf shelf;",
        "  @Embedded @AttributeOverride(name = \"label\", column = @Column(name = \"other_label\")) Shelf other; }"));
    assertThat(twice).hadErrorContaining("[TracetrackJpaNotSupported] Field tags: the @OneToMany from Office puts join"
        + " column \"shelf\" on table \"tag\", where a @OneToMany from Office puts it already; name them apart with"
        + " @JoinColumn(name) (an embeddable's, embedded twice, with @AssociationOverride(name, joinColumns) on the"
        + " embedding field)");
    assertThat(twice).hadErrorContaining("Field tags").inFile(SHELF).onLineContaining("java.util.Set<Tag> tags");
  }

  @Test
  void classOverridesReachIntoAnEmbeddedAttributeByPathOverThoseOnTheField() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, TAG, SIGN, PLACE, source("desk.Office", "package desk;",
          "import jakarta.persistence.*;",
          "@Entity @AttributeOverride(name = \"home.city\", column = @Column(name = \"home_city\", length = 40))",
          "@AssociationOverride(name = \"home.landmark\", joinColumns = @JoinColumn(name = \"home_landmark\"))",
          "@AssociationOverride(name = \"home.nearby\", joinTable = @JoinTable(name = \"office_home_nearby\"))",
          "@AssociationOverride(name = \"home.signs\", joinTable = @JoinTable(name = \"office_home_signs\"))",
          "public class Office { @Id Long id;",
          "  @Embedded @AssociationOverride(name = \"signs\", joinTable = @JoinTable(name = \"not_this\"))",
          "  Place home; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      assertEquals(List.of(new Column("id", "bigint", false, null), new Column("home_city", "varchar(40)", true, null),
          new Column("home_landmark", "bigint", true, null)), schema.table("office").orElseThrow().columns(), naming);
      assertEquals(List.of("office_id", "nearby_id"), schema.table("office_home_nearby").orElseThrow().columns()
          .stream().map(Column::name).toList(), naming);
      assertEquals(List.of("office_id", "signs_id"), schema.table("office_home_signs").orElseThrow().columns()
          .stream().map(Column::name).toList(), naming + ": the class's override wins over the field's, as in Hibernate");
    }
  }

  @Test
  void aClassOverrideGivesAnInheritedBasicAttributeOrIdItsColumnWhereverTheKeyIsReferenced() {
    Compilation compilation = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AttributeOverride(name = \"id\", column = @Column(name = \"branch_no\"))",
            "public class Branch extends Tagged { }"),
        source("desk.Visit", "package desk;", "import jakarta.persistence.*;",
            "@Entity public class Visit { @Id Long id; @ManyToOne Branch branch; }"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    assertEquals(List.of("branch_no", "main_topic_id"),
        schema.table("branch").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("branch_no"), schema.table("branch").orElseThrow().primaryKey());
    assertEquals(List.of("branch_branch_no", "topics_id"),
        schema.table("branch_topics").orElseThrow().columns().stream().map(Column::name).toList());
    var visit = schema.table("visit").orElseThrow();
    assertEquals(List.of("id", "branch_branch_no"), visit.columns().stream().map(Column::name).toList());
    assertEquals(List.of("branch_no"), visit.foreignKeys().get(0).referencedColumns());
  }

  @Test
  void aClassOverrideThatReachesNoAttributeIsAnError() {
    Compilation basic = compile("spring", TAG, TAGGED, source("desk.Branch", "package desk;",
        "import jakarta.persistence.*;",
        "@Entity @AttributeOverride(name = \"title\", column = @Column(name = \"heading\"))",
        "public class Branch extends Tagged { String name; }"));
    assertThat(basic).hadErrorContaining("[TracetrackJpaNotSupported] Entity Branch: @AttributeOverride(name ="
        + " \"title\") names no basic attribute of the entity or its mapped superclasses, nor one in an embedded"
        + " attribute");
    assertThat(basic).hadErrorContaining("@AttributeOverride").inFile(basic.sourceFiles().get(2))
        .onLineContaining("class Branch");

    Compilation unknownPath = compile("spring", TAG, SIGN, PLACE, source("desk.Office", "package desk;",
        "import jakarta.persistence.*;",
        "@Entity @AttributeOverride(name = \"home.street\", column = @Column(name = \"s\"))",
        "public class Office { @Id Long id; @Embedded Place home; }"));
    assertThat(unknownPath).hadErrorContaining("Field home: @AttributeOverride(name = \"street\") names no basic field"
        + " of Place");
  }

  @Test
  void overridesOnAMappedSuperclassOrOnTheEntityForItsOwnAttributesApplyTheNearestClassWinning() {
    Compilation compilation = compile("spring", TAG,
        source("desk.Based", "package desk;", "import jakarta.persistence.*;",
            "@MappedSuperclass public abstract class Based { @Id Long id; String label; }"),
        source("desk.Stocked", "package desk;", "import jakarta.persistence.*;",
            "@MappedSuperclass @AttributeOverride(name = \"label\", column = @Column(name = \"stock_label\"))",
            "@AttributeOverride(name = \"id\", column = @Column(name = \"stock_no\"))",
            "@AttributeOverride(name = \"bin\", column = @Column(name = \"stock_bin\"))",
            "@AssociationOverride(name = \"tag\", joinColumns = @JoinColumn(name = \"stock_tag\"))",
            "public abstract class Stocked extends Based { String bin; @ManyToOne Tag tag; }"),
        source("desk.Crate", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AttributeOverride(name = \"bin\", column = @Column(name = \"crate_bin\"))",
            "@AttributeOverride(name = \"weight\", column = @Column(name = \"weight_kg\"))",
            "public class Crate extends Stocked { @Column(nullable = false, length = 9) String weight; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("stock_no", "bigint", false, null), new Column("stock_label", "varchar(255)", true,
        null), new Column("crate_bin", "varchar(255)", true, null), new Column("stock_tag", "bigint", true, null),
        new Column("weight_kg", "varchar(255)", true, null)),
        snapshot(compilation).schema().table("crate").orElseThrow().columns(),
        "the entity's override replaces a field's whole @Column, as in Hibernate");
  }

  @Test
  void aTablePerClassSubclassCopiesItsParentsColumnsWithTheParentsOverrides() {
    Compilation compilation = compile("spring", TAG,
        source("desk.Stocked", "package desk;", "import jakarta.persistence.*;",
            "@MappedSuperclass @AttributeOverride(name = \"label\", column = @Column(name = \"stock_label\"))",
            "@AssociationOverride(name = \"tag\", joinColumns = @JoinColumn(name = \"stock_tag\"))",
            "public abstract class Stocked { @Id Long id; String label; @ManyToOne Tag tag; }"),
        source("desk.Rack", "package desk;", "import jakarta.persistence.*;",
            "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
            "@AttributeOverride(name = \"id\", column = @Column(name = \"rack_no\"))",
            "public class Rack extends Stocked { }"),
        source("desk.WallRack", "package desk;", "import jakarta.persistence.*;",
            "@Entity public class WallRack extends Rack { String wall; }"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    assertEquals(List.of("rack_no", "stock_label", "stock_tag"),
        schema.table("rack").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("rack_no", "stock_label", "stock_tag", "wall"),
        schema.table("wall_rack").orElseThrow().columns().stream().map(Column::name).toList());
  }

  @Test
  void aSubclassEntitysOverrideOfAnAttributeInheritedFromAnEntityIsAnErrorAsHibernateRefusesIt() {
    for (String strategy : List.of("JOINED", "SINGLE_TABLE", "TABLE_PER_CLASS")) {
      Compilation compilation = compile("spring", TAG, TAGGED,
          source("desk.Root", "package desk;", "import jakarta.persistence.*;",
              "@Entity @Inheritance(strategy = InheritanceType." + strategy + ")",
              "public class Root extends Tagged { String name; }"),
          source("desk.Leaf", "package desk;", "import jakarta.persistence.*;",
              "@Entity @AttributeOverride(name = \"id\", column = @Column(name = \"leaf_no\"))",
              "@AssociationOverride(name = \"mainTopic\", joinColumns = @JoinColumn(name = \"leaf_topic\"))",
              "public class Leaf extends Root { }"));
      assertThat(compilation).hadErrorContaining("[TracetrackJpaNotSupported] Entity Leaf: @AttributeOverride(name ="
          + " \"id\") overrides attribute id, which it inherits from entity Root; Hibernate refuses that in an entity"
          + " subclass: override it on Root or on a @MappedSuperclass of it");
      assertThat(compilation).hadErrorContaining("Entity Leaf: @AssociationOverride(name = \"mainTopic\") overrides"
          + " attribute mainTopic, which it inherits from entity Root");
      assertThat(compilation).hadErrorContaining("Entity Leaf").inFile(compilation.sourceFiles().get(3))
          .onLineContaining("class Leaf");
    }
  }

  @Test
  void aMappedSuperclassBetweenEntitiesThatOverridesTheParentsAttributeIsAnErrorAsHibernateIgnoresIt() {
    Compilation compilation = compile("spring",
        source("desk.Root", "package desk;", "import jakarta.persistence.*;",
            "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Root { @Id Long id; String name; }"),
        source("desk.Between", "package desk;", "import jakarta.persistence.*;",
            "@MappedSuperclass @AttributeOverride(name = \"name\", column = @Column(name = \"title\"))",
            "public abstract class Between extends Root { }"),
        source("desk.Leaf", "package desk;", "import jakarta.persistence.*;",
            "@Entity public class Leaf extends Between { }"));
    assertThat(compilation).hadErrorContaining("[TracetrackJpaNotSupported] Entity Leaf: @AttributeOverride(name ="
        + " \"name\") on mapped superclass Between would override attribute name, which it inherits from entity Root:"
        + " Hibernate ignores it, as Root maps that attribute");
  }

  private static final JavaFileObject LINE = source("desk.Line", "package desk;", "import jakarta.persistence.*;",
      "@Embeddable public class Line { Integer amount; String note; }");
  private static final JavaFileObject LOT = source("desk.Lot", "package desk;", "import jakarta.persistence.*;",
      "@Embeddable public class Lot implements java.io.Serializable { String site; Long number; }");

  @Test
  void classOverridesReachIntoAnEmbeddedIdAndElementCollectionsOfEmbeddablesByPath() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, LINE, LOT, source("desk.Box", "package desk;",
          "import jakarta.persistence.*;",
          "@Entity @AttributeOverride(name = \"id.number\", column = @Column(name = \"box_no\"))",
          "@AttributeOverride(name = \"lines.amount\", column = @Column(name = \"qty\", nullable = false))",
          "@AttributeOverride(name = \"prices.value.amount\", column = @Column(name = \"price\"))",
          "public class Box { @EmbeddedId Lot id;",
          "  @ElementCollection @AttributeOverride(name = \"amount\", column = @Column(name = \"not_this\"))",
          "  java.util.List<Line> lines;",
          "  @ElementCollection @AttributeOverride(name = \"value.note\", column = @Column(name = \"price_note\"))",
          "  java.util.Map<String, Line> prices; }"),
          source("desk.Crate", "package desk;", "import jakarta.persistence.*;",
              "@Entity public class Crate { @Id Long id; @ManyToOne Box box; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var schema = snapshot(compilation).schema();
      assertEquals(List.of("box_no", "site"), schema.table("box").orElseThrow().primaryKey(),
          naming + ": Hibernate's order, by type");
      assertEquals(List.of(new Column("box_box_no", "bigint", false, null), new Column("box_site", "varchar(255)", false,
          null), new Column("qty", "integer", false, null), new Column("note", "varchar(255)", true, null)),
          schema.table("box_lines").orElseThrow().columns(), naming + ": the class's override wins over the field's");
      assertEquals(List.of("box_box_no", "box_site", "prices_key", "price", "price_note"),
          schema.table("box_prices").orElseThrow().columns().stream().map(Column::name).toList(), naming);
      assertEquals(List.of("box_box_no", "box_site"), schema.table("crate").orElseThrow().foreignKeys().get(0).columns(),
          naming + ": a relation to the entity joins on the overridden key column");
    }
  }

  @Test
  void aMapOverrideOtherThanOfAValuesFieldOrOneOnABasicCollectionIsAnErrorAsHibernateIgnoresIt() {
    Compilation onField = compile("spring", LINE, source("desk.Box", "package desk;", "import jakarta.persistence.*;",
        "@Entity public class Box { @Id Long id;",
        "  @ElementCollection @AttributeOverride(name = \"amount\", column = @Column(name = \"qty\"))",
        "  java.util.Map<String, Line> prices; }"));
    assertThat(onField).hadErrorContaining("[TracetrackJpaNotSupported] Field prices: @AttributeOverride(name ="
        + " \"amount\") on a Map of embeddables names no \"value.\" path, and Hibernate ignores it");
    assertThat(onField).hadErrorContaining("Field prices").inFile(onField.sourceFiles().get(1))
        .onLineContaining("Map<String, Line> prices");

    Compilation keyOnClass = compile("spring", LINE, source("desk.Box", "package desk;", "import jakarta.persistence.*;",
        "@Entity @AttributeOverride(name = \"prices.key\", column = @Column(name = \"k\"))",
        "public class Box { @Id Long id; @ElementCollection java.util.Map<String, Line> prices; }"));
    assertThat(keyOnClass).hadErrorContaining("Field prices: @AttributeOverride(name = \"key\") on a Map of embeddables"
        + " names no \"value.\" path, and Hibernate ignores it: name a value's field as \"value.<field>\" (on the class"
        + " \"prices.value.<field>\"), the key's column with @MapKeyColumn");

    Compilation basic = compile("spring", source("desk.Box", "package desk;", "import jakarta.persistence.*;",
        "@Entity public class Box { @Id Long id;",
        "  @ElementCollection @AttributeOverride(name = \"x\", column = @Column(name = \"y\"))",
        "  java.util.Set<String> tags; }"));
    assertThat(basic).hadErrorContaining("[TracetrackJpaNotSupported] Field tags: @AttributeOverride belongs on a"
        + " collection of @Embeddable elements");
  }

  @Test
  void anOverrideOfAnEmbeddablesOneToManyWithJoinColumnsRenamesThemOnTheTargetsTable() {
    for (String naming : List.of("spring", "jpa")) {
      Compilation compilation = compile(naming, TAG, SIGN, SHELF, source("desk.Office", "package desk;",
          "import jakarta.persistence.*;",
          "@Entity @AssociationOverride(name = \"back.tags\", joinColumns = @JoinColumn(name = \"back_shelf\"))",
          "@AssociationOverride(name = \"back.signs\", joinColumns = @JoinColumn(name = \"back_signs\"))",
          "@AttributeOverride(name = \"back.label\", column = @Column(name = \"back_label\"))",
          "public class Office { @Id Long id; @Embedded Shelf shelf;",
          "  @Embedded @AttributeOverride(name = \"label\", column = @Column(name = \"other_label\"))",
          "  @AssociationOverride(name = \"tags\", joinColumns = @JoinColumn(name = \"other_shelf\", nullable = false))",
          "  @AssociationOverride(name = \"signs\", joinColumns = @JoinColumn(name = \"other_signs\"))",
          "  Shelf other;",
          "  @Embedded Shelf back; }"));
      assertThat(compilation).succeededWithoutWarnings();
      var tag = snapshot(compilation).schema().table("tag").orElseThrow();
      assertEquals(List.of(new Column("id", "bigint", false, null), new Column("shelf", "bigint", true, null),
          new Column("other_shelf", "bigint", false, null), new Column("back_shelf", "bigint", true, null)),
          tag.columns(), naming);
      assertEquals(List.of(List.of("back_shelf"), List.of("other_shelf"), List.of("shelf")),
          tag.foreignKeys().stream().map(key -> key.columns()).sorted(java.util.Comparator.comparing(Object::toString))
              .toList(), naming);
      assertEquals(List.of("id", "signs_id", "signs_order", "other_signs", "back_signs"), snapshot(compilation).schema()
          .table("sign").orElseThrow().columns().stream().map(Column::name).toList(), naming);
    }
  }
}
