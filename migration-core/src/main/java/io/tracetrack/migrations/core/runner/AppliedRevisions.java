package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import java.util.Set;
import java.util.TreeSet;

/**
 * The applied revisions and the heads among them during a run, moved one step at a time. A step
 * changes only the heads next to its revision, so its cost does not grow with the history.
 */
final class AppliedRevisions {
  private final RevisionGraph graph;
  private final Set<String> applied;
  private final Set<String> heads;

  /** How a step moved the heads: the version rows to delete and to insert (never the same id). */
  record HeadChange(Set<String> removed, Set<String> added) {}

  /** From the database's heads; heads no class declares stand for themselves. */
  AppliedRevisions(RevisionGraph graph, Set<String> heads) {
    this.graph = graph;
    this.applied = new TreeSet<>(heads.stream().allMatch(graph::isKnown) ? graph.ancestry(heads) : heads);
    this.heads = new TreeSet<>(heads);
  }

  /**
   * Records a step as done. An upgrade's revision replaces those of its parents that were heads (its
   * parents are applied already); undoing a head gives back each parent that no other applied
   * revision revises.
   */
  HeadChange apply(PlannedStep step) {
    String id = step.revision().id();
    Set<String> removed = new TreeSet<>();
    Set<String> added = new TreeSet<>();
    if (step.upgrade()) {
      applied.add(id);
      for (String parent : step.revision().parents()) {
        if (heads.contains(parent)) {
          removed.add(parent);
        }
      }
      added.add(id);
    } else {
      applied.remove(id);
      removed.add(id);
      for (String parent : step.revision().parents()) {
        if (graph.children(parent).stream().noneMatch(applied::contains)) {
          added.add(parent);
        }
      }
    }
    heads.removeAll(removed);
    heads.addAll(added);
    return new HeadChange(removed, added);
  }

  /** Takes back a step whose transaction was rolled back. */
  void undo(PlannedStep step, HeadChange change) {
    if (step.upgrade()) {
      applied.remove(step.revision().id());
    } else {
      applied.add(step.revision().id());
    }
    heads.removeAll(change.added());
    heads.addAll(change.removed());
  }
}
