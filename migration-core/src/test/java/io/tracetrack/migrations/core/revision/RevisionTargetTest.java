package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Targets with steps (REV+N, REV-N), ranges, branch points and the report lines built on them. */
class RevisionTargetTest {
  // aa11 -> bb22 -> cc33 (branch point) -> dd44 and ee55 -> ff66 (merge of dd44 and ee55)
  private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
      revision("aa11"), revision("bb22", "aa11"), revision("cc33", "bb22"),
      revision("dd44", "cc33"), revision("ee55", "cc33"), revision("ff66", "dd44", "ee55")));

  private static final RevisionGraph BRANCHED = RevisionGraph.of(List.of(
      revision("aa11"), revision("bb22", "aa11"), revision("cc33", "aa11")));

  @Test
  void symbolicTargets() {
    assertEquals(Set.of("ff66"), GRAPH.resolveTarget("head"));
    assertEquals(Set.of("ff66"), GRAPH.resolveTarget("heads"));
    assertEquals(Set.of(), GRAPH.resolveTarget("base"));
    assertEquals(Set.of("bb22", "cc33"), BRANCHED.resolveTarget("heads"));
  }

  @Test
  void stepsForwardAndBackFromARevision() {
    assertEquals(Set.of("cc33"), GRAPH.resolveTarget("aa11+2"));
    assertEquals(Set.of("bb22"), GRAPH.resolveTarget("cc33-1"));
    assertEquals(Set.of("aa11"), GRAPH.resolveTarget("cc-2"));
    assertEquals(Set.of("ff66"), GRAPH.resolveTarget("dd44+1"));
  }

  @Test
  void stepsFromHead() {
    RevisionGraph line = RevisionGraph.of(List.of(revision("aa11"), revision("bb22", "aa11"), revision("cc33", "bb22")));
    assertEquals(Set.of("bb22"), line.resolveTarget("head-1"));
    assertEquals(Set.of("aa11"), line.resolveTarget("head-2"));
  }

  @Test
  void stepsThroughABranchPointAreAmbiguous() {
    RevisionException error = assertThrows(RevisionException.class, () -> GRAPH.resolveTarget("cc33+1"));
    assertTrue(error.getMessage().contains("cc33 has several children: dd44, ee55"), error.getMessage());
    RevisionException merge = assertThrows(RevisionException.class, () -> GRAPH.resolveTarget("ff66-1"));
    assertTrue(merge.getMessage().contains("several parents: dd44, ee55"), merge.getMessage());
  }

  @Test
  void stepsPastTheEnds() {
    RevisionException past = assertThrows(RevisionException.class, () -> GRAPH.resolveTarget("aa11-1"));
    assertTrue(past.getMessage().contains("walks past the first revision aa11"), past.getMessage());
    RevisionException fromBase = assertThrows(RevisionException.class, () -> GRAPH.resolveTarget("base+1"));
    assertTrue(fromBase.getMessage().contains("counts from base"), fromBase.getMessage());
  }

  @Test
  void upgradeToRevisionPlusSteps() {
    List<String> plan = GRAPH.upgradePlan(Set.of("aa11"), "aa11+2").stream().map(s -> s.revision().id()).toList();
    assertEquals(List.of("bb22", "cc33"), plan);
  }

  @Test
  void upgradeToHeadsAppliesEveryBranch() {
    List<String> plan = BRANCHED.upgradePlan(Set.of(), "heads").stream().map(s -> s.revision().id()).toList();
    assertEquals(List.of("aa11", "bb22", "cc33"), plan);
    assertEquals(Set.of("bb22", "cc33"), BRANCHED.headsOf(Set.copyOf(BRANCHED.ancestry(Set.of("bb22", "cc33")))));
  }

  @Test
  void downgradeAcrossAMergeUndoesBothBranches() {
    List<String> plan = GRAPH.downgradePlan(Set.of("ff66"), "cc33").stream().map(s -> s.revision().id()).toList();
    assertEquals(List.of("ff66", "ee55", "dd44"), plan);
  }

  @Test
  void ranges() {
    assertEquals(List.of("ff66", "ee55", "dd44", "cc33"), ids(GRAPH.range("cc33:head")));
    assertEquals(List.of("bb22", "aa11"), ids(GRAPH.range("base:bb22")));
    assertEquals(List.of("ee55", "cc33"), ids(GRAPH.range("cc33:ee55")));
    assertEquals(6, GRAPH.range(":").size());
    RevisionException error = assertThrows(RevisionException.class, () -> GRAPH.range("cc33"));
    assertTrue(error.getMessage().contains("FROM:TO"), error.getMessage());
  }

  @Test
  void branchPoints() {
    assertEquals(Map.of("cc33", List.of("dd44", "ee55")), GRAPH.branchPoints());
    assertEquals(Map.of(), RevisionGraph.of(List.of(revision("aa11"), revision("bb22", "aa11"))).branchPoints());
  }

  @Test
  void reportLinesMarkHeadsBranchAndMergePointsAndCurrent() {
    RevisionReport report = new RevisionReport(GRAPH, Set.of("dd44"));
    assertEquals(List.of(
        "dd44, ee55 -> ff66 (head) (mergepoint), revision ff66",
        "cc33 -> ee55, revision ee55",
        "cc33 -> dd44 (current), revision dd44",
        "bb22 -> cc33 (branchpoint), revision cc33",
        "aa11 -> bb22, revision bb22",
        "<base> -> aa11, revision aa11"), report.history(GRAPH.range(":"), false));
    assertEquals(List.of(
        "bb22 -> cc33 (branchpoint), revision cc33",
        "    -> dd44 (current), revision dd44",
        "    -> ee55, revision ee55"), report.branches());
  }

  @Test
  void verboseHistoryGivesTheFullHeader() {
    List<String> lines = new RevisionReport(GRAPH, Set.of()).history(List.of(GRAPH.get("ff66")), true);
    assertEquals("Rev: ff66 (head) (mergepoint)", lines.get(0));
    assertTrue(lines.contains("Merges: dd44, ee55"), lines.toString());
    assertTrue(lines.contains("Path: test.M_ff66"), lines.toString());
  }

  private static List<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).toList();
  }
}
