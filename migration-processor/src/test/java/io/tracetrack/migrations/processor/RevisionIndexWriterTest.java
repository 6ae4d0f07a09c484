package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import io.tracetrack.migrations.core.loader.RevisionIndex;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision index the processor writes beside the checksums, through full and partial
 * compilations into one output folder (real javac, real files), and outputs left alone when
 * their bytes would not change.
 */
class RevisionIndexWriterTest {
  private static final String INDEX = RevisionIndex.resourceName("db");
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path dir;

  @Test
  void indexesEveryMigrationOfThePackageThroughPartialCompilations() throws IOException {
    Path m1 = migration("M1_Create", "a1a1a1a1a1a1", null, "Create");
    Path m2 = migration("M2_Alter", "b2b2b2b2b2b2", "a1a1a1a1a1a1", "Alter");
    Path helper = write("db/Helper.java", "package db;", "final class Helper {}");
    compile(m1, m2, helper);

    RevisionIndex index = index();
    assertEquals(Set.of("Helper", "M1_Create", "M2_Alter"), index.classes());
    assertEquals(List.of(
            new RevisionIndex.Entry("M1_Create", "a1a1a1a1a1a1", List.of(), "Create", "2026-01-01 00:00:00", true,
                checksum("db.M1_Create")),
            new RevisionIndex.Entry("M2_Alter", "b2b2b2b2b2b2", List.of("a1a1a1a1a1a1"), "Alter",
                "2026-01-01 00:00:00", true, checksum("db.M2_Alter"))),
        index.revisions());

    // Only M2 recompiled, with a new message: M1 keeps its entry, M2's is replaced.
    migration("M2_Alter", "b2b2b2b2b2b2", "a1a1a1a1a1a1", "Alter the table");
    compile(m2);
    assertEquals(List.of("Create", "Alter the table"),
        index().revisions().stream().map(RevisionIndex.Entry::message).toList());

    // A migration whose class is gone leaves the index.
    Files.delete(dir.resolve("out/db/M1_Create.class"));
    compile(m2);
    assertEquals(Set.of("Helper", "M2_Alter"), index().classes());
    assertEquals(List.of("M2_Alter"), index().revisions().stream().map(RevisionIndex.Entry::className).toList());
  }

  @Test
  void leavesOutputsWhoseBytesWouldNotChange() throws IOException {
    Path m1 = migration("M1_Create", "a1a1a1a1a1a1", null, "Create");
    Path entity = write("model/Item.java", "package model;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Item { @Id long id; String name; }");
    compile(m1, entity);
    List<Path> outputs = List.of(out(Snapshot.RESOURCE), out(INDEX), out(MigrationChecksum.resourceName("db.M1_Create")));
    for (Path output : outputs) {
      Files.setLastModifiedTime(output, LONG_AGO);
    }

    compile(m1, entity);
    for (Path output : outputs) {
      assertEquals(LONG_AGO, Files.getLastModifiedTime(output), output + " was rewritten with the same bytes");
    }

    write("model/Item.java", "package model;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Item { @Id long id; String name; String code; }");
    compile(m1, entity);
    assertTrue(Files.getLastModifiedTime(out(Snapshot.RESOURCE)).compareTo(LONG_AGO) > 0, "a changed snapshot is written");
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out(INDEX)));
  }

  private Path migration(String className, String id, String revises, String message) throws IOException {
    return write("db/" + className + ".java",
        "package db;",
        "import io.tracetrack.migrations.*;",
        "@Revision(id = \"" + id + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"")
            + ", message = \"" + message + "\", createDate = \"2026-01-01 00:00:00\")",
        "public final class " + className + " implements Migration {",
        "  public void upgrade(Operations op) { op.execute(\"SELECT 1\"); }",
        "  public void downgrade(Operations op) { }",
        "}");
  }

  private Path write(String path, String... lines) throws IOException {
    Path file = dir.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path out(String resource) {
    return dir.resolve("out").resolve(resource);
  }

  /** Compiles into {@code out}, with {@code out} on the class path, as an incremental build does. */
  private void compile(Path... sources) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
          List.of("-d", out.toString(), "-classpath", out + File.pathSeparator + location(Migration.class)),
          null, files.getJavaFileObjects(sources));
      task.setProcessors(List.of(new EntityProcessor()));
      assertTrue(task.call(), diagnostics.toString());
    }
  }

  private RevisionIndex index() throws IOException {
    try (InputStream in = Files.newInputStream(out(INDEX))) {
      return RevisionIndex.read(in, INDEX);
    }
  }

  private String checksum(String binaryName) throws IOException {
    return Files.readString(out(MigrationChecksum.resourceName(binaryName)));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
