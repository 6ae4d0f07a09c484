package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case, offline: the diff's upgrade reaches B, its downgrade comes back to A, and code is stable. */
class ChangeCorpusOfflineTest {

  @Test
  void theCorpusHasFiftyCasesOrMoreWithDistinctNames() {
    List<String> names = ChangeCorpus.names();
    assertTrue(names.size() >= 50, "only " + names.size() + " cases");
    assertEquals(names.size(), names.stream().distinct().count(), "case names repeat");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.ChangeCorpus#arguments")
  void replayReachesBAndComesBackToA(String name, ChangeCorpus.Case c) {
    SchemaDiff diff = SchemaDiff.between(c.from(), c.to(), c.hints());
    assertFalse(diff.isEmpty(), name + ": a change was expected");
    Schema upgraded = SchemaReplayer.apply(c.from(), diff.upgrade());
    assertEquivalent(c.to(), upgraded, name + ": upgrade\n" + diff.upgrade());
    assertTrue(SchemaDiff.equivalent(upgraded, c.to()), name + ": " + SchemaDiff.between(upgraded, c.to()).upgrade());
    Schema downgraded = SchemaReplayer.apply(upgraded, diff.downgrade());
    assertEquivalent(c.from(), downgraded, name + ": downgrade\n" + diff.downgrade());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.ChangeCorpus#arguments")
  void sameChangeTwiceGivesByteIdenticalCode(String name, ChangeCorpus.Case c) {
    assertEquals(render(c), render(c), name);
  }

  private static String render(ChangeCorpus.Case c) {
    SchemaDiff diff = SchemaDiff.between(c.from(), c.to(), c.hints());
    return MigrationClassWriter.render("p", "M1_X", new RevisionHeader("aaaaaaaaaaaa", List.of(), "x", "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), diff.warningsByOperation(), null).toString();
  }
}
