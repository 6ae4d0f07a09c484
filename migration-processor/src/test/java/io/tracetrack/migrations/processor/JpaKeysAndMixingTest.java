package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Composite JPA keys, and TraceTrack's own annotations adding to a JPA entity what JPA cannot say. */
class JpaKeysAndMixingTest {
  @Test
  void embeddedIdIdClassMapsIdAndJoinColumnsMakeCompositeKeys() {
    Compilation compilation = compile("spring",
        source("shop.Order", "package shop;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"orders\") public class Order { @Id Long id; }"),
        source("shop.LineId", "package shop;", "import jakarta.persistence.*;",
            "@Embeddable public class LineId implements java.io.Serializable { Long orderId; int lineNo; }"),
        source("shop.Line", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Line { @EmbeddedId LineId id; @MapsId(\"orderId\") @ManyToOne Order order; int qty; }"),
        source("shop.Note", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Note { @Id Long id;",
            "  @ManyToOne @JoinColumns({@JoinColumn(name = \"l_order\", referencedColumnName = \"order_id\"),",
            "      @JoinColumn(name = \"l_no\", referencedColumnName = \"line_no\")}) Line line;",
            "  @ManyToOne Line other; }"),
        source("shop.SlotKey", "package shop;", "public class SlotKey implements java.io.Serializable { Long order; int slot; }"),
        source("shop.Slot", "package shop;", "import jakarta.persistence.*;",
            "@Entity @IdClass(SlotKey.class) public class Slot { @Id @ManyToOne Order order; @Id int slot; }"),
        source("shop.Profile", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Profile { @Id Long id; @MapsId @OneToOne Order order; String bio; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table line = snapshot.schema().table("line").orElseThrow();
    assertEquals(List.of(new Column("line_no", "integer", false, null), new Column("order_id", "bigint", false, null),
        new Column("qty", "integer", false, null)), line.columns(), "the @MapsId relation's column replaces orderId's");
    assertEquals(List.of("line_no", "order_id"), line.primaryKey(), "in Hibernate's column order: smaller types first");
    Table note = snapshot.schema().table("note").orElseThrow();
    assertEquals(List.of("id", "l_no", "l_order", "other_line_no", "other_order_id"),
        note.columns().stream().map(Column::name).sorted().toList());
    assertEquals(List.of(List.of("l_no", "l_order"), List.of("other_line_no", "other_order_id")),
        note.foreignKeys().stream().map(ForeignKey::columns).toList(), "one foreign key over both columns, in key order");
    assertEquals(List.of("slot", "order_id"), snapshot.schema().table("slot").orElseThrow().primaryKey());
    Table profile = snapshot.schema().table("profile").orElseThrow();
    assertEquals(List.of("order_id"), profile.primaryKey(), "@MapsId: the id is the relation's column");
    assertEquals(List.of(), profile.uniqueConstraints(), "a key needs no unique constraint besides");

    Compilation wrong = compile("spring",
        source("shop.Pair", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Pair { @Id Long left; @Id Long right; }"));
    assertThat(wrong).hadErrorContaining("[TracetrackJpaNotSupported] Entity shop.Pair: a key of several @Id fields"
        + " needs @IdClass").inFile(wrong.sourceFiles().get(0)).onLineContaining("class Pair");
  }

  @Test
  void nestedEmbeddablesTakeOverridesByPathAndRelationsTheirAssociationOverrides() {
    Compilation compilation = compile("spring",
        source("geo.Point", "package geo;", "import jakarta.persistence.*;",
            "@Embeddable public class Point { Double lat; Double lng; }"),
        source("geo.Brand", "package geo;", "import jakarta.persistence.*;", "@Entity public class Brand { @Id Long id; }"),
        source("geo.Place", "package geo;", "import jakarta.persistence.*;",
            "@Embeddable public class Place { String city;",
            "  @Embedded @AttributeOverride(name = \"lng\", column = @Column(name = \"longitude\")) Point point;",
            "  @ManyToOne Brand brand; }"),
        source("geo.Shop", "package geo;", "import jakarta.persistence.*;",
            "@Entity public class Shop { @Id Long id;",
            "  @AttributeOverride(name = \"point.lat\", column = @Column(name = \"home_lat\"))",
            "  Place home;",
            "  @AttributeOverride(name = \"city\", column = @Column(name = \"alt_city\"))",
            "  @AttributeOverride(name = \"point.lat\", column = @Column(name = \"alt_lat\"))",
            "  @AttributeOverride(name = \"point.lng\", column = @Column(name = \"alt_lng\"))",
            "  @AssociationOverride(name = \"brand\", joinColumns = @JoinColumn(name = \"alt_brand\"))",
            "  Place alternative; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Table shop = snapshot(compilation).schema().table("shop").orElseThrow();
    assertEquals(List.of("id", "city", "home_lat", "longitude", "brand_id", "alt_city", "alt_lat", "alt_lng", "alt_brand"),
        shop.columns().stream().map(Column::name).toList(), "an outer override wins over the nested field's own");
    assertEquals(List.of(List.of("alt_brand"), List.of("brand_id")),
        shop.foreignKeys().stream().map(ForeignKey::columns).toList());

    Compilation wrong = compile("spring",
        source("geo.Point", "package geo;", "import jakarta.persistence.*;", "@Embeddable public class Point { Double lat; }"),
        source("geo.Place", "package geo;", "import jakarta.persistence.*;", "@Embeddable public class Place { Point point; }"),
        source("geo.Shop", "package geo;", "import jakarta.persistence.*;",
            "@Entity public class Shop { @Id Long id;",
            "  @AttributeOverride(name = \"point.height\", column = @Column(name = \"h\")) Place home; }"));
    assertThat(wrong).hadErrorContaining("Field point: @AttributeOverride(name = \"height\") names no basic field of Point")
        .inFile(wrong.sourceFiles().get(1)).onLineContaining("Point point");
  }

  @Test
  void tableGeneratorsAreTablesEntitiesMayShare() {
    Compilation compilation = compile("spring",
        source("shop.Coupon", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Coupon { @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"c\")",
            "  @TableGenerator(name = \"c\", table = \"idBlocks\", pkColumnName = \"block\", valueColumnName = \"nextBlock\")",
            "  Long id; }"),
        source("shop.Voucher", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Voucher { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }"),
        source("shop.Card", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Card { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table blocks = snapshot.schema().table("id_blocks").orElseThrow();
    assertEquals(List.of(new Column("block", "varchar(255)", false, null), new Column("next_block", "bigint", true, null)),
        blocks.columns());
    assertEquals(List.of("block"), blocks.primaryKey());
    assertEquals(List.of("sequence_name", "next_val"), snapshot.schema().table("hibernate_sequences").orElseThrow()
        .columns().stream().map(Column::name).toList(), "Hibernate's default table, once for both entities");
  }

  @Test
  void ourAnnotationsAddWhatJpaCannotSay() {
    Compilation compilation = compile("spring",
        source("app.Ticket", "package app;", "import jakarta.persistence.*;",
            "import io.tracetrack.migrations.entity.Check;",
            "@Entity(name = \"Ticket\")",
            "@io.tracetrack.migrations.entity.Entity(renamedFrom = \"issue\", comment = \"Support tickets\")",
            "@Check(name = \"positive_points\", expression = \"points > 0\")",
            "@io.tracetrack.migrations.entity.Index(columns = \"opened_at DESC\", where = \"closed = false\")",
            "public class Ticket {",
            "  public enum Priority { LOW, HIGH }",
            "  @Id Long id;",
            "  @io.tracetrack.migrations.entity.Column(serverDefault = \"now()\", comment = \"When it was opened\")",
            "  java.time.Instant openedAt;",
            "  @io.tracetrack.migrations.entity.Column(renamedFrom = \"score\") int points;",
            "  boolean closed;",
            "  @Enumerated(EnumType.STRING)",
            "  @io.tracetrack.migrations.entity.Column(enumStorage = io.tracetrack.migrations.entity.Column.EnumStorage.NATIVE)",
            "  Priority priority;",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table ticket = snapshot.schema().table("ticket").orElseThrow();
    assertEquals("Support tickets", ticket.comment());
    assertEquals(new Column("opened_at", "timestamptz(6)", true, "now()", null, "When it was opened"),
        ticket.columns().get(1));
    assertEquals(new Column("priority", "priority", true, null), ticket.columns().get(4));
    assertEquals(Map.of("priority", new EnumType("priority", List.of("LOW", "HIGH"))), snapshot.schema().enums());
    assertEquals(List.of(new CheckConstraint("ck_ticket_positive_points", "points > 0")), ticket.checkConstraints(),
        "our check, and no Hibernate check on the native enum");
    assertEquals(List.of(new Index("ix_ticket_opened_at", List.of(new Index.IndexColumn("opened_at", true)), false,
        Index.BTREE, "closed = false")), ticket.indexes());
    assertEquals(Map.of("ticket", "issue"), snapshot.renames().tables());
    assertEquals(Map.of("ticket", Map.of("points", "score")), snapshot.renames().columns());

    Compilation twice = compile("spring", source("app.Twice", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Twice { @Id Long id;",
        "  @io.tracetrack.migrations.entity.Column(name = \"n\", nullable = false) String name; }"));
    assertThat(twice).hadErrorContaining("[TracetrackJpaMixed] Field name: on a JPA entity, TraceTrack's @Column adds"
        + " serverDefault, comment, renamedFrom and enumStorage only").inFile(twice.sourceFiles().get(0))
        .onLineContaining("String name");
  }
}
