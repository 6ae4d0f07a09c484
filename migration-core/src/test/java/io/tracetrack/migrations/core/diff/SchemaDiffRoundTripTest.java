package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.testsupport.Schemas.assertEquivalent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every kind of change: the upgrade reaches the new schema and the downgrade comes back exactly. */
class SchemaDiffRoundTripTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.SchemaDiffCases#cases")
  void upgradeReachesTheTargetAndDowngradeComesBack(String name, Schema from, Schema to) {
    SchemaDiff diff = SchemaDiff.between(from, to);
    assertFalse(diff.isEmpty(), name + ": a change was expected");
    Schema upgraded = SchemaReplayer.apply(from, diff.upgrade());
    assertEquivalent(to, upgraded, name + ": upgrade");
    Schema downgraded = SchemaReplayer.apply(upgraded, diff.downgrade());
    assertEquivalent(from, downgraded, name + ": downgrade");
    assertEquivalent(from, SchemaReplayer.apply(to, diff.downgrade()), name + ": downgrade from the target");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.SchemaDiffCases#cases")
  void noDifferenceOnceUpgraded(String name, Schema from, Schema to) {
    Schema upgraded = SchemaReplayer.apply(from, SchemaDiff.between(from, to).upgrade());
    assertTrue(SchemaDiff.between(upgraded, to).isEmpty(), name);
    assertTrue(SchemaDiff.equivalent(upgraded, to), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.SchemaDiffCases#cases")
  void sameInputGivesEqualSteps(String name, Schema from, Schema to) {
    SchemaDiff first = SchemaDiff.between(from, to);
    SchemaDiff second = SchemaDiff.between(from, to);
    assertEquals(first.steps(), second.steps(), name);
    assertEquals(first.upgrade(), second.upgrade(), name);
    assertEquals(first.downgrade(), second.downgrade(), name);
    assertEquals(first.warnings(), second.warnings(), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.SchemaDiffCases#cases")
  void reverseDiffUndoesTheChange(String name, Schema from, Schema to) {
    Schema back = SchemaReplayer.apply(to, SchemaDiff.between(to, from).upgrade());
    assertEquivalent(from, back, name);
  }
}
