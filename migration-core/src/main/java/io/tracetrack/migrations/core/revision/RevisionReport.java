package io.tracetrack.migrations.core.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines that {@code history}, {@code heads}, {@code branches} and {@code current} print, in
 * Alembic's shape: {@code <parent> -> <id> (head) (current), <message>}.
 */
public final class RevisionReport {
  private final RevisionGraph graph;
  private final Set<String> current;

  /** @param current the database's heads, marked {@code (current)}; empty when unknown */
  public RevisionReport(RevisionGraph graph, Set<String> current) {
    this.graph = graph;
    this.current = Set.copyOf(current);
  }

  /** One line per revision; with {@code verbose}, the full header of each. */
  public List<String> history(List<RevisionInfo> revisions, boolean verbose) {
    List<String> lines = new ArrayList<>();
    for (RevisionInfo revision : revisions) {
      if (!verbose) {
        lines.add(line(revision));
        continue;
      }
      lines.add("Rev: " + revision.id() + marks(revision));
      lines.add("Parent: " + parents(revision));
      List<String> children = graph.children(revision.id());
      if (children.size() > 1) {
        lines.add("Branches into: " + String.join(", ", children));
      }
      if (revision.parents().size() > 1) {
        lines.add("Merges: " + String.join(", ", revision.parents()));
      }
      lines.add("Path: " + revision.origin());
      lines.add("Create Date: " + revision.createDate());
      lines.add("");
      lines.add("    " + revision.message());
      lines.add("");
    }
    return lines;
  }

  /** {@code <parents> -> <id> (head) (current), <message>}. */
  public String line(RevisionInfo revision) {
    return parents(revision) + " -> " + revision.id() + marks(revision) + ", " + revision.message();
  }

  /** {@code <id> (head) (current), <message>}, for heads and current. */
  public String brief(RevisionInfo revision) {
    return revision.id() + marks(revision) + ", " + revision.message();
  }

  /** Each branch point with the revisions it branches into. */
  public List<String> branches() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<String>> point : graph.branchPoints().entrySet()) {
      lines.add(line(graph.get(point.getKey())));
      for (String child : point.getValue()) {
        lines.add("    -> " + brief(graph.get(child)));
      }
    }
    return lines;
  }

  private String marks(RevisionInfo revision) {
    String marks = "";
    if (graph.children(revision.id()).isEmpty()) {
      marks += " (head)";
    }
    if (graph.branchPoints().containsKey(revision.id())) {
      marks += " (branchpoint)";
    }
    if (revision.parents().size() > 1) {
      marks += " (mergepoint)";
    }
    if (current.contains(revision.id())) {
      marks += " (current)";
    }
    return marks;
  }

  private static String parents(RevisionInfo revision) {
    return revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
  }
}
