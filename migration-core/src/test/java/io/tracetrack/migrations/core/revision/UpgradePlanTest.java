package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.revision.WrongDirectionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpgradePlanTest {
  /** a1 <- b2 <- c3 <- d4 */
  private static final RevisionGraph LINE = RevisionGraph.of(List.of(
      revision("a1"), revision("b2", "a1"), revision("c3", "b2"), revision("d4", "c3")));

  static List<String> ids(List<PlannedStep> plan) {
    plan.forEach(step -> assertTrue(step.upgrade(), step.toString()));
    return plan.stream().map(s -> s.revision().id()).toList();
  }

  @Test
  void headFromEmpty() {
    assertEquals(List.of("a1", "b2", "c3", "d4"), ids(LINE.upgradePlan(Set.of(), "head")));
  }

  @Test
  void headFromTheMiddle() {
    assertEquals(List.of("c3", "d4"), ids(LINE.upgradePlan(Set.of("b2"), "head")));
  }

  @Test
  void headsFromEmpty() {
    assertEquals(List.of("a1", "b2", "c3", "d4"), ids(LINE.upgradePlan(Set.of(), "heads")));
  }

  @Test
  void nothingToDoAtHead() {
    assertEquals(List.of(), LINE.upgradePlan(Set.of("d4"), "head"));
  }

  @Test
  void toARevisionByIdOrPrefix() {
    assertEquals(List.of("a1", "b2"), ids(LINE.upgradePlan(Set.of(), "b2")));
    assertEquals(List.of("b2", "c3"), ids(LINE.upgradePlan(Set.of("a1"), "c")));
  }

  @Test
  void toTheCurrentRevisionDoesNothing() {
    assertEquals(List.of(), LINE.upgradePlan(Set.of("c3"), "c3"));
    assertEquals(List.of(), LINE.upgradePlan(Set.of("d4"), "head"));
  }

  @Test
  void toAnOlderRevisionIsAnErrorNamingDowngrade() {
    WrongDirectionException e = assertThrows(WrongDirectionException.class, () -> LINE.upgradePlan(Set.of("c3"), "a1"));
    assertEquals("Upgrade target a1, revision a1 is older than the database's revision c3", e.reason());
    assertEquals(WrongDirectionException.Direction.DOWNGRADE, e.needed());
    assertThrows(RevisionException.class, () -> LINE.upgradePlan(Set.of("d4"), "head-1"));
  }

  @Test
  void relativeSteps() {
    assertEquals(List.of("a1"), ids(LINE.upgradePlan(Set.of(), "+1")));
    assertEquals(List.of("b2", "c3"), ids(LINE.upgradePlan(Set.of("a1"), "+2")));
    assertEquals(List.of("d4"), ids(LINE.upgradePlan(Set.of("c3"), "+1")));
  }

  @Test
  void relativeStepsBeyondTheHeadAreAnError() {
    RevisionException e = assertThrows(RevisionException.class, () -> LINE.upgradePlan(Set.of("b2"), "+3"));
    assertEquals("Upgrade target +3 asks for 3 migrations but only 2 are pending", e.getMessage());
  }

  @Test
  void backwardTargetsAreAnError() {
    WrongDirectionException base = assertThrows(WrongDirectionException.class,
        () -> LINE.upgradePlan(Set.of("b2"), "base"));
    assertEquals(WrongDirectionException.Direction.DOWNGRADE, base.needed());
    assertEquals("base", base.target());
    assertEquals("Upgrade target base goes backwards: it takes a downgrade", base.getMessage());
    WrongDirectionException minusOne = assertThrows(WrongDirectionException.class,
        () -> LINE.upgradePlan(Set.of("b2"), "-1"));
    assertEquals(WrongDirectionException.Direction.DOWNGRADE, minusOne.needed());
    assertEquals("-1", minusOne.target());
  }

  @Test
  void unknownTarget() {
    assertEquals("Unknown revision zz", assertThrows(RevisionException.class, () -> LINE.upgradePlan(Set.of(), "zz")).getMessage());
  }

  @Test
  void headWithSeveralHeadsIsAnError() {
    RevisionGraph branched = RevisionGraph.of(List.of(revision("a1"), revision("b2", "a1"), revision("c3", "a1")));
    assertThrows(RevisionException.class, () -> branched.upgradePlan(Set.of(), "head"));
    assertEquals(List.of("a1", "b2", "c3"), ids(branched.upgradePlan(Set.of(), "heads")));
    assertEquals(List.of("a1", "c3"), ids(branched.upgradePlan(Set.of(), "c3")));
  }
}
