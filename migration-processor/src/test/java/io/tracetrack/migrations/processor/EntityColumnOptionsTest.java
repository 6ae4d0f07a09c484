package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Identity options, serial columns, generated columns, collations and checks named as written, declared on entities. */
class EntityColumnOptionsTest {

  @Test
  void everyColumnOptionReachesTheSnapshot() {
    Table line = table(compile(source("app.Line",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "@Check(name = \"line_qty_check\", expression = \"qty > 0\", exactName = true)",
        "@Check(name = \"positive_price\", expression = \"price > 0\")",
        "public class Line {",
        "  @Id @IdentityOptions(start = 1000, increment = 10, cache = 20) long id;",
        "  @Column(sqlType = \"serial\") int number;",
        "  java.math.BigDecimal price;",
        "  int qty;",
        "  @Column(generatedAs = \"price * qty\", precision = 12) java.math.BigDecimal total;",
        "  @Column(collation = \"C\") String code;",
        "}")), "line");
    assertEquals(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null,
        new IdentityOptions(1000L, 10L, null, null, 20L, null), null, null, null), line.column("id").orElseThrow());
    OwnedSequence sequence = new OwnedSequence("line_number_seq", "integer");
    assertEquals(new Column("number", "integer", false, "nextval('line_number_seq'::regclass)", null, null, null, null,
        null, sequence), line.column("number").orElseThrow());
    assertEquals("price * qty", line.column("total").orElseThrow().generated());
    assertEquals("C", line.column("code").orElseThrow().collation());
    assertEquals(List.of(new CheckConstraint("ck_line_positive_price", "price > 0"), new CheckConstraint("line_qty_check", "qty > 0")),
        line.checkConstraints());
  }

  @Test
  void snapshotsWithoutTheOptionsKeepTheirFormat() throws IOException {
    Compilation compilation = compile(source("app.Plain", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Plain { @Id long id; String name; }"));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE).orElseThrow();
    assertEquals(true, file.getCharContent(true).toString().contains("\"format\" : 2"));
  }

  @Test
  void identityOptionsOnAPlainColumnAreAnErrorOnTheField() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class T {",
        "  @Id long id;",
        "  @IdentityOptions(start = 5) long counter;",
        "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidIdentity] Field counter: @IdentityOptions is for an identity column")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("long counter");
  }

  @Test
  void ourColumnOnAMethodOfOurEntityIsAnErrorOnTheMethod() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class T {",
        "  @Id long id; String label;",
        "  @Column(comment = \"shown\") public String getLabel() { return label; }",
        "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackColumnOnMethod] @Column on method getLabel of entity T:"
        + " TraceTrack's entities map fields; annotate the field")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("getLabel");
  }

  @Test
  void aGeneratedColumnWithAServerDefaultIsAnErrorOnTheField() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity public class T {",
        "  @Id long id;",
        "  @Column(generatedAs = \"id * 2\", serverDefault = \"0\") Long twice;",
        "}"));
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidGenerated] Field twice")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("Long twice");
  }

  @Test
  void anExactCheckNameOver63BytesIsAnError() {
    Compilation compilation = compile(source("app.T", "package app;", "import io.tracetrack.migrations.entity.*;",
        "@Entity @Check(name = \"" + "c".repeat(64) + "\", expression = \"id > 0\", exactName = true)",
        "public class T { @Id long id; }"));
    assertThat(compilation).hadErrorContaining("[TracetrackNameTooLong] Check constraint name");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(sources);
  }

  private static Table table(Compilation compilation, String name) {
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return Snapshot.read(in, Snapshot.RESOURCE).schema().table(name).orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
