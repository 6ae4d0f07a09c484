package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tracetrack.migrations.core.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** PostgreSQL keeps 63 bytes of a name: longer explicit names are compile errors, default ones are shortened. */
class NameLengthTest {
  /** 64 bytes in UTF-8, though only 32 characters. */
  private static final String WIDE = "é".repeat(32);
  /** 63 bytes: the longest name PostgreSQL keeps whole. */
  private static final String LONGEST = "n".repeat(63);

  private static JavaFileObject entity(String... lines) {
    List<String> all = new ArrayList<>(List.of("package app;", "import io.tracetrack.migrations.entity.*;"));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("app.Thing", all);
  }

  private static Compilation compile(JavaFileObject source) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(source);
  }

  private static void assertTooLong(JavaFileObject source, String message, String line) {
    assertThat(compile(source)).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void reportsATableNameOverSixtyThreeBytes() {
    JavaFileObject source = entity("@Entity(table = \"" + WIDE + "\")", "public class Thing { @Id long id; }");
    assertTooLong(source, "[TracetrackNameTooLong] Table name \"" + WIDE + "\" is 64 bytes long in UTF-8;"
        + " PostgreSQL keeps 63 at most: choose a shorter one with @Entity(table = ...)", "public class Thing");
  }

  @Test
  void reportsALongTableNameDerivedFromTheClassName() {
    String className = "A" + "b".repeat(63);
    JavaFileObject source = JavaFileObjects.forSourceLines("app." + className, "package app;",
        "import io.tracetrack.migrations.entity.*;", "@Entity", "public class " + className + " { @Id long id; }");
    assertTooLong(source, "Table name \"a" + "b".repeat(63) + "\" is 64 bytes long", "public class");
  }

  @Test
  void reportsASchemaName() {
    JavaFileObject source = entity("@Entity(schema = \"" + WIDE + "\")", "public class Thing { @Id long id; }");
    assertTooLong(source, "Schema name \"" + WIDE + "\" is 64 bytes long", "public class Thing");
  }

  @Test
  void reportsAColumnNameOnItsField() {
    JavaFileObject source = entity("@Entity public class Thing {", "  @Id long id;",
        "  @Column(name = \"" + WIDE + "\") String label;", "}");
    assertTooLong(source, "Column name \"" + WIDE + "\" is 64 bytes long in UTF-8; PostgreSQL keeps 63 at most:"
        + " choose a shorter one with @Column(name = ...)", "String label");
  }

  @Test
  void reportsAnEnumTypeName() {
    JavaFileObject source = entity("@Entity public class Thing {", "  enum Mood { OK }", "  @Id long id;",
        "  @Column(enumStorage = Column.EnumStorage.NATIVE, enumTypeName = \"" + "m".repeat(64) + "\") Mood mood;", "}");
    assertTooLong(source, "Enum type name \"" + "m".repeat(64) + "\" is 64 bytes long", "Mood mood");
  }

  @Test
  void reportsExplicitIndexUniqueAndForeignKeyNames() {
    String name = "k".repeat(64);
    assertTooLong(entity("@Entity @Index(name = \"" + name + "\", columns = \"label\")",
        "public class Thing { @Id long id; String label; }"), "Index name \"" + name + "\" is 64 bytes long", "public class");
    assertTooLong(entity("@Entity @UniqueConstraint(name = \"" + name + "\", columns = \"label\")",
        "public class Thing { @Id long id; String label; }"), "Unique constraint name \"" + name + "\"", "public class");
    assertTooLong(entity("@Entity public class Thing {", "  @Id long id;",
        "  @ForeignKey(table = \"thing\", name = \"" + name + "\") Long parentId;", "}"),
        "Foreign key name \"" + name + "\" is 64 bytes long", "Long parentId");
  }

  @Test
  void acceptsSixtyThreeBytesAndShortensDefaultNames() {
    Compilation compilation = compile(entity("@Entity(table = \"" + LONGEST + "\")",
        "@Index(columns = \"label\")",
        "public class Thing {",
        "  @Id long id;",
        "  @Column(unique = true) String label;",
        "  @ForeignKey(table = \"" + LONGEST + "\") Long parentId;",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Table table = EntityProcessorTest.snapshot(compilation).schema().table(LONGEST).orElseThrow();
    List<String> names = new ArrayList<>(List.of(table.primaryKeyName()));
    table.indexes().forEach(i -> names.add(i.name()));
    table.uniqueConstraints().forEach(u -> names.add(u.name()));
    table.foreignKeys().forEach(f -> names.add(f.name()));
    assertEquals(4, names.stream().distinct().count(), names.toString());
    for (String name : names) {
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name);
    }
  }
}
