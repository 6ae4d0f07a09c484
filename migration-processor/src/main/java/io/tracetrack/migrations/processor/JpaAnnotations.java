package io.tracetrack.migrations.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads JPA's and Hibernate's annotations by name, so that neither jar is needed on the
 * processor's path: which annotation an element carries, and its members' values with defaults.
 */
final class JpaAnnotations {
  /** The packages of JPA's annotations: Jakarta Persistence 3 and the older Java Persistence. */
  static final List<String> PACKAGES = List.of("jakarta.persistence", "javax.persistence");
  /** The package of Hibernate's own annotations; those read here are named by their qualified name. */
  static final String HIBERNATE = "org.hibernate.annotations.";

  private JpaAnnotations() {}


  /**
   * Look-ups remembered for one {@code process} call on javac's thread. The readers call these
   * helpers from many places with the same elements; javac's names turn into new strings at each
   * comparison and an annotation's members are found by filtering its type's members, so without
   * the memo a field's annotations are read a dozen times over. It lives only for the call: javac
   * may reuse an element's symbol with other annotations in the next round.
   */
  static final class Memo implements AutoCloseable {
    /** Annotation types' qualified names. */
    private final Remembered<Element, String> qualifiedNames = new Remembered<>();
    /** What an annotation type is found by among an element's annotations: see {@link #keyOf}. */
    private final Remembered<Element, String> keys = new Remembered<>();
    /** An element's annotations by {@link #keyOf key}; the first of a key wins. */
    private final Remembered<Element, Map<String, AnnotationMirror>> annotations = new Remembered<>();
    /** The members an annotation writes, by name. */
    private final Remembered<AnnotationMirror, Map<String, Object>> written = new Remembered<>();
    /** Annotation types' member defaults, by name. */
    private final Remembered<Element, Map<String, Object>> defaults = new Remembered<>();
    /** Classes' fields. */
    private final Remembered<Element, List<VariableElement>> fields = new Remembered<>();

    @Override
    public void close() {
      MEMO.remove();
    }
  }

  /**
   * Values by key identity that answer the key asked last without hashing it: the readers ask about
   * one field, or one annotation, several times in a row.
   */
  private static final class Remembered<K, V> {
    private final Map<K, V> values = new IdentityHashMap<>();
    private K lastKey;
    private V lastValue;

    V get(K key, Function<K, V> compute) {
      if (key != lastKey) {
        lastValue = values.computeIfAbsent(key, compute);
        lastKey = key;
      }
      return lastValue;
    }
  }

  /** Marks the key of an annotation other than JPA's, so that one in the default package is no JPA name. */
  private static final String OTHER = "@";
  private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

  /** Starts remembering look-ups on this thread until the memo is closed. */
  static Memo remember() {
    Memo memo = new Memo();
    MEMO.set(memo);
    return memo;
  }

  /** {@code compute(key)}, remembered in {@code memo}'s {@code cache} when there is a memo. */
  private static <K, V> V remembered(Function<Memo, Remembered<K, V>> cache, K key, Function<K, V> compute) {
    Memo memo = MEMO.get();
    return memo == null ? compute.apply(key) : cache.apply(memo).get(key, compute);
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return remembered(m -> m.qualifiedNames, mirror.getAnnotationType().asElement(),
        type -> ((TypeElement) type).getQualifiedName().toString());
  }

  static boolean isJpa(AnnotationMirror mirror) {
    return !key(mirror).startsWith(OTHER);
  }

  static String simpleName(AnnotationMirror mirror) {
    String key = key(mirror);
    return key.startsWith(OTHER) ? key.substring(Math.max(key.lastIndexOf('.'), 0) + 1) : key;
  }

  /** JPA's annotations are found by simple name, from either package; the others by {@link #OTHER} and qualified name. */
  private static String key(AnnotationMirror mirror) {
    return remembered(m -> m.keys, mirror.getAnnotationType().asElement(), type -> keyOf(qualifiedName(mirror)));
  }

