package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.ImportedFrom;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revisions another tool's table reaches: the heads of the revisions it applied a unit of,
 * once every unit of those and of their ancestors is found applied and every applied unit stands
 * for a revision. A revision stands for the units it was imported from ({@link ImportedFrom}), or
 * for the changeSet {@code tracetrack:changelog} exported from it ({@link ExportedChangeSets}).
 *
 * @param prior the table read
 * @param heads the revisions reached, in the graph's order
 */
record PriorMatch(PriorHistory prior, List<RevisionInfo> heads) {

  /** @throws AdoptionException when the table and the migrations do not match */
  static PriorMatch of(PriorHistory prior, MigrationSet migrations) {
    Map<RevisionInfo, List<String>> units = unitsByRevision(prior, migrations);
    Set<String> applied = new LinkedHashSet<>(prior.applied());
    refuseUnknown(prior, applied, units);
    Set<String> reached = new LinkedHashSet<>();
    units.forEach((revision, keys) -> {
      if (keys.stream().anyMatch(applied::contains)) {
        reached.add(revision.id());
      }
    });
    RevisionGraph graph = migrations.graph();
    Set<String> ancestry = graph.ancestry(reached);
    List<String> notApplied = new ArrayList<>();
    units.forEach((revision, keys) -> {
      if (ancestry.contains(revision.id())) {
        keys.stream().filter(key -> !applied.contains(key)).forEach(notApplied::add);
      }
    });
    if (!notApplied.isEmpty()) {
      throw new AdoptionException(prior.table() + " does not record " + String.join(", ", notApplied)
          + " as applied, though later ones are; nothing was stamped: the database is not at one revision");
    }
    return new PriorMatch(prior, graph.headsOf(ancestry).stream().map(graph::get).toList());
  }

  /** The revision ids reached. */
  Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    heads.forEach(head -> ids.add(head.id()));
    return ids;
  }

  /** The revisions reached, for a message: {@code revision 1a2b..., message}. */
  String describe() {
    return (heads.size() == 1 ? "revision " : "revisions ")
        + String.join("; ", heads.stream().map(RevisionInfo::describe).toList());
  }

  /**
   * The units of the old tool that stand for each revision, in the graph's order: the changeSet
   * exported from it when the table records that one, else the units it was imported from (none
   * for a revision of neither kind). Once the table holds exported changeSets, every other
   * revision with SQL stands for its own changeSet too, as {@code tracetrack:changelog} exports
   * each of them; merges and empty revisions stand for none.
   */
  private static Map<RevisionInfo, List<String>> unitsByRevision(PriorHistory prior, MigrationSet migrations) {
    Map<RevisionInfo, List<String>> units = new LinkedHashMap<>();
    for (RevisionInfo revision : migrations.graph().ordered()) {
      ImportedFrom from = migrations.get(revision.id()).migration().getClass().getAnnotation(ImportedFrom.class);
      String exported = prior.exported().get(revision.id());
      if (exported != null) {
        units.put(revision, List.of(exported));
      } else if (from != null && from.tool().equals(prior.tool())) {
        units.put(revision, Arrays.stream(from.units()).map(unit -> PriorHistory.normalize(prior.tool(), unit)).toList());
      } else if (!prior.exported().isEmpty() && !migrations.get(revision.id()).upgradeOperations().isEmpty()) {
        units.put(revision, List.of("the changeSet " + revision.id() + " by " + ExportedChangeSets.AUTHOR));
      }
    }
    return units;
  }

  /** Fails when the table records a unit that stands for no revision. */
  private static void refuseUnknown(PriorHistory prior, Set<String> applied, Map<RevisionInfo, List<String>> units) {
    Set<String> carried = new HashSet<>();
    units.values().forEach(carried::addAll);
    List<String> unknown = applied.stream().filter(unit -> !carried.contains(unit)).toList();
    List<String> unknownExported = unknown.stream().filter(prior.exported()::containsValue).toList();
    if (!unknownExported.isEmpty()) {
      throw new AdoptionException(prior.table() + " records " + String.join(", ", unknownExported) + " as applied:"
          + " changeSets by " + ExportedChangeSets.AUTHOR + " whose ids are no revision of these migrations; nothing"
          + " was stamped: were they exported from another project, or their revisions deleted?");
    }
    if (!unknown.isEmpty()) {
      throw new AdoptionException(prior.table() + " records " + String.join(", ", unknown) + " as applied, which no"
          + " imported migration holds; nothing was stamped: import the " + prior.tool() + " history again");
    }
  }
}
