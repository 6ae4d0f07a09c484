package io.tracetrack.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.testsupport.TestMigrations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which revisions a {@code databasechangelog} of exported changeSets reaches, on a graph with two
 * branches and a merge that holds no SQL: no database, the rows given as Liquibase writes them.
 */
class PriorMatchTest {
  private static final MigrationSet BRANCHED = new MigrationSet(List.of(
      table("a00000000001", List.of()),
      table("b00000000002", List.of("a00000000001")),
      table("c00000000003", List.of("a00000000001")),
      TestMigrations.migration("d00000000004", List.of("b00000000002", "c00000000003"), "Merge", op -> { }, op -> { }),
      table("e00000000005", List.of("d00000000004"))));

  private static LoadedMigration table(String id, List<String> parents) {
    return TestMigrations.migration(id, parents, "Table " + id, op -> op.execute("CREATE TABLE t_" + id + " ()"),
        op -> op.execute("DROP TABLE t_" + id));
  }

  /** Liquibase's rows for the exported changeSets of these revisions, in the order applied. */
  private static PriorHistory exported(String... ids) {
    Map<String, String> exported = new LinkedHashMap<>();
    for (String id : ids) {
      exported.put(id, "export.xml::" + id + "::" + ExportedChangeSets.AUTHOR);
    }
    return new PriorHistory("liquibase", PriorHistory.LIQUIBASE_TABLE, List.copyOf(exported.values()), exported);
  }

  private static List<String> heads(PriorHistory prior) {
    return PriorMatch.of(prior, BRANCHED).heads().stream().map(RevisionInfo::id).toList();
  }

  @Test
  void oneBranchAppliedReachesItsRevision() {
    assertEquals(List.of("b00000000002"), heads(exported("a00000000001", "b00000000002")));
  }

  @Test
  void bothBranchesAppliedReachBothHeadsAndLeaveTheMergeToRun() {
    assertEquals(List.of("b00000000002", "c00000000003"),
        heads(exported("a00000000001", "c00000000003", "b00000000002")));
  }

  @Test
  void aRevisionAfterTheMergeReachesItThroughTheMerge() {
    assertEquals(List.of("e00000000005"),
        heads(exported("a00000000001", "b00000000002", "c00000000003", "e00000000005")));
  }

  @Test
  void aBranchMissingBeforeTheMergeIsNamed() {
    AdoptionException refused = assertThrows(AdoptionException.class,
        () -> heads(exported("a00000000001", "b00000000002", "e00000000005")));
    assertEquals("databasechangelog does not record the changeSet c00000000003 by tracetrack as applied, though later"
        + " ones are; nothing was stamped: the database is not at one revision", refused.getMessage());
  }
}
