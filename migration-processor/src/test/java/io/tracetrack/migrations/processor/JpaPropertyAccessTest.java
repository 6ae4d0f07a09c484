package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities mapped on their getters (JPA's property access), and {@code @Access}, read as Hibernate reads them. */
class JpaPropertyAccessTest {

  @Test
  void anIdOnAGetterMapsEveryGetterAndNoField() {
    Compilation compilation = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  private Long id; private String name; private String cache; private boolean active;",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }",
            "  public void setId(Long id) { this.id = id; }",
            "  @Column(length = 80, nullable = false) public String getName() { return name; }",
            "  public boolean isActive() { return active; }",
            "  public String getHomepageURL() { return null; }",
            "  @Transient public String getDisplayName() { return name; }",
            "  public static String getVersionTag() { return \"1\"; }",
            "  public String describe() { return name; }",
            "  @PrePersist void stamp() { }",
            "  @Embedded public Address getAddress() { return null; }",
            "}"),
        source("shop.Address", "package shop;", "import jakarta.persistence.*;",
            "@Embeddable public class Address {",
            "  private String street; private String normalized;",
            "  @Column(length = 40) public String getStreet() { return street; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Table customer = snapshot(compilation).schema().table("customer").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null),
        new Column("name", "varchar(80)", false, null), new Column("active", "boolean", false, null),
        new Column("homepageurl", "varchar(255)", true, null), new Column("street", "varchar(40)", true, null)),
        customer.columns(), "getters name the columns; fields, statics, @Transient and non-getters add none;"
            + " the embeddable of a property is read through its getters too");
  }

  @Test
  void accessOnAClassOrAMemberOverridesTheDefault() {
    Compilation compilation = compile("jpa",
        source("shop.Supplier", "package shop;", "import jakarta.persistence.*;",
            "@Entity @Access(AccessType.PROPERTY) public class Supplier {",
            "  @Id @Access(AccessType.FIELD) Long id; String ignored;",
            "  public int getRating() { return 0; }",
            "}"),
        source("shop.Order", "package shop;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"orders\") public class Order {",
            "  @Id Long id; long cents;",
            "  @Access(AccessType.PROPERTY) @Column(name = \"total\") public java.math.BigDecimal getTotal() { return null; }",
            "  @ManyToOne @Access(AccessType.PROPERTY) public Supplier getSupplier() { return null; }",
            "}"),
        source("shop.Audited", "package shop;", "import jakarta.persistence.*;",
            "@MappedSuperclass public abstract class Audited {",
            "  public java.time.Instant getCreatedAt() { return null; }",
            "}"),
        source("shop.Invoice", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Invoice extends Audited {",
            "  @Id public Long getNumber() { return null; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    assertEquals(List.of("id", "rating"), names(schema.table("supplier").orElseThrow()));
    assertEquals(List.of("id", "cents", "total", "supplier_id"), names(schema.table("orders").orElseThrow()));
    assertEquals(List.of("createdat", "number"), names(schema.table("invoice").orElseThrow()),
        "a mapped superclass follows the entity's property access");
  }

  @Test
  void aGenericMappedSuperclassGetterIsTypedAsTheEntitySeesIt() {
    Compilation compilation = compile("spring",
        source("shop.Base", "package shop;", "import jakarta.persistence.*;",
            "@MappedSuperclass public abstract class Base<K> {",
            "  @Id public K getId() { return null; }",
            "}"),
        source("shop.Item", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Item extends Base<java.util.UUID> { public String getLabel() { return null; } }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("id", "uuid", false, null), new Column("label", "varchar(255)", true, null)),
        snapshot(compilation).schema().table("item").orElseThrow().columns());
  }

  @Test
  void annotationsTheAccessLeavesUnreadAreErrorsOnTheirMember() {
    Compilation onField = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Column(length = 20) private String code;",
            "  @Id public Long getId() { return null; }",
            "  public String getCode() { return code; }",
            "}"));
    assertThat(onField).hadErrorContaining("[TracetrackJpaAccess] @Column on field code of Customer, which uses property"
        + " access (its hierarchy's @Id is on a getter): Hibernate reads the getters only");
    assertThat(onField).hadErrorContaining("@Column").inFile(onField.sourceFiles().get(0)).onLine(4);

    Compilation onGetter = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id Long id; String code;",
            "  @Column(length = 20)",
            "  public String getCode() { return code; }",
            "}"));
    assertThat(onGetter).hadErrorContaining("[TracetrackJpaAccess] @Column on method getCode of Customer, which uses field"
        + " access (its hierarchy's @Id is on a field)");
    assertThat(onGetter).hadErrorContaining("@Column").inFile(onGetter.sourceFiles().get(0)).onLine(6);

    Compilation onSetter = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id public Long getId() { return null; }",
            "  @Column(length = 20) public void setCode(String code) { }",
            "}"));
    assertThat(onSetter).hadErrorContaining("[TracetrackJpaAccess] @Column on method setCode of Customer, which is no"
        + " getter");

    Compilation ours = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @io.tracetrack.migrations.entity.Column(comment = \"Shown on invoices\") private String code;",
            "  @Id public Long getId() { return null; }",
            "  public String getCode() { return code; }",
            "}"));
    assertThat(ours).hadErrorContaining("[TracetrackJpaAccess] TraceTrack's @Column on field code of Customer, which uses"
        + " property access (its hierarchy's @Id is on a getter): the getters hold the mapping; annotate the getter");

    Compilation oursOnAFieldAccessGetter = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id private Long id; private String code;",
            "  @io.tracetrack.migrations.entity.Column(comment = \"Shown on invoices\")",
            "  public String getCode() { return code; }",
            "}"));
    assertThat(oursOnAFieldAccessGetter).hadErrorContaining("[TracetrackJpaAccess] @Column on method getCode of Customer,"
        + " which uses field access (its hierarchy's @Id is on a field)");
    assertThat(oursOnAFieldAccessGetter).hadErrorContaining("@Column").inFile(oursOnAFieldAccessGetter.sourceFiles().get(0))
        .onLineContaining("getCode");

    Compilation badProperty = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id public Long getId() { return null; }",
            "  @GeneratedValue public String getCode() { return null; }",
            "}"));
    assertThat(badProperty).hadErrorContaining("Field code: @GeneratedValue belongs on the @Id field");
    assertThat(badProperty).hadErrorContaining("@GeneratedValue").inFile(badProperty.sourceFiles().get(0)).onLine(5);
  }

  @Test
  void ourColumnOnAGetterAddsWhatJpaCannotSay() {
    Compilation compilation = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id public Long getId() { return null; }",
            "  @Column(name = \"full_name\", length = 80)",
            "  @io.tracetrack.migrations.entity.Column(renamedFrom = \"name\", comment = \"As printed\")",
            "  public String getFullName() { return null; }",
            "  @io.tracetrack.migrations.entity.Column(serverDefault = \"now()\")",
            "  public java.time.Instant getSeenAt() { return null; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    var snapshot = snapshot(compilation);
    Table customer = snapshot.schema().table("customer").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null),
        new Column("full_name", "varchar(80)", true, null, null, "As printed"),
        new Column("seen_at", "timestamptz(6)", true, "now()", null, null)), customer.columns());
    assertEquals(java.util.Map.of("customer", java.util.Map.of("full_name", "name")), snapshot.renames().columns());

    Compilation jpaSays = compile("spring",
        source("shop.Customer", "package shop;", "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id public Long getId() { return null; }",
            "  @io.tracetrack.migrations.entity.Column(length = 80)",
            "  public String getName() { return null; }",
            "}"));
    assertThat(jpaSays).hadErrorContaining("[TracetrackJpaMixed] Field name: on a JPA entity, TraceTrack's @Column adds"
        + " serverDefault, comment, renamedFrom and enumStorage only");
    assertThat(jpaSays).hadErrorContaining("@Column").inFile(jpaSays.sourceFiles().get(0)).onLineContaining("getName");
  }

  private static List<String> names(Table table) {
    return table.columns().stream().map(Column::name).toList();
  }
}