  private static String keyOf(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return PACKAGES.contains(qualified.substring(0, Math.max(dot, 0))) ? qualified.substring(dot + 1) : OTHER + qualified;
  }

  /**
   * A class's fields, remembered with the annotation look-ups: javac builds the list of a class's
   * members anew on every call, and the readers walk an entity's fields several times.
   */
  static List<VariableElement> fields(TypeElement type) {
    return remembered(m -> m.fields, type, t -> ElementFilter.fieldsIn(t.getEnclosedElements()));
  }

  /** Hibernate's annotation {@code simpleName} ({@code org.hibernate.annotations}) on an element, or null. */
  static AnnotationMirror hibernate(Element element, String simpleName) {
    return annotations(element).get(OTHER + HIBERNATE + simpleName);
  }

  /** The JPA annotation {@code simpleName} on an element, from either package, or null. */
  static AnnotationMirror jpa(Element element, String simpleName) {
    return annotations(element).get(simpleName);
  }

  private static Map<String, AnnotationMirror> annotations(Element element) {
    return remembered(m -> m.annotations, element, e -> {
      List<? extends AnnotationMirror> mirrors = e.getAnnotationMirrors();
      if (mirrors.isEmpty()) {
        return Map.of();
      }
      Map<String, AnnotationMirror> byKey = new HashMap<>();
      for (AnnotationMirror mirror : mirrors) {
        byKey.putIfAbsent(key(mirror), mirror);
      }
      return byKey;
    });
  }

  /** An annotation member's value, its default included. */
  static Object value(AnnotationMirror mirror, String member) {
    Object value = remembered(m -> m.written, mirror, JpaAnnotations::writtenValues).get(member);
    if (value == null) {
      // Not written: the annotation type's default, which needs no Elements to read.
      value = remembered(m -> m.defaults, mirror.getAnnotationType().asElement(), JpaAnnotations::defaultValues)
          .get(member);
    }
    if (value == null) {
      throw new IllegalArgumentException("@" + simpleName(mirror) + " has no member " + member);
    }
    return value;
  }

  private static Map<String, Object> writtenValues(AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
    }
    return values;
  }

  private static Map<String, Object> defaultValues(Element annotationType) {
    Map<String, Object> values = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
      if (method.getDefaultValue() != null) {
        values.put(method.getSimpleName().toString(), method.getDefaultValue().getValue());
      }
    }
    return values;
  }

  static String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member);
  }

  static int integer(AnnotationMirror mirror, String member) {
    return (Integer) value(mirror, member);
  }

  static boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member);
  }

  /** The name of an enum constant member, such as {@code GenerationType.IDENTITY}. */
  static String constant(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    return value instanceof VariableElement element ? element.getSimpleName().toString() : String.valueOf(value);
  }

  static AnnotationMirror mirror(AnnotationMirror mirror, String member) {
    return (AnnotationMirror) value(mirror, member);
  }

  static List<AnnotationMirror> mirrors(AnnotationMirror mirror, String member) {
    return ((List<?>) value(mirror, member)).stream()
        .map(v -> (AnnotationMirror) ((AnnotationValue) v).getValue()).toList();
  }

  static List<String> strings(AnnotationMirror mirror, String member) {
    return ((List<?>) value(mirror, member)).stream().map(v -> (String) ((AnnotationValue) v).getValue()).toList();
  }

  /** A repeatable annotation as written on an element: its {@code @X}, then the members of its {@code @Xs}. */
  static List<AnnotationMirror> repeated(Element element, String simpleName) {
    AnnotationMirror single = jpa(element, simpleName);
    AnnotationMirror container = jpa(element, simpleName + "s");
    List<AnnotationMirror> written = new ArrayList<>();
    if (single != null) {
      written.add(single);
    }
    if (container != null) {
      written.addAll(mirrors(container, "value"));
    }
    return written;
  }

}
