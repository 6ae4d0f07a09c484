package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Standalone sequences declared on entities reach the snapshot; bad ones are errors on the entity. */
class EntitySequenceTest {

  @Test
  void sequencesDeclaredOnEntitiesAreInTheSnapshot() throws IOException {
    Compilation compilation = compile(source("app.Invoice", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "@Sequence(name = \"invoice_number\", start = 1000, increment = 10, cache = 20)",
        "@Sequence(name = \"sales.countdown\", type = \"integer\", start = 100, increment = -1, minValue = 1, maxValue = 100)",
        "public class Invoice { @Id long id; }"));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      Snapshot snapshot = Snapshot.read(in, Snapshot.RESOURCE);
      assertEquals(List.of(new Sequence("invoice_number", "bigint", 1000, 10, null, null, 20, false),
          new Sequence("sales.countdown", "integer", 100, -1, 1L, 100L, 1, false)),
          List.copyOf(snapshot.schema().sequences().values()));
      assertEquals(true, snapshot.schema().schemas().contains("sales"), "the sequence's schema exists");
    }
  }

  @Test
  void aBadOrClashingSequenceIsAnErrorOnTheEntity() {
    Compilation bad = compile(source("app.A", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity @Sequence(name = \"n\", type = \"numeric\") public class A { @Id long id; }"));
    assertThat(bad).hadErrorContaining("[TracetrackBadSequence] sequence \"n\" must be smallint, integer or bigint")
        .inFile(bad.sourceFiles().get(0)).onLineContaining("public class A");

    Compilation clash = compile(
        source("app.A", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity @Sequence(name = \"n\") public class A { @Id long id; }"),
        source("app.B", "package app;", "import io.tracetrack.migrations.entity.*;",
            "@Entity @Sequence(name = \"n\", start = 5) public class B { @Id long id; }"));
    assertThat(clash).hadErrorContaining("[TracetrackDuplicateSequence] Sequence \"n\" is declared by app.A already");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(sources);
  }
}
