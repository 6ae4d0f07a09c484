package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tracetrack.migrations.core.schema.Snapshot;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** -Atracetrack.externalSchemas lists the schemas the migrations do not own; the snapshot records them. */
class ExternalSchemasOptionTest {
  private static final JavaFileObject ENTRY = JavaFileObjects.forSourceLines("app.Entry",
      "package app;",
      "import io.tracetrack.migrations.entity.*;",
      "@Entity(schema = \"ledger\") public class Entry { @Id long id; }");

  @Test
  void recordsTheListedSchemas() {
    Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor())
        .withOptions("-Atracetrack.externalSchemas=ledger, audit").compile(ENTRY);
    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = EntityProcessorTest.snapshot(compilation);
    assertEquals(Set.of("audit", "ledger"), snapshot.externalSchemas());
    assertEquals(Set.of("audit", "ledger"), snapshot.schema().schemas());
  }

  @Test
  void withoutTheOptionNoneIsExternal() {
    Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor()).compile(ENTRY);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Set.of(), EntityProcessorTest.snapshot(compilation).externalSchemas());
  }

  @Test
  void reportsANameThatIsNoSchemaName() {
    Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor())
        .withOptions("-Atracetrack.externalSchemas=ledger.entry").compile(ENTRY);
    assertThat(compilation).hadErrorContaining(
        "[TracetrackInvalidOption] tracetrack.externalSchemas: \"ledger.entry\" is not a schema name");
  }
}
