package io.tracetrack.migrations.core.revision;

import static io.tracetrack.migrations.core.testsupport.TestMigrations.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A graph that cannot be valid is refused when built, with a message naming the revisions at fault. */
class RevisionGraphValidationTest {

  @Test
  void missingParent() {
    RevisionException e = assertThrows(RevisionException.class,
        () -> RevisionGraph.of(List.of(revision("a1"), revision("b2", "zz99"))));
    assertEquals("Revision b2 (test.M_b2) revises zz99, which does not exist", e.getMessage());
  }

  @Test
  void duplicateIdNamesBothOrigins() {
    RevisionException e = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(
        new RevisionInfo("a1", List.of(), "first", "", "com.example.M1_First"),
        new RevisionInfo("a1", List.of(), "second", "", "com.example.M2_Second"))));
    assertEquals("Revision id a1 is used twice: by com.example.M1_First and by com.example.M2_Second", e.getMessage());
  }

  @Test
  void cycle() {
    RevisionException e = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(
        revision("a1"), revision("b2", "a1", "d4"), revision("c3", "b2"), revision("d4", "c3"))));
    assertEquals("The revisions form a cycle through b2, c3, d4: each must revise an older one", e.getMessage());
  }

  @Test
  void revisionThatRevisesItself() {
    RevisionException e = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(revision("a1", "a1"))));
    assertEquals("The revisions form a cycle through a1: each must revise an older one", e.getMessage());
  }
}
