package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The persistent map behaves as an unmodifiable TreeMap of the same entries, and every version stays as it was. */
class PersistentSortedMapTest {

  @Test
  void randomChangesAgreeWithATreeMapAndLeaveEarlierVersionsAlone() {
    Random random = new Random(20261207);
    PersistentSortedMap<Integer> map = PersistentSortedMap.empty();
    TreeMap<String, Integer> judge = new TreeMap<>();
    List<PersistentSortedMap<Integer>> versions = new ArrayList<>();
    List<TreeMap<String, Integer>> judged = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      String key = "k" + random.nextInt(3_000);
      if (random.nextInt(3) == 0) {
        map = map.without(key);
        judge.remove(key);
      } else {
        map = map.with(key, step);
        judge.put(key, step);
      }
      if (step % 2_000 == 0) {
        versions.add(map);
        judged.add(new TreeMap<>(judge));
        assertAgrees(judge, map);
      }
    }
    assertAgrees(judge, map);
    for (int i = 0; i < versions.size(); i++) {
      assertAgrees(judged.get(i), versions.get(i));
    }
  }

  @Test
  void ascendingInsertsAndDeletesKeepTheTreeBalanced() {
    PersistentSortedMap<String> map = PersistentSortedMap.empty();
    TreeMap<String, String> judge = new TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      String key = String.format("t%05d", i);
      map = map.with(key, key);
      judge.put(key, key);
    }
    assertAgrees(judge, map);
    for (int i = 0; i < 5_000; i += 2) {
      String key = String.format("t%05d", i);
      map = map.without(key);
      judge.remove(key);
    }
    assertAgrees(judge, map);
  }

  @Test
  void builtFromAnyMapInNaturalOrder() {
    Map<String, Integer> unordered = new HashMap<>();
    for (int i = 0; i < 1_000; i++) {
      unordered.put(Integer.toString(i * 7919 % 1_000), i);
    }
    PersistentSortedMap<Integer> map = PersistentSortedMap.of(unordered);
    assertAgrees(new TreeMap<>(unordered), map);
    assertSame(map, PersistentSortedMap.of(map));
    assertEquals(PersistentSortedMap.empty(), PersistentSortedMap.of(Map.of()));
  }

  @Test
  void changesNothingAskedToChangeNothing() {
    PersistentSortedMap<String> map = PersistentSortedMap.<String>empty().with("a", "x").with("b", "y");
    assertSame(map, map.without("c"));
    assertSame(map, map.with("a", map.get("a")));
    assertEquals("{a=x, b=z}", map.with("b", "z").toString());
    assertEquals("{a=x, b=y}", map.toString());
  }

  @Test
  void refusesChangesThroughTheMapInterface() {
    PersistentSortedMap<String> map = PersistentSortedMap.<String>empty().with("a", "x");
    assertThrows(UnsupportedOperationException.class, () -> map.put("b", "y"));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue("z"));
    assertThrows(UnsupportedOperationException.class, map::clear);
    assertEquals(Map.of("a", "x"), map);
  }

  private static <V> void assertAgrees(TreeMap<String, V> judge, PersistentSortedMap<V> map) {
    assertEquals(judge, map);
    assertEquals(map, judge);
    assertEquals(judge.hashCode(), map.hashCode());
    assertEquals(judge.toString(), map.toString());
    assertEquals(List.copyOf(judge.keySet()), List.copyOf(map.keySet()));
    assertEquals(judge.size(), map.size());
    for (String key : judge.keySet()) {
      assertEquals(judge.get(key), map.get(key));
    }
    assertTrue(map.balanced(), "every node's subtrees differ in height by at most one, keys in order");
    if (!judge.isEmpty()) {
      assertEquals(judge.firstKey(), map.firstKey());
      assertEquals(judge.lastKey(), map.lastKey());
      String middle = judge.keySet().stream().skip(judge.size() / 2).findFirst().orElseThrow();
      assertEquals(judge.headMap(middle), map.headMap(middle));
      assertEquals(judge.tailMap(middle), map.tailMap(middle));
    }
  }
}
