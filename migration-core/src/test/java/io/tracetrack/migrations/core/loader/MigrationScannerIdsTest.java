package io.tracetrack.migrations.core.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader refuses revision ids the version table or the target syntax cannot hold, naming the class. */
class MigrationScannerIdsTest {
  @TempDir Path dir;

  private MigrationSet scan(String revisionArguments) throws Exception {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Path file = JavaSourceCompiler.write(sources, "m", "M1", """
        package m;
        import io.tracetrack.migrations.*;
        @Revision(%s, message = "m")
        public final class M1 implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """.formatted(revisionArguments));
    JavaSourceCompiler.compile(List.of(file), classes);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      return new MigrationScanner(loader, List.of(sources), MigrationLog.console()).scan(classes, "m");
    }
  }

  @Test
  void aValidIdLoads() throws Exception {
    assertEquals("ae10_x", scan("id = \"ae10_x\"").graph().head());
  }

  @Test
  void anIdWithAHyphenIsRefusedNamingTheClass() {
    MigrationException e = assertThrows(MigrationException.class, () -> scan("id = \"ae10-1\""));
    assertEquals("m.M1 declares @Revision(id = \"ae10-1\"), which is not a valid revision id:"
        + " only letters, digits and _ are allowed", e.getMessage());
  }

  @Test
  void anEmptyOrTooLongIdIsRefused() {
    assertEquals("m.M1 declares @Revision(id = \"\"), which is not a valid revision id: it is empty",
        assertThrows(MigrationException.class, () -> scan("id = \"\"")).getMessage());
    String longId = "a".repeat(65);
    assertEquals("m.M1 declares @Revision(id = \"" + longId + "\"), which is not a valid revision id:"
        + " it has 65 characters, more than the 64 the version table holds",
        assertThrows(MigrationException.class, () -> scan("id = \"" + longId + "\"")).getMessage());
  }

  @Test
  void aBadRevisesEntryIsRefused() {
    assertEquals("m.M1 declares @Revision(revises = \"head\"), which is not a valid revision id:"
        + " \"head\" names a target (head, heads, base)",
        assertThrows(MigrationException.class, () -> scan("id = \"b2\", revises = \"head\"")).getMessage());
  }
}
