package io.tracetrack.migrations.core.codegen;

import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.diff.SchemaDiffCases;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import io.tracetrack.migrations.core.operation.RawOperation;

/**
 * Generated classes compile, and what they record when run replays to the same schemas as the
 * diff they were generated from.
 */
class GeneratedMigrationCompileTest {
  private static final String PACKAGE = "gen.migrations";

  @TempDir
  Path temp;

  private record Generated(String name, Schema from, Schema to, SchemaDiff diff, String className, Path source) {}

  @Test
  void generatedMigrationsCompileAndRecordTheirDiff() throws Exception {
    Path sources = temp.resolve("src");
    Path classes = temp.resolve("classes");
    List<Generated> generated = new ArrayList<>();
    List<Arguments> cases = SchemaDiffCases.cases().toList();
    for (int i = 0; i < cases.size(); i++) {
      Object[] args = cases.get(i).get();
      String name = (String) args[0];
      Schema from = (Schema) args[1];
      Schema to = (Schema) args[2];
      SchemaDiff diff = SchemaDiff.between(from, to);
      Map<Operation, String> warnings = diff.warningsByOperation();
      String className = "M2026112610" + String.format("%04d", i) + "_Case" + i;
      RevisionHeader header = new RevisionHeader(String.format("%012x", i + 1),
          i == 0 ? List.of() : List.of(String.format("%012x", i)), name, "2026-11-26 10:30:00");
      String source = MigrationClassWriter.render(PACKAGE, className, header, diff.upgrade(), diff.downgrade(),
          warnings, null).toString();
      generated.add(new Generated(name, from, to, diff, className,
          JavaSourceCompiler.write(sources, PACKAGE, className, source)));
    }

    JavaSourceCompiler.compile(generated.stream().map(Generated::source).toList(), classes);

    for (Generated g : generated) {
      Migration migration = JavaSourceCompiler.instantiate(classes, PACKAGE + "." + g.className());
      List<Operation> upgrade = RecordingOperations.record(migration::upgrade);
      List<Operation> downgrade = RecordingOperations.record(migration::downgrade);

      Schema upgradedByClass = SchemaReplayer.apply(g.from(), upgrade);
      assertEquivalent(SchemaReplayer.apply(g.from(), g.diff().upgrade()), upgradedByClass, g.name() + ": upgrade()");
      assertEquivalent(g.to(), upgradedByClass, g.name() + ": upgrade() reaches the target");
      Schema downgradedByClass = SchemaReplayer.apply(upgradedByClass, downgrade);
      assertEquivalent(SchemaReplayer.apply(g.to(), g.diff().downgrade()), downgradedByClass, g.name() + ": downgrade()");
      assertEquivalent(g.from(), downgradedByClass, g.name() + ": downgrade() comes back");
    }
  }

  @Test
  void revisionAnnotationOfTheCompiledClassCarriesTheHeader() throws Exception {
    String source = MigrationClassWriter.render(PACKAGE, "M1_Merge",
        new RevisionHeader("cccccccccccc", List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"), "Merge heads", "2026-11-26 10:30:00"),
        List.of(), List.of(), Map.of(), "Nothing to do").toString();
    Path classes = temp.resolve("classes");
    JavaSourceCompiler.compile(List.of(JavaSourceCompiler.write(temp.resolve("src"), PACKAGE, "M1_Merge", source)), classes);
    Revision revision = JavaSourceCompiler.load(classes, PACKAGE + ".M1_Merge").getAnnotation(Revision.class);
    assertEquals("cccccccccccc", revision.id());
    assertArrayEquals(new String[] {"aaaaaaaaaaaa", "bbbbbbbbbbbb"}, revision.revises());
    assertEquals("Merge heads", revision.message());
    assertEquals("2026-11-26 10:30:00", revision.createDate());
  }

  @Test
  void messagesWithCommentEndsBackslashesAndQuotesStillCompile() throws Exception {
    String message = "Fix */ and \"quotes\" in C:\\users\\me and \\u0041 $ref";
    String source = MigrationClassWriter.render(PACKAGE, "M1_Odd",
        new RevisionHeader("dddddddddddd", List.of(), message, "2026-11-26 10:30:00"),
        List.of(new RawOperation.ExecuteSql("UPDATE t SET path = 'C:\\users' WHERE note = '*/'")), List.of(), Map.of(), null)
        .toString();
    Path classes = temp.resolve("classes");
    JavaSourceCompiler.compile(List.of(JavaSourceCompiler.write(temp.resolve("src"), PACKAGE, "M1_Odd", source)), classes);
    Class<?> type = JavaSourceCompiler.load(classes, PACKAGE + ".M1_Odd");
    assertEquals(message, type.getAnnotation(Revision.class).message());
    Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
    assertEquals(List.of(new RawOperation.ExecuteSql("UPDATE t SET path = 'C:\\users' WHERE note = '*/'")),
        RecordingOperations.record(migration::upgrade));
  }
}
