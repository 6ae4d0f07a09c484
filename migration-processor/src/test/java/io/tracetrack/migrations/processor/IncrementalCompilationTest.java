package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.entity.Entity;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recompiles part of the sources into an existing output directory, as an IDE or an incremental
 * build does, with the real javac and file system.
 */
class IncrementalCompilationTest {

  @TempDir Path dir;

  private Path src;
  private Path out;

  @Test
  void keepsEntitiesThatWereNotRecompiledAndDropsDeletedOnes() throws IOException {
    src = Files.createDirectories(dir.resolve("src"));
    out = Files.createDirectories(dir.resolve("out"));
    Path a = write("a/A.java",
        "package a;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class A {",
        "  @Id long id;",
        "  @Column(length = 20, unique = true) String code;",
        "  java.time.Instant created;",
        "}");
    Path b = write("b/B.java",
        "package b;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class B { @Id long id; }");

    assertEquals(CLEAN, compile(a, b));
    Snapshot full = snapshot();
    assertEquals(Map.of("a", "a.A", "b", "b.B"), full.entities());

    write("b/B.java",
        "package b;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class B { @Id long id; String name; }");
    assertEquals(CLEAN, compile(b));
    Snapshot partial = snapshot();
    assertEquals(Map.of("a", "a.A", "b", "b.B"), partial.entities());
    // A is read again from its class file, with the same columns in the same order.
    assertEquals(full.schema().table("a"), partial.schema().table("a"));
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null),
        new Column("name", "varchar(255)", true, null)),
        partial.schema().table("b").orElseThrow().columns());

    Files.delete(out.resolve("a/A.class"));
    assertEquals(CLEAN, compile(b));
    assertEquals(Map.of("b", "b.B"), snapshot().entities());
  }

  @Test
  void checksRecompiledEntitiesAgainstTheOthersAndKeepsTheSnapshotOnErrors() throws IOException {
    src = Files.createDirectories(dir.resolve("src"));
    out = Files.createDirectories(dir.resolve("out"));
    Path a = write("a/A.java",
        "package a;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class A { @Id long id; }");
    Path b = write("b/B.java",
        "package b;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class B { @Id long id; }");
    assertEquals(CLEAN, compile(a, b));
    String before = Files.readString(out.resolve(Snapshot.RESOURCE));

    write("b/B.java",
        "package b;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity(table = \"a\") public class B { @Id long id; }");
    Result result = compile(b);
    assertFalse(result.ok());
    assertTrue(result.diagnostics().contains("[TracetrackDuplicateTable] Entity b.B maps to table \"a\", as entity a.A"),
        result.diagnostics());
    assertTrue(result.diagnostics().contains("B.java:3: error"), result.diagnostics());
    assertEquals(before, Files.readString(out.resolve(Snapshot.RESOURCE)));

    // An entity that loses @Entity leaves the snapshot.
    write("b/B.java",
        "package b;",
        "public class B { long id; }");
    assertEquals(CLEAN, compile(b));
    assertEquals(Map.of("a", "a.A"), snapshot().entities());
  }

  @Test
  void ignoresAnUnreadablePreviousSnapshot() throws IOException {
    src = Files.createDirectories(dir.resolve("src"));
    out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve(Snapshot.RESOURCE).getParent());
    Files.writeString(out.resolve(Snapshot.RESOURCE), "not json");
    Path b = write("b/B.java",
        "package b;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class B { @Id long id; }");

    Result result = compile(b);
    assertTrue(result.ok(), result.diagnostics());
    assertTrue(result.diagnostics().contains("Ignoring the previous schema snapshot"), result.diagnostics());
    assertEquals(Map.of("b", "b.B"), snapshot().entities());
  }

  @Test
  void readsJpaEntitiesAgainFromClassFilesJoinTablesOnce() throws IOException {
    src = Files.createDirectories(dir.resolve("src"));
    out = Files.createDirectories(dir.resolve("out"));
    Path post = write("blog/Post.java",
        "package blog;",
        "import jakarta.persistence.*;",
        "@Entity public class Post {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;",
        "  @Column(length = 80) String title;",
        "  @ManyToMany java.util.Set<Tag> tags;",
        "}");
    Path tag = write("blog/Tag.java",
        "package blog;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id Long id; @ManyToMany(mappedBy = \"tags\") java.util.Set<Post> posts; }");
    assertEquals(CLEAN, compile(post, tag));
    Snapshot full = snapshot();
    assertEquals(Map.of("post", "blog.Post", "post_tags", "blog.Post", "tag", "blog.Tag"), full.entities());

    write("blog/Tag.java",
        "package blog;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id Long id; String label;",
        "  @ManyToMany(mappedBy = \"tags\") java.util.Set<Post> posts; }");
    assertEquals(CLEAN, compile(tag));
    Snapshot partial = snapshot();
    assertEquals(full.entities(), partial.entities());
    assertEquals(full.schema().table("post"), partial.schema().table("post"));
    assertEquals(full.schema().table("post_tags"), partial.schema().table("post_tags"));
    assertEquals(full.schema().sequences(), partial.schema().sequences(), "the sequence of a post read again");
    assertEquals(List.of("id", "label"), partial.schema().table("tag").orElseThrow().columns().stream()
        .map(Column::name).toList());
  }

  @Test
  void recompilingOneSingleTableSubclassOrTheRootKeepsEverySubclassColumn() throws IOException {
    src = Files.createDirectories(dir.resolve("src"));
    out = Files.createDirectories(dir.resolve("out"));
    Path vehicle = write("fleet/Vehicle.java",
        "package fleet;",
        "import jakarta.persistence.*;",
        "@Entity public class Vehicle { @Id Long id; String plate; }");
    Path car = write("fleet/Car.java",
        "package fleet;",
        "import jakarta.persistence.*;",
        "@Entity public class Car extends Vehicle { int seats; }");
    Path truck = write("fleet/Truck.java",
        "package fleet;",
        "import jakarta.persistence.*;",
        "@Entity public class Truck extends Vehicle { @Column(nullable = false) Double payload; }");
    assertEquals(CLEAN, compile(vehicle, car, truck));
    String full = Files.readString(out.resolve(Snapshot.RESOURCE));
    assertEquals(List.of("id", "plate", "dtype", "seats", "payload"),
        snapshot().schema().table("vehicle").orElseThrow().columns().stream().map(Column::name).toList());

    assertEquals(CLEAN, compile(car));
    assertEquals(full, Files.readString(out.resolve(Snapshot.RESOURCE)), "only one subclass recompiled");
    assertEquals(CLEAN, compile(vehicle));
    assertEquals(full, Files.readString(out.resolve(Snapshot.RESOURCE)), "only the root recompiled");

    // A subclass whose class is gone leaves the table, as in a full build without it.
    Files.delete(out.resolve("fleet/Truck.class"));
    assertEquals(CLEAN, compile(car));
    assertEquals(List.of("id", "plate", "dtype", "seats"),
        snapshot().schema().table("vehicle").orElseThrow().columns().stream().map(Column::name).toList());
  }

  private Path write(String path, String... lines) throws IOException {
    Path file = src.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  /** Compiles into {@code out}, with {@code out} on the class path. */
  private Result compile(Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(sources);
      String classPath = out + File.pathSeparator + location(Entity.class) + File.pathSeparator
          + location(jakarta.persistence.Entity.class);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
          List.of("-d", out.toString(), "-classpath", classPath, "-Atracetrack.naming=spring"),
          null, units);
      task.setProcessors(List.of(new EntityProcessor()));
      return new Result(task.call(), diagnostics.toString());
    }
  }

  private record Result(boolean ok, String diagnostics) {}

  private static final Result CLEAN = new Result(true, "");

  private Snapshot snapshot() throws IOException {
    return snapshot(out);
  }

  /** The snapshot a compilation wrote into a class output folder. */
  static Snapshot snapshot(Path out) throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve(Snapshot.RESOURCE))) {
      return Snapshot.read(in, Snapshot.RESOURCE);
    }
  }

  /** The class path entry (folder or jar) a class comes from. */
  static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
