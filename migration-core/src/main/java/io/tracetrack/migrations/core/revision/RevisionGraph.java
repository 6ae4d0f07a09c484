package io.tracetrack.migrations.core.revision;

import io.tracetrack.migrations.core.revision.WrongDirectionException.Direction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
  private static final Pattern STEPPED = Pattern.compile("(.+?)([+-])(\\d+)");

  private final Map<String, RevisionInfo> byId;
  private final Map<String, List<String>> children;
  private final List<RevisionInfo> ordered;

  private RevisionGraph(Map<String, RevisionInfo> byId) {
    this.byId = byId;
    Map<String, List<String>> kids = new HashMap<>(byId.size() * 2);
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
    // Hash maps, not sorted ones: a long history is looked up thousands of times per run, and every
    // answer that is shown in order is sorted where it is made.
    Map<String, RevisionInfo> byId = new HashMap<>(revisions.size() * 2);
    for (RevisionInfo revision : revisions) {
      RevisionInfo clash = byId.put(revision.id(), revision);
      if (clash != null) {
        throw new RevisionException("Revision id " + revision.id() + " is used twice: by "
            + clash.origin() + " and by " + revision.origin());
      }
    }
    RevisionInfo orphan = null;
    String missing = null;
    for (RevisionInfo revision : byId.values()) {
      for (String parent : revision.parents()) {
        // The error names the lowest such id, whatever the map's order.
        if (!byId.containsKey(parent) && (orphan == null || revision.id().compareTo(orphan.id()) < 0)) {
          orphan = revision;
          missing = parent;
          break;
        }
      }
    }
    if (orphan != null) {
      throw new RevisionException("Revision " + orphan.id() + " (" + orphan.origin()
          + ") revises " + missing + ", which does not exist");
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
      throw new UnknownRevisionException(id);
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
      throw new MultipleHeadsException(heads);
    }
    return heads.isEmpty() ? null : heads.iterator().next();
  }

  /** Resolves a full revision id or a unique prefix of one. */
  public RevisionInfo resolve(String idOrPrefix) {
    RevisionInfo exact = byId.get(idOrPrefix);
    if (exact != null) {
      return exact;
    }
    List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
    if (matches.isEmpty()) {
      throw new UnknownRevisionException(idOrPrefix);
    }
    if (matches.size() > 1) {
      throw new AmbiguousRevisionException(idOrPrefix, matches);
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

  /** Revisions with more than one child, each with its children: where the graph branches. */
  public Map<String, List<String>> branchPoints() {
    Map<String, List<String>> points = new TreeMap<>();
    children.forEach((id, kids) -> {
      if (kids.size() > 1) {
        points.put(id, List.copyOf(kids));
      }
    });
    return points;
  }

  /** The revisions that revise the given one, sorted by id. */
  public List<String> children(String id) {
    get(id);
    return List.copyOf(children.get(id));
  }

  /**
   * The revisions an absolute target names: {@code head} (the one head), {@code heads}, {@code
   * base} (none), a revision id or unique prefix, or one of those with steps, {@code REV+N} or
   * {@code REV-N} (also {@code head-1}).
   */
  public Set<String> resolveTarget(String target) {
    if (target == null || target.isBlank()) {
      throw new RevisionException("No target given");
    }
    switch (target) {
      case "heads":
        return heads();
      case "head":
        return head() == null ? Set.of() : Set.of(head());
      case "base":
        return Set.of();
      default:
        break;
    }
    Matcher stepped = STEPPED.matcher(target);
    if (stepped.matches() && !isKnown(target)) {
      Set<String> from = resolveTarget(stepped.group(1));
      if (from.isEmpty()) {
        throw new RevisionException("Target " + target + " counts from base, where there is nothing to count from");
      }
      int steps = Integer.parseInt(stepped.group(3));
      return Set.of(walk(from.iterator().next(), stepped.group(2).equals("+") ? steps : -steps, target));
    }
    return Set.of(resolve(target).id());
  }

  /** Walks {@code steps} revisions from {@code start}: forwards through children, backwards through parents. */
  private String walk(String start, int steps, String target) {
    String at = start;
    for (int i = 0; i < Math.abs(steps); i++) {
      List<String> next = steps > 0 ? children.get(at) : get(at).parents();
      if (next.isEmpty()) {
        throw new RevisionException("Target " + target + " walks past " + (steps > 0 ? "the head " : "the first revision ")
            + at);
      }
      if (next.size() > 1) {
        throw new RevisionException("Target " + target + " is ambiguous: " + at + " has "
            + (steps > 0 ? "several children: " : "several parents: ") + String.join(", ", next)
            + "; name the revision instead");
      }
      at = next.get(0);
    }
    return at;
  }

  /**
   * The revisions in a range {@code FROM:TO}, newest first: those that are {@code FROM} or come after
   * it, and are {@code TO} or come before it. Either side may be empty ({@code base} and {@code
   * heads}).
   */
  public List<RevisionInfo> range(String range) {
    int colon = range.indexOf(':');
    if (colon < 0) {
      throw new RevisionException("Range " + range + " must look like FROM:TO, for example base:head or ae10:");
    }
    String from = range.substring(0, colon).trim();
    String to = range.substring(colon + 1).trim();
    Set<String> upTo = ancestry(resolveTarget(to.isEmpty() ? "heads" : to));
    Set<String> fromOn = from.isEmpty() || from.equals("base") ? Set.copyOf(byId.keySet())
        : descendants(resolveTarget(from));
    List<RevisionInfo> newestFirst = new ArrayList<>(
        ordered.stream().filter(r -> upTo.contains(r.id()) && fromOn.contains(r.id())).toList());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The given revisions and all that come after them. */
  public Set<String> descendants(Collection<String> ids) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(children.get(id));
      }
    }
    return seen;
  }

  /**
   * The steps from the applied heads {@code current} up to {@code target}: any absolute target
   * (see {@link #resolveTarget}) that is not older than the current revision, or {@code +N} for
   * the next N pending migrations.
   */
  public List<PlannedStep> upgradePlan(Set<String> current, String target) {
    Matcher relative = RELATIVE.matcher(target);
    if (relative.matches()) {
      if (relative.group(1).equals("-")) {
        throw new WrongDirectionException(target, Direction.DOWNGRADE, "Upgrade target " + target + " goes backwards");
      }
      int count = Integer.parseInt(relative.group(2));
      List<PlannedStep> all = pending(ancestry(current), heads());
      if (count > all.size()) {
        throw new RevisionException("Upgrade target " + target + " asks for " + count
            + " migrations but only " + all.size() + " are pending");
      }
      return all.subList(0, count);
    }
    if (target.equals("base")) {
      throw new WrongDirectionException(target, Direction.DOWNGRADE, "Upgrade target base goes backwards");
    }
    Set<String> targets = resolveTarget(target);
    if (current.containsAll(targets)) {
      return List.of(); // the database is at the target already: nothing to walk (the common no-op)
    }
    Set<String> applied = ancestry(current);
    Set<String> currentHeads = headsOf(applied);
    for (String id : targets) {
      if (applied.contains(id) && !currentHeads.contains(id)) {
        throw new WrongDirectionException(target, Direction.DOWNGRADE, "Upgrade target " + get(id).describe()
            + " is older than the database's revision " + String.join(", ", currentHeads));
      }
    }
    return pending(applied, targets);
  }

  /**
   * The steps from the applied heads {@code current} down to {@code target}: any absolute target
   * (which stays applied, and the database ends at it; see {@link #resolveTarget}), {@code REV-N}
   * (N steps back from REV along its branch, other branches staying applied), or {@code -N} for
   * the last N applied, which needs a database at one head.
   */
  public List<PlannedStep> downgradePlan(Set<String> current, String target) {
    Set<String> applied = ancestry(current);
    List<RevisionInfo> newestFirst = new ArrayList<>(ordered.stream().filter(r -> applied.contains(r.id())).toList());
    Collections.reverse(newestFirst);
    Matcher relative = RELATIVE.matcher(target);
    if (relative.matches()) {
      if (relative.group(1).equals("+")) {
        throw new WrongDirectionException(target, Direction.UPGRADE, "Downgrade target " + target + " goes forwards");
      }
      Set<String> currentHeads = headsOf(applied);
      if (currentHeads.size() > 1) {
        throw new AmbiguousDowngradeException(target, currentHeads);
      }
      int count = Integer.parseInt(relative.group(2));
      if (count > newestFirst.size()) {
        throw new RevisionException("Downgrade target " + target + " asks for " + count
            + " migrations but only " + newestFirst.size() + " are applied");
      }
      return newestFirst.subList(0, count).stream().map(r -> new PlannedStep(r, false)).toList();
    }
    Set<String> targets = resolveTarget(target);
    for (String id : targets) {
      if (!applied.contains(id)) {
        throw new WrongDirectionException(target, Direction.UPGRADE, "Downgrade target " + get(id).describe()
            + " is not applied to the database");
      }
    }
    Matcher stepped = STEPPED.matcher(target);
    if (stepped.matches() && stepped.group(2).equals("-") && !isKnown(target)) {
      // REV-N steps back along REV's branch only: what follows the revisions walked back over goes,
      // other branches stay applied.
      List<String> walked = new ArrayList<>();
      String at = resolveTarget(stepped.group(1)).iterator().next();
      for (int i = 0; i < Integer.parseInt(stepped.group(3)); i++) {
        walked.add(at);
        at = walk(at, -1, target);
      }
      Set<String> undo = descendants(walked);
      return newestFirst.stream().filter(r -> undo.contains(r.id())).map(r -> new PlannedStep(r, false)).toList();
    }
    Set<String> keep = ancestry(targets);
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
    Map<String, Integer> waiting = new HashMap<>(byId.size() * 2);
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (RevisionInfo revision : byId.values()) {
      List<String> parentIds = revision.parents();
      int parents = parentIds.size() < 2 ? parentIds.size() : new HashSet<>(parentIds).size();
      waiting.put(revision.id(), parents);
      if (parents == 0) {
        ready.add(revision.id());
      }
    }
    List<RevisionInfo> order = new ArrayList<>(byId.size());
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
