package io.tracetrack.migrations.core.schema;

import java.util.Comparator;
import java.util.Map;
import org.pcollections.TreePMap;

/** The immutable maps by name a {@link Schema} holds: sorted, and sharing structure with the maps changed from. */
final class SortedByName {
  private SortedByName() {}

  /** The same entries; {@code map} itself when it is such a map already. */
  @SuppressWarnings("unchecked") // immutable, so a map of a subtype's values serves as one of V
  static <V> TreePMap<String, V> of(Map<String, ? extends V> map) {
    return map instanceof TreePMap<String, ? extends V> persistent
        && Comparator.naturalOrder().equals(persistent.comparator())
        ? (TreePMap<String, V>) persistent : TreePMap.from(map);
  }
}
