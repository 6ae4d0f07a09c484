package io.tracetrack.migrations.core.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map by name in the names' natural order, equal to any map of the same entries, whose
 * {@link #with} and {@link #without} share all but one path of the tree (an AVL tree): replaying a
 * migration of a thousand tables changes the schema thousands of times, which a copy per change made
 * quadratic.
 */
final class PersistentSortedMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {

  private static final PersistentSortedMap<?> EMPTY = new PersistentSortedMap<>(null);

  private final Node<V> root;
  private Set<Entry<String, V>> entries;

  private PersistentSortedMap(Node<V> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked") // holds nothing
  static <V> PersistentSortedMap<V> empty() {
    return (PersistentSortedMap<V>) EMPTY;
  }

  /** The same entries; {@code map} itself when it is one already. */
  @SuppressWarnings("unchecked") // immutable, so a map of a subtype's values serves as one of V
  static <V> PersistentSortedMap<V> of(Map<String, ? extends V> map) {
    if (map instanceof PersistentSortedMap<?> persistent) {
      return (PersistentSortedMap<V>) persistent;
    }
    Map<String, ? extends V> sorted = map instanceof SortedMap<String, ? extends V> s && s.comparator() == null ? map
        : new TreeMap<>(map);
    List<Entry<String, ? extends V>> list = new ArrayList<>(sorted.entrySet());
    return list.isEmpty() ? empty() : new PersistentSortedMap<>(balanced(list, 0, list.size()));
  }

  private static <V> Node<V> balanced(List<Entry<String, ? extends V>> sorted, int from, int to) {
    if (from == to) {
      return null;
    }
    int middle = (from + to) >>> 1;
    Entry<String, ? extends V> entry = sorted.get(middle);
    return new Node<>(Objects.requireNonNull(entry.getKey(), "key == null"), entry.getValue(),
        balanced(sorted, from, middle), balanced(sorted, middle + 1, to));
  }

  /** This map with {@code key} mapped to {@code value}. */
  PersistentSortedMap<V> with(String key, V value) {
    Node<V> changed = insert(root, Objects.requireNonNull(key, "key == null"), value);
    return changed == root ? this : new PersistentSortedMap<>(changed);
  }

  /** This map without {@code key}. */
  PersistentSortedMap<V> without(String key) {
    Node<V> changed = delete(root, key);
    return changed == root ? this : changed == null ? empty() : new PersistentSortedMap<>(changed);
  }

  @Override
  public V get(Object key) {
    Node<V> node = find(key);
    return node == null ? null : node.value;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) != null;
  }

  private Node<V> find(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    Node<V> node = root;
    while (node != null) {
      int order = name.compareTo(node.key);
      if (order == 0) {
        return node;
      }
      node = order < 0 ? node.left : node.right;
    }
    return null;
  }

  @Override
  public int size() {
    return size(root);
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    if (entries == null) {
      entries = new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new InOrder<>(root);
        }

        @Override
        public int size() {
          return PersistentSortedMap.this.size();
        }
      };
    }
    return entries;
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public String firstKey() {
    Node<V> node = root;
    if (node == null) {
      throw new NoSuchElementException();
    }
    while (node.left != null) {
      node = node.left;
    }
    return node.key;
  }

  @Override
  public String lastKey() {
    Node<V> node = root;
    if (node == null) {
      throw new NoSuchElementException();
    }
    while (node.right != null) {
      node = node.right;
    }
    return node.key;
  }

  // Ranges are not asked for while replaying: a copy keeps them simple.

  @Override
  public SortedMap<String, V> subMap(String fromKey, String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
  }

  @Override
  public SortedMap<String, V> headMap(String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
  }

  @Override
  public SortedMap<String, V> tailMap(String fromKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
  }

  private static <V> Node<V> insert(Node<V> node, String key, V value) {
    if (node == null) {
      return new Node<>(key, value, null, null);
    }
    int order = key.compareTo(node.key);
    if (order == 0) {
      return node.value == value ? node : new Node<>(node.key, value, node.left, node.right);
    }
    if (order < 0) {
      Node<V> left = insert(node.left, key, value);
      return left == node.left ? node : balance(node.key, node.value, left, node.right);
    }
    Node<V> right = insert(node.right, key, value);
    return right == node.right ? node : balance(node.key, node.value, node.left, right);
  }

  private static <V> Node<V> delete(Node<V> node, String key) {
    if (node == null) {
      return null;
    }
    int order = key.compareTo(node.key);
    if (order < 0) {
      Node<V> left = delete(node.left, key);
      return left == node.left ? node : balance(node.key, node.value, left, node.right);
    }
    if (order > 0) {
      Node<V> right = delete(node.right, key);
      return right == node.right ? node : balance(node.key, node.value, node.left, right);
    }
    if (node.left == null) {
      return node.right;
    }
    if (node.right == null) {
      return node.left;
    }
    Node<V> next = node.right;
    while (next.left != null) {
      next = next.left;
    }
    return balance(next.key, next.value, node.left, deleteFirst(node.right));
  }

  private static <V> Node<V> deleteFirst(Node<V> node) {
    return node.left == null ? node.right : balance(node.key, node.value, deleteFirst(node.left), node.right);
  }

  /** A node over two subtrees whose heights differ by at most two, rotated so that they differ by at most one. */
  private static <V> Node<V> balance(String key, V value, Node<V> left, Node<V> right) {
    int leftHeight = height(left);
    int rightHeight = height(right);
    if (leftHeight > rightHeight + 1) {
      if (height(left.left) >= height(left.right)) {
        return new Node<>(left.key, left.value, left.left, new Node<>(key, value, left.right, right));
      }
      Node<V> pivot = left.right;
      return new Node<>(pivot.key, pivot.value, new Node<>(left.key, left.value, left.left, pivot.left),
          new Node<>(key, value, pivot.right, right));
    }
    if (rightHeight > leftHeight + 1) {
      if (height(right.right) >= height(right.left)) {
        return new Node<>(right.key, right.value, new Node<>(key, value, left, right.left), right.right);
      }
      Node<V> pivot = right.left;
      return new Node<>(pivot.key, pivot.value, new Node<>(key, value, left, pivot.left),
          new Node<>(right.key, right.value, pivot.right, right.right));
    }
    return new Node<>(key, value, left, right);
  }

  private static int height(Node<?> node) {
    return node == null ? 0 : node.height;
  }

  private static int size(Node<?> node) {
    return node == null ? 0 : node.size;
  }

  /** Whether every node's subtrees differ in height by at most one and its keys are in order; for tests. */
  boolean balanced() {
    return balanced(root, null, null);
  }

  private static boolean balanced(Node<?> node, String above, String below) {
    if (node == null) {
      return true;
    }
    return Math.abs(height(node.left) - height(node.right)) <= 1
        && (above == null || node.key.compareTo(above) > 0) && (below == null || node.key.compareTo(below) < 0)
        && balanced(node.left, above, node.key) && balanced(node.right, node.key, below);
  }

  private static final class Node<V> implements Entry<String, V> {
    final String key;
    final V value;
    final Node<V> left;
    final Node<V> right;
    final int height;
    final int size;

    Node(String key, V value, Node<V> left, Node<V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = 1 + Math.max(height(left), height(right));
      this.size = 1 + size(left) + size(right);
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public V getValue() {
      return value;
    }

    @Override
    public V setValue(V newValue) {
      throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Entry<?, ?> entry && key.equals(entry.getKey()) && Objects.equals(value, entry.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
      return key + "=" + value;
    }
  }

  private static final class InOrder<V> implements Iterator<Entry<String, V>> {
    private final ArrayDeque<Node<V>> path = new ArrayDeque<>();

    InOrder(Node<V> root) {
      descend(root);
    }

    private void descend(Node<V> node) {
      for (Node<V> at = node; at != null; at = at.left) {
        path.push(at);
      }
    }

    @Override
    public boolean hasNext() {
      return !path.isEmpty();
    }

    @Override
    public Entry<String, V> next() {
      if (path.isEmpty()) {
        throw new NoSuchElementException();
      }
      Node<V> node = path.pop();
      descend(node.right);
      return node;
    }
  }
}
