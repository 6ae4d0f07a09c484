package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.revision.WrongDirectionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DowngradePlanTest {
  /** a1 <- b2 <- c3 <- d4 */
  private static final RevisionGraph LINE = RevisionGraph.of(List.of(
      revision("a1"), revision("b2", "a1"), revision("c3", "b2"), revision("d4", "c3")));

  static List<String> ids(List<PlannedStep> plan) {
    plan.forEach(step -> assertFalse(step.upgrade(), step.toString()));
    return plan.stream().map(s -> s.revision().id()).toList();
  }

  @Test
  void minusOneUndoesTheNewest() {
    assertEquals(List.of("d4"), ids(LINE.downgradePlan(Set.of("d4"), "-1")));
    assertEquals(List.of("b2"), ids(LINE.downgradePlan(Set.of("b2"), "-1")));
  }

  @Test
  void minusNUndoesNewestFirst() {
    assertEquals(List.of("d4", "c3", "b2"), ids(LINE.downgradePlan(Set.of("d4"), "-3")));
  }

  @Test
  void baseUndoesEverythingNewestFirst() {
    assertEquals(List.of("d4", "c3", "b2", "a1"), ids(LINE.downgradePlan(Set.of("d4"), "base")));
    assertEquals(List.of(), LINE.downgradePlan(Set.of(), "base"));
  }

  @Test
  void toARevisionKeepsIt() {
    assertEquals(List.of("d4", "c3"), ids(LINE.downgradePlan(Set.of("d4"), "b2")));
    assertEquals(List.of("d4", "c3", "b2"), ids(LINE.downgradePlan(Set.of("d4"), "a")));
    assertEquals(List.of(), LINE.downgradePlan(Set.of("d4"), "d4"));
  }

  /** a1 <- b2 <- c3 and a1 <- x2 <- y3: two heads. */
  private static final RevisionGraph BRANCHED = RevisionGraph.of(List.of(
      revision("a1"), revision("b2", "a1"), revision("c3", "b2"), revision("x2", "a1"), revision("y3", "x2")));

  @Test
  void minusOneAtTwoHeadsAsksWhichHead() {
    AmbiguousDowngradeException e = assertThrows(AmbiguousDowngradeException.class,
        () -> BRANCHED.downgradePlan(Set.of("c3", "y3"), "-1"));
    assertEquals(List.of("c3", "y3"), e.heads());
    assertEquals("-1", e.target());
    assertEquals("Downgrade target -1 is ambiguous: the database is at 2 heads, c3, y3. Name the head to step back"
        + " from, such as c3-1, or a revision to go back to", e.getMessage());
  }

  @Test
  void minusOneAtOneHeadOfABranchedGraphUndoesIt() {
    assertEquals(List.of("c3"), ids(BRANCHED.downgradePlan(Set.of("c3"), "-1")));
  }

  @Test
  void headMinusNStepsBackThatBranchOnly() {
    assertEquals(List.of("y3"), ids(BRANCHED.downgradePlan(Set.of("c3", "y3"), "y3-1")));
    assertEquals(List.of("c3", "b2"), ids(BRANCHED.downgradePlan(Set.of("c3", "y3"), "c3-2")));
    // an absolute target is where the database ends: the other branch goes too
    assertEquals(List.of("y3", "x2", "c3"), ids(BRANCHED.downgradePlan(Set.of("c3", "y3"), "b2")));
  }

  @Test
  void minusNBeyondBaseIsAnError() {
    RevisionException e = assertThrows(RevisionException.class, () -> LINE.downgradePlan(Set.of("b2"), "-3"));
    assertEquals("Downgrade target -3 asks for 3 migrations but only 2 are applied", e.getMessage());
  }

  @Test
  void targetNotAppliedIsAnError() {
    WrongDirectionException e = assertThrows(WrongDirectionException.class,
        () -> LINE.downgradePlan(Set.of("b2"), "d4"));
    assertEquals("Downgrade target d4, revision d4 is not applied to the database: it takes an upgrade", e.getMessage());
    assertEquals(WrongDirectionException.Direction.UPGRADE, e.needed());
  }

  @Test
  void forwardTargetIsAnError() {
    assertEquals(WrongDirectionException.Direction.UPGRADE,
        assertThrows(WrongDirectionException.class, () -> LINE.downgradePlan(Set.of("b2"), "+1")).needed());
  }

  @Test
  void unknownTarget() {
    assertEquals("Unknown revision zz", assertThrows(RevisionException.class, () -> LINE.downgradePlan(Set.of("d4"), "zz")).getMessage());
  }
}
