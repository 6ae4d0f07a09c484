package io.tracetrack.migrations.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revisions and the "revises" links between them. Pure: no files, no database. Validated when
 * built: no duplicate ids, no unknown parent, no cycle.
 */
public final class RevisionGraph {
  private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

  private final Map<String, RevisionInfo> byId;
  private final Map<String, List<String>> children;
  private final List<RevisionInfo> ordered;

  private RevisionGraph(Map<String, RevisionInfo> byId) {
    this.byId = byId;
    Map<String, List<String>> kids = new TreeMap<>();
    byId.keySet().forEach(id -> kids.put(id, new ArrayList<>()));
    for (RevisionInfo revision : byId.values()) {
      for (String parent : revision.parents()) {
        kids.get(parent).add(revision.id());
      }
    }
    kids.values().forEach(Collections::sort);
    this.children = kids;
    this.ordered = topologicalOrder();
  }

  public static RevisionGraph of(Collection<RevisionInfo> revisions) {
    Map<String, RevisionInfo> byId = new TreeMap<>();
    for (RevisionInfo revision : revisions) {
      RevisionInfo clash = byId.put(revision.id(), revision);
      if (clash != null) {
        throw new RevisionException("Revision id " + revision.id() + " is used twice: by "
            + clash.origin() + " and by " + revision.origin());
      }
    }
    for (RevisionInfo revision : byId.values()) {
      for (String parent : revision.parents()) {
        if (!byId.containsKey(parent)) {
          throw new RevisionException("Revision " + revision.id() + " (" + revision.origin()
              + ") revises " + parent + ", which does not exist");
        }
      }
    }
    return new RevisionGraph(byId);
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** Every revision, parents before children; ties broken by id, so the order is stable. */
  public List<RevisionInfo> ordered() {
    return ordered;
  }

  public boolean isKnown(String id) {
    return byId.containsKey(id);
  }

  public RevisionInfo get(String id) {
    RevisionInfo revision = byId.get(id);
    if (revision == null) {
      throw new RevisionException("Unknown revision " + id);
    }
    return revision;
  }

  /** Revisions no other revision revises, sorted by id. */
  public Set<String> heads() {
    Set<String> heads = new TreeSet<>();
    children.forEach((id, kids) -> {
      if (kids.isEmpty()) {
        heads.add(id);
      }
    });
    return heads;
  }

  /** The one head; an error naming them all when there are several. */
  public String head() {
    Set<String> heads = heads();
    if (heads.size() > 1) {
      throw new RevisionException("Multiple heads: " + String.join(", ", heads)
          + ". Merge them with tracetrack:merge, or name one revision as the target");
    }
    return heads.isEmpty() ? null : heads.iterator().next();
  }

  /** Resolves a full revision id or a unique prefix of one. */
  public RevisionInfo resolve(String idOrPrefix) {
    RevisionInfo exact = byId.get(idOrPrefix);
    if (exact != null) {
      return exact;
    }
    List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
    if (matches.isEmpty()) {
      throw new RevisionException("Unknown revision " + idOrPrefix);
    }
    if (matches.size() > 1) {
      throw new RevisionException("Revision prefix " + idOrPrefix + " is ambiguous: it matches "
          + String.join(", ", matches));
    }
    return byId.get(matches.get(0));
  }

  /** The given revisions and all their ancestors. */
  public Set<String> ancestry(Collection<String> ids) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(get(id).parents());
      }
    }
    return seen;
  }

  /** The heads of an applied set: its members that no other member revises. */
  public Set<String> headsOf(Set<String> applied) {
    Set<String> heads = new TreeSet<>(applied);
    for (String id : applied) {
      get(id).parents().forEach(heads::remove);
    }
    return heads;
  }

  /**
   * The steps from the applied heads {@code current} up to {@code target}: {@code head}, {@code
   * heads}, a revision id or prefix, or {@code +N}.
   */
  public List<PlannedStep> upgradePlan(Set<String> current, String target) {
    Set<String> applied = ancestry(current);
    Matcher relative = RELATIVE.matcher(target);
    if (relative.matches()) {
      if (relative.group(1).equals("-")) {
        throw new RevisionException("Upgrade target " + target + " goes backwards: use tracetrack:downgrade");
      }
      int count = Integer.parseInt(relative.group(2));
      List<PlannedStep> all = pending(applied, heads());
      if (count > all.size()) {
        throw new RevisionException("Upgrade target " + target + " asks for " + count
            + " migrations but only " + all.size() + " are pending");
      }
      return all.subList(0, count);
    }
    Set<String> targets = switch (target) {
      case "heads" -> heads();
      case "head" -> head() == null ? Set.of() : Set.of(head());
      case "base" -> throw new RevisionException("Upgrade target base goes backwards: use tracetrack:downgrade");
      default -> Set.of(resolve(target).id());
    };
    return pending(applied, targets);
  }

  /**
   * The steps from the applied heads {@code current} down to {@code target}: {@code base}, a
   * revision id or prefix (which stays applied), or {@code -N}.
   */
  public List<PlannedStep> downgradePlan(Set<String> current, String target) {
    Set<String> applied = ancestry(current);
    List<RevisionInfo> newestFirst = new ArrayList<>(ordered.stream().filter(r -> applied.contains(r.id())).toList());
    Collections.reverse(newestFirst);
    Matcher relative = RELATIVE.matcher(target);
    if (relative.matches()) {
      if (relative.group(1).equals("+")) {
        throw new RevisionException("Downgrade target " + target + " goes forwards: use tracetrack:upgrade");
      }
      int count = Integer.parseInt(relative.group(2));
      if (count > newestFirst.size()) {
        throw new RevisionException("Downgrade target " + target + " asks for " + count
            + " migrations but only " + newestFirst.size() + " are applied");
      }
      return newestFirst.subList(0, count).stream().map(r -> new PlannedStep(r, false)).toList();
    }
    Set<String> keep;
    if (target.equals("base")) {
      keep = Set.of();
    } else {
      RevisionInfo revision = resolve(target);
      if (!applied.contains(revision.id())) {
        throw new RevisionException("Downgrade target " + revision.describe()
            + " is not applied to the database: use tracetrack:upgrade to go forwards");
      }
      keep = ancestry(List.of(revision.id()));
    }
    return newestFirst.stream().filter(r -> !keep.contains(r.id())).map(r -> new PlannedStep(r, false)).toList();
  }

  private List<PlannedStep> pending(Set<String> applied, Set<String> targets) {
    Set<String> wanted = ancestry(targets);
    return ordered.stream()
        .filter(r -> wanted.contains(r.id()) && !applied.contains(r.id()))
        .map(r -> new PlannedStep(r, true))
        .toList();
  }

  private List<RevisionInfo> topologicalOrder() {
    Map<String, Integer> waiting = new LinkedHashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (RevisionInfo revision : byId.values()) {
      int parents = new LinkedHashSet<>(revision.parents()).size();
      waiting.put(revision.id(), parents);
      if (parents == 0) {
        ready.add(revision.id());
      }
    }
    List<RevisionInfo> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(byId.get(id));
      for (String child : children.get(id)) {
        if (waiting.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    if (order.size() < byId.size()) {
      List<String> inCycle = byId.keySet().stream().filter(id -> waiting.get(id) > 0).sorted().toList();
      throw new RevisionException("The revisions form a cycle through " + String.join(", ", inCycle)
          + ": each must revise an older one");
    }
    return List.copyOf(order);
  }
}
