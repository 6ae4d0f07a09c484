package io.tracetrack.migrations.maven.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.maven.workspace.SiblingModules.Result;
import io.tracetrack.migrations.maven.workspace.SiblingModules.Sibling;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations module run alone, with the entities module's jar from the local repository on
 * its class path. File times are set explicitly: what is newer than what is the whole point.
 */
class SiblingModulesTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path root;
  private Path jar;
  private Path classes;
  private Path source;
  private Path annotations;
  private Sibling model;

  @BeforeEach
  void layout() throws IOException {
    jar = root.resolve("repository/com/example/model/1.0-SNAPSHOT/model-1.0-SNAPSHOT.jar");
    writeJar(jar, true);
    classes = root.resolve("app/model/target/classes");
    Files.createDirectories(classes.resolve("META-INF/tracetrack"));
    Files.writeString(classes.resolve(Snapshot.RESOURCE), "{}");
    source = root.resolve("app/model/src/main/java/com/example/model/User.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class User {}");
    annotations = root.resolve("repository/annotations.jar");
    writeJar(annotations, false);
    model = new Sibling("model", jar, classes, List.of(root.resolve("app/model/src/main/java")));
  }

  @Test
  void aJarBuiltAfterEverythingElseStays() throws IOException {
    times(1, 2, 3);
    Result result = SiblingModules.check(List.of(root.resolve("app/db/target/classes"), jar, annotations), List.of(model));
    assertEquals(List.of(root.resolve("app/db/target/classes"), jar, annotations), result.classpath());
    assertEquals(List.of(), result.notes());
    assertEquals(Optional.empty(), result.staleMessage("tracetrack:migrate", root.resolve("app"), root.resolve("app/db")));
  }

  @Test
  void classesBuiltAfterTheInstalledJarTakeItsPlace() throws IOException {
    times(1, 3, 2);
    Result result = SiblingModules.check(List.of(jar, annotations), List.of(model));
    assertEquals(List.of(classes, annotations), result.classpath());
    assertEquals(1, result.notes().size());
    assertTrue(result.notes().get(0).startsWith("Entities of module model from " + classes), result.notes().get(0));
    assertTrue(result.stale().isEmpty());
  }

  @Test
  void sourcesChangedAfterTheJarAndTheClassesAreOutOfDate() throws IOException {
    times(4, 3, 2);
    Result result = SiblingModules.check(List.of(jar, annotations), List.of(model));
    assertEquals(1, result.stale().size());
    String message = result.staleMessage("tracetrack:migrate", root.resolve("app"), root.resolve("app/db")).orElseThrow();
    assertTrue(message.startsWith("The entities tracetrack:migrate would read are out of date: module model changed"
        + " after it was last built: " + source), message);
    assertTrue(message.contains("is newer than " + classes), message);
    assertTrue(message.contains("in " + root.resolve("app") + " run mvn -pl db -am tracetrack:migrate"), message);
  }

  @Test
  void sourcesChangedAfterAnInstalledJarWithNoClassesFolder() throws IOException {
    times(4, 3, 2);
    Files.delete(classes.resolve(Snapshot.RESOURCE));
    Result result = SiblingModules.check(List.of(jar), List.of(model));
    assertEquals(List.of(jar), result.classpath());
    assertEquals(jar, result.stale().get(0).built());
  }

  @Test
  void aModuleWithoutEntitiesIsLeftAlone() throws IOException {
    writeJar(jar, false);
    Files.delete(classes.resolve(Snapshot.RESOURCE));
    times(4, 3, 2);
    Result result = SiblingModules.check(List.of(jar), List.of(model));
    assertEquals(List.of(jar), result.classpath());
    assertTrue(result.stale().isEmpty());
  }

  /** Sets the times of the newest source, the classes' snapshot and the jar, in minutes after T0. */
  private void times(int source, int classesSnapshot, int jarFile) throws IOException {
    Files.setLastModifiedTime(this.source, at(source));
    if (Files.exists(classes.resolve(Snapshot.RESOURCE))) {
      Files.setLastModifiedTime(classes.resolve(Snapshot.RESOURCE), at(classesSnapshot));
    }
    Files.setLastModifiedTime(jar, at(jarFile));
  }

  private static FileTime at(int minutes) {
    return FileTime.from(T0.plusSeconds(60L * minutes));
  }

  private static void writeJar(Path file, boolean withSnapshot) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(withSnapshot ? Snapshot.RESOURCE : "META-INF/MANIFEST.MF"));
      zip.write("{}".getBytes());
      zip.closeEntry();
    }
  }
}
