package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Revision ids are checked where they are declared. */
class RevisionIdCheckTest {

  private static JavaFileObject migration(String revisionLine) {
    return JavaFileObjects.forSourceLines("m.M1",
        "package m;",
        "import io.tracetrack.migrations.*;",
        "@Revision(message = \"m\",",
        revisionLine + ")",
        "public final class M1 implements Migration {",
        "  public void upgrade(Operations op) {}",
        "  public void downgrade(Operations op) {}",
        "}");
  }

  private static Compilation compile(JavaFileObject source) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(source);
  }

  @Test
  void acceptsLettersDigitsAndUnderscore() {
    assertThat(compile(migration("    id = \"3f2a9c1d7e4b\", revises = {\"Base_1\", \"a\"}"))).succeededWithoutWarnings();
  }

  @Test
  void reportsAnIdWithAHyphen() {
    Compilation compilation = compile(migration("    id = \"ae10-1\""));
    assertThat(compilation).hadErrorContaining(
            "[TracetrackInvalidRevisionId] @Revision(id = \"ae10-1\") is not a valid revision id:"
                + " only letters, digits and _ are allowed")
        .inFile(migration("    id = \"ae10-1\"")).onLineContaining("ae10-1");
  }

  @Test
  void reportsAnEmptyId() {
    JavaFileObject source = migration("    id = \"\"");
    assertThat(compile(source)).hadErrorContaining("@Revision(id = \"\") is not a valid revision id: it is empty")
        .inFile(source).onLineContaining("id = \"\"");
  }

  @Test
  void reportsAnIdTooLongForTheVersionTable() {
    String id = "x".repeat(65);
    JavaFileObject source = migration("    id = \"" + id + "\"");
    assertThat(compile(source)).hadErrorContaining("it has 65 characters, more than the 64 the version table holds")
        .inFile(source).onLineContaining(id);
  }

  @Test
  void reportsABadRevisesEntry() {
    JavaFileObject source = migration("    id = \"b2\", revises = {\"a1\", \"a 1\"}");
    assertThat(compile(source)).hadErrorContaining("@Revision(revises = \"a 1\") is not a valid revision id")
        .inFile(source).onLineContaining("revises");
    JavaFileObject single = migration("    id = \"b2\", revises = \"heads\"");
    assertThat(compile(single)).hadErrorContaining("@Revision(revises = \"heads\") is not a valid revision id:"
        + " \"heads\" names a target").inFile(single).onLineContaining("revises");
  }
}
