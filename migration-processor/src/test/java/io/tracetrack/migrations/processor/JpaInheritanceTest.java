package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.HibernateStubs.*;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JPA entities that extend entities become the tables Hibernate 6 creates for each {@code @Inheritance} strategy. */
class JpaInheritanceTest {

  @Test
  void singleTableHoldsEverySubclassColumnNullableWithADiscriminator() {
    Compilation compilation = compile("spring",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;",
            "@Entity public class Animal { @Id Long id; @Column(nullable = false) String name; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;",
            "@Entity public class Dog extends Animal { int barks; @Column(nullable = false) boolean goodBoy; String color; }"),
        source("zoo.Cat", "package zoo;", "import jakarta.persistence.*;",
            "@Entity public class Cat extends Animal { int lives; String color; }"),
        source("zoo.Keeper", "package zoo;", "import jakarta.persistence.*;",
            "@Entity public class Keeper { @Id Long id; @ManyToOne Dog favourite; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertEquals(List.of("animal", "keeper"), List.copyOf(snapshot.schema().tables().keySet()));
    Table animal = snapshot.schema().table("animal").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("name", "varchar(255)", false, null),
        new Column("dtype", "varchar(31)", false, null), new Column("lives", "integer", true, null),
        new Column("color", "varchar(255)", true, null), new Column("barks", "integer", true, null),
        new Column("good_boy", "boolean", false, null)), animal.columns(),
        "the discriminator, then each subclass's columns, by class name; a primitive is nullable, a declared NOT NULL"
            + " stays; siblings share a column of one name");
    assertEquals("animal", snapshot.schema().table("keeper").orElseThrow().foreignKeys().get(0).referencedTable(),
        "a relation to a subclass points at the root's table");
  }

  @Test
  void discriminatorColumnNamesTypeAndLength() {
    Compilation compilation = compile("jpa",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @DiscriminatorColumn(name = \"animalKind\", discriminatorType = DiscriminatorType.INTEGER)",
            "@DiscriminatorValue(\"1\") public class Animal { @Id Long id; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @DiscriminatorValue(\"2\") public class Dog extends Animal { }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(new Column("animalkind", "integer", false, null),
        snapshot(compilation).schema().table("animal").orElseThrow().columns().get(1));

    Compilation character = compile("jpa",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR) public class Animal { @Id Long id; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;", "@Entity public class Dog extends Animal { }"));
    assertThat(character).succeededWithoutWarnings();
    assertEquals(new Column("dtype", "char(1)", false, null),
        snapshot(character).schema().table("animal").orElseThrow().columns().get(1));
  }

  @Test
  void discriminatorColumnDefinitionIsItsType() {
    Compilation compilation = compile("spring",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @DiscriminatorColumn(name = \"kind\", columnDefinition = \"VARCHAR(12)\")",
            "public class Animal { @Id Long id; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;", "@Entity public class Dog extends Animal { }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(new Column("kind", "varchar(12)", false, null),
        snapshot(compilation).schema().table("animal").orElseThrow().columns().get(1));

    Compilation invalid = compile("spring",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @DiscriminatorColumn(columnDefinition = \"varchar(12); drop table x\")",
            "public class Animal { @Id Long id; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;", "@Entity public class Dog extends Animal { }"));
    assertThat(invalid).hadErrorContaining("[TracetrackInvalidSqlType] Entity Animal: @DiscriminatorColumn(columnDefinition):");
  }

  @Test
  void joinedGivesEachClassATableWhoseKeyIsAForeignKeyToItsParent() {
    Compilation compilation = compile("spring", ON_DELETE, ON_DELETE_ACTION,
        source("people.Person", "package people;", "import jakarta.persistence.*;",
            "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Person {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id; String name; }"),
        source("people.Vet", "package people;", "import jakarta.persistence.*;",
            "@Entity @PrimaryKeyJoinColumn(name = \"personId\")",
            "@org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)",
            "public class Vet extends Person { String license; }"),
        source("people.HeadVet", "package people;", "import jakarta.persistence.*;",
            "@Entity public class HeadVet extends Vet { int team; }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    Table vet = snapshot.schema().table("vet").orElseThrow();
    assertEquals(List.of(new Column("person_id", "integer", false, null), new Column("license", "varchar(255)", true, null)),
        vet.columns(), "the key is typed like the root's id, not an identity");
    assertEquals(List.of("person_id"), vet.primaryKey());
    assertEquals(List.of(new ForeignKey("fk_vet_person_id_person", List.of("person_id"), "person", List.of("id"),
        "CASCADE", null)), vet.foreignKeys());
    Table head = snapshot.schema().table("head_vet").orElseThrow();
    assertEquals(List.of(new ForeignKey("fk_head_vet_person_id_vet", List.of("person_id"), "vet", List.of("person_id"),
        null, null)), head.foreignKeys(), "a second level names its key as its parent does and points at it");
    assertFalse(snapshot.schema().table("person").orElseThrow().columns().stream().anyMatch(c -> c.name().equals("dtype")),
        "JOINED has no discriminator unless @DiscriminatorColumn asks");
  }

  @Test
  void tablePerClassGivesEachConcreteClassEveryInheritedColumn() {
    Compilation compilation = compile("spring",
        source("audit.Event", "package audit;", "import jakarta.persistence.*;",
            "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Event {",
            "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; java.time.Instant at; }"),
        source("audit.Login", "package audit;", "import jakarta.persistence.*;",
            "@Entity public class Login extends Event { String user; }"),
        source("audit.Logout", "package audit;", "import jakarta.persistence.*;",
            "@Entity public class Logout extends Event { }"));
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertEquals(List.of("login", "logout"), List.copyOf(snapshot.schema().tables().keySet()),
        "an abstract class has no table");
    assertEquals(List.of("id", "at", "user"),
        snapshot.schema().table("login").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("event_seq"), List.copyOf(snapshot.schema().sequences().keySet()),
        "the hierarchy shares the root's sequence");
  }

  @Test
  void hierarchyAnnotationsInTheWrongPlaceAreErrors() {
    Compilation compilation = compile("spring",
        source("zoo.Animal", "package zoo;", "import jakarta.persistence.*;", "@Entity public class Animal { @Id Long id; }"),
        source("zoo.Dog", "package zoo;", "import jakarta.persistence.*;",
            "@Entity @Table(name = \"dogs\") @Inheritance public class Dog extends Animal { }"));
    assertThat(compilation).hadErrorContaining("[TracetrackJpaInheritance] Entity Dog: @Inheritance belongs on the root"
        + " entity of the hierarchy, Animal").inFile(compilation.sourceFiles().get(1)).onLineContaining("class Dog");
    assertThat(compilation).hadErrorContaining("[TracetrackJpaInheritance] Entity Dog: @Table on a SINGLE_TABLE subclass,"
        + " whose rows are in Animal's table").inFile(compilation.sourceFiles().get(1)).onLineContaining("class Dog");
  }
}
