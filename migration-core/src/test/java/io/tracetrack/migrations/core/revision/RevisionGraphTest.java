package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Heads, order and resolving revisions by id or prefix. */
class RevisionGraphTest {

  /** a1 <- b2 <- c3, given out of order. */
  private static final RevisionGraph LINE = RevisionGraph.of(List.of(
      revision("c3c3c3", "b2b2b2"), revision("a1a1a1"), revision("b2b2b2", "a1a1a1")));

  private static List<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).toList();
  }

  @Test
  void orderedPutsParentsBeforeChildren() {
    assertEquals(List.of("a1a1a1", "b2b2b2", "c3c3c3"), ids(LINE.ordered()));
  }

  @Test
  void orderedBreaksTiesById() {
    RevisionGraph branches = RevisionGraph.of(List.of(
        revision("ffff"), revision("zzzz", "ffff"), revision("bbbb", "ffff"), revision("aaaa")));
    assertEquals(List.of("aaaa", "ffff", "bbbb", "zzzz"), ids(branches.ordered()));
  }

  @Test
  void headOfALine() {
    assertEquals(Set.of("c3c3c3"), LINE.heads());
    assertEquals("c3c3c3", LINE.head());
  }

  @Test
  void emptyGraphHasNoHead() {
    RevisionGraph empty = RevisionGraph.of(List.of());
    assertTrue(empty.isEmpty());
    assertEquals(Set.of(), empty.heads());
    assertNull(empty.head());
  }

  @Test
  void branchesHaveSeveralHeadsAndHeadNamesThemAll() {
    RevisionGraph branched = RevisionGraph.of(List.of(revision("base1"), revision("left", "base1"), revision("right", "base1")));
    assertEquals(List.of("left", "right"), List.copyOf(branched.heads()));
    MultipleHeadsException e = assertThrows(MultipleHeadsException.class, branched::head);
    assertEquals(java.util.Set.of("left", "right"), e.heads());
    assertTrue(e.getMessage().startsWith("Multiple heads: left, right."), e.getMessage());
  }

  @Test
  void resolveByFullIdOrUniquePrefix() {
    assertEquals("b2b2b2", LINE.resolve("b2b2b2").id());
    assertEquals("b2b2b2", LINE.resolve("b2").id());
    assertEquals("c3c3c3", LINE.resolve("c").id());
  }

  @Test
  void resolveAnExactIdThatIsAlsoAPrefixOfAnother() {
    RevisionGraph graph = RevisionGraph.of(List.of(revision("ab"), revision("abc", "ab")));
    assertEquals("ab", graph.resolve("ab").id());
  }

  @Test
  void ambiguousPrefixListsTheMatches() {
    RevisionGraph graph = RevisionGraph.of(List.of(revision("ae10"), revision("ae27", "ae10"), revision("b0", "ae27")));
    RevisionException e = assertThrows(RevisionException.class, () -> graph.resolve("ae"));
    assertEquals("Revision prefix ae is ambiguous: it matches ae10, ae27", e.getMessage());
  }

  @Test
  void unknownRevision() {
    assertEquals("Unknown revision ffff", assertThrows(RevisionException.class, () -> LINE.resolve("ffff")).getMessage());
    assertEquals("Unknown revision ffff", assertThrows(RevisionException.class, () -> LINE.get("ffff")).getMessage());
    assertFalse(LINE.isKnown("ffff"));
    assertTrue(LINE.isKnown("a1a1a1"));
  }

  @Test
  void ancestryAndHeadsOfAnAppliedSet() {
    assertEquals(Set.of("a1a1a1", "b2b2b2"), LINE.ancestry(List.of("b2b2b2")));
    assertEquals(Set.of("b2b2b2"), LINE.headsOf(Set.of("a1a1a1", "b2b2b2")));
  }

  @Test
  void describeAndFromTo() {
    RevisionInfo info = new RevisionInfo("b2", List.of("a1"), "Add user", "", "x.M");
    assertEquals("b2, Add user", info.describe());
    assertEquals("b2", new RevisionInfo("b2", List.of(), null, null, "x.M").describe());
    assertEquals("a1 -> b2", new PlannedStep(info, true).fromTo());
    assertEquals("b2 -> a1", new PlannedStep(info, false).fromTo());
    assertEquals(" -> a1", new PlannedStep(new RevisionInfo("a1", List.of(), "", "", ""), true).fromTo());
  }
}
