package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A merge revision (two parents) joins two branches: a1 <- b2, a1 <- c3, (b2, c3) <- m4 <- e5. */
class MergeRevisionTest {
  private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
      revision("e5", "m4"), revision("m4", "b2", "c3"), revision("c3", "a1"), revision("b2", "a1"), revision("a1")));

  @Test
  void mergeJoinsTheBranchesIntoOneHead() {
    assertEquals(Set.of("e5"), GRAPH.heads());
    assertEquals("e5", GRAPH.head());
    assertEquals(List.of("a1", "b2", "c3", "m4", "e5"), GRAPH.ordered().stream().map(RevisionInfo::id).toList());
  }

  @Test
  void upgradeToHeadsFromBaseRunsBothBranchesThenTheMerge() {
    assertEquals(List.of("a1", "b2", "c3", "m4", "e5"), UpgradePlanTest.ids(GRAPH.upgradePlan(Set.of(), "heads")));
  }

  @Test
  void upgradeFromOneBranchRunsTheOtherBranchThenTheMerge() {
    assertEquals(List.of("c3", "m4"), UpgradePlanTest.ids(GRAPH.upgradePlan(Set.of("b2"), "m4")));
  }

  @Test
  void upgradeFromBothBranchHeads() {
    assertEquals(List.of("m4", "e5"), UpgradePlanTest.ids(GRAPH.upgradePlan(Set.of("b2", "c3"), "heads")));
  }

  @Test
  void downgradeOneStepUndoesTheMergeAndLeavesBothBranchHeads() {
    assertEquals(List.of("m4"), DowngradePlanTest.ids(GRAPH.downgradePlan(Set.of("m4"), "-1")));
    assertEquals(Set.of("b2", "c3"), GRAPH.headsOf(Set.of("a1", "b2", "c3")));
  }

  @Test
  void downgradeAcrossTheMergeToOneBranchUndoesTheOther() {
    assertEquals(List.of("e5", "m4", "c3"), DowngradePlanTest.ids(GRAPH.downgradePlan(Set.of("e5"), "b2")));
  }

  @Test
  void downgradeAcrossTheMergeToBase() {
    assertEquals(List.of("e5", "m4", "c3", "b2", "a1"), DowngradePlanTest.ids(GRAPH.downgradePlan(Set.of("e5"), "base")));
  }

  @Test
  void pendingPlusNCountsBothBranches() {
    assertEquals(List.of("b2", "c3", "m4"), UpgradePlanTest.ids(GRAPH.upgradePlan(Set.of("a1"), "+3")));
  }
}
