package io.tracetrack.migrations.processor;

import java.util.List;
import java.util.Map;
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


  static boolean isJpa(AnnotationMirror mirror) {
    String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    int dot = qualified.lastIndexOf('.');
    return PACKAGES.contains(qualified.substring(0, Math.max(dot, 0)));
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** Hibernate's annotation {@code simpleName} ({@code org.hibernate.annotations}) on an element, or null. */
  static AnnotationMirror hibernate(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(HIBERNATE + simpleName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The JPA annotation {@code simpleName} on an element, from either package, or null. */
  static AnnotationMirror jpa(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      // The simple name first: comparing it costs no string, unlike the package test.
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName) && isJpa(mirror)) {
        return mirror;
      }
    }
    return null;
  }

  /** An annotation member's value, its default included. */
  static Object value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue().getValue();
      }
    }
    // Not written: the annotation type's default, which needs no Elements to read.
    for (ExecutableElement method : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(member) && method.getDefaultValue() != null) {
        return method.getDefaultValue().getValue();
      }
    }
    throw new IllegalArgumentException("@" + simpleName(mirror) + " has no member " + member);
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

}
