package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Converter(autoApply = true)} converters store every attribute of their type without
 * {@code @Convert}, as Hibernate applies them. (The columns Hibernate makes of them are judged in
 * migration-core's HibernateJudgeTest.)
 */
class JpaConvertersTest {
  private static final JavaFileObject MOOD = source("diary.Mood", "package diary;", "public enum Mood { GLAD, SAD }");
  private static final JavaFileObject MOOD_CONVERTER = converter("diary.MoodConverter", "Mood", "String");
  private static final JavaFileObject ENTRY = source("diary.Entry", "package diary;", "import jakarta.persistence.*;",
      "@Entity",
      "public class Entry {",
      "  @Id private Long id;",
      "  private Mood mood;",
      "  @Convert(disableConversion = true) private Mood plainMood;",
      "  @Enumerated(EnumType.STRING) private Mood namedMood;",
      "}");

  @Test
  void anAutoAppliedConverterOfTheCompilationStoresEveryAttributeOfItsType() {
    Compilation compilation = compile(List.of(), MOOD, MOOD_CONVERTER, ENTRY);
    assertThat(compilation).succeeded();
    Table entry = snapshot(compilation).schema().table("entry").orElseThrow();
    assertEquals(List.of(
        new Column("id", "bigint", false, null),
        new Column("mood", "varchar(255)", true, null),
        new Column("plainmood", "smallint", true, null),
        new Column("namedmood", "varchar(255)", true, null)), entry.columns());
    // Only the attributes Hibernate maps itself keep its check of the enum's values.
    assertEquals(List.of("entry_namedmood_check", "entry_plainmood_check"),
        entry.checkConstraints().stream().map(CheckConstraint::name).sorted().toList());
  }

  @Test
  void anAutoAppliedConverterOnTheClassPathInTheEntitiesPackageApplies(@TempDir Path dir) throws IOException {
    Compilation library = compile(List.of(), MOOD, MOOD_CONVERTER);
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = dir.resolve(file.getName().replaceFirst("^.*?/diary/", "diary/"));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    assertTrue(Files.exists(dir.resolve("diary/MoodConverter.class")), "the converter's class file");
    Compilation compilation = compile(List.of(dir.toFile()), ENTRY);
    assertThat(compilation).succeeded();
    assertEquals(new Column("mood", "varchar(255)", true, null),
        snapshot(compilation).schema().table("entry").orElseThrow().columns().get(1));
  }

  @Test
  void twoAutoAppliedConvertersOfOneTypeAreAnErrorNamingBoth() {
    Compilation compilation = compile(List.of(), MOOD, MOOD_CONVERTER, converter("diary.OtherMoodConverter", "Mood",
        "Integer"), ENTRY);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Field mood: several auto-applied converters match its type diary.Mood"
        + " (diary.MoodConverter, diary.OtherMoodConverter)").inFile(ENTRY).onLineContaining("private Mood mood;");
  }

  @Test
  void anAutoAppliedConverterOfBooleansIsAnErrorNamingIt() {
    JavaFileObject flag = source("diary.Flag", "package diary;", "import jakarta.persistence.*;",
        "@Entity public class Flag { @Id private Long id; private boolean done; }");
    Compilation compilation = compile(List.of(), converter("diary.YesNo", "Boolean", "String"), flag);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Field done: auto-applied converter diary.YesNo on a boolean is not"
        + " supported yet").inFile(flag).onLineContaining("private boolean done;");
  }

  private static JavaFileObject converter(String name, String entityType, String databaseType) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return source(name, "package diary;", "import jakarta.persistence.*;",
        "@Converter(autoApply = true)",
        "public class " + simple + " implements AttributeConverter<" + entityType + ", " + databaseType + "> {",
        "  public " + databaseType + " convertToDatabaseColumn(" + entityType + " value) { return null; }",
        "  public " + entityType + " convertToEntityAttribute(" + databaseType + " value) { return null; }",
        "}");
  }

  /** Compiles with the test class path, and {@code extra} entries before it. */
  private static Compilation compile(List<File> extra, JavaFileObject... sources) {
    List<File> classPath = new ArrayList<>(extra);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return Compiler.javac().withProcessors(new EntityProcessor()).withOptions("-Atracetrack.naming=jpa")
        .withClasspath(classPath).compile(sources);
  }
}
