package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.revision.RevisionIds;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks the ids a {@code @Revision} declares (its own and those it revises) where it is written,
 * so a bad one is a compile error rather than a failure of the first goal that loads it.
 */
final class RevisionIdCheck {
  private static final String REVISION = Revision.class.getCanonicalName();

  private RevisionIdCheck() {}

  /** Reports each invalid id of a class's {@code @Revision}, on the annotation value at fault. */
  static void check(Element type, Messager messager) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
        String member = entry.getKey().getSimpleName().toString();
        AnnotationValue value = entry.getValue();
        if (member.equals("id")) {
          report(type, mirror, value, "id", value.getValue(), messager);
        } else if (member.equals("revises")) {
          Object values = value.getValue();
          // revises = "x" and revises = {"x", "y"} both arrive as a list of values.
          for (Object item : values instanceof List<?> list ? list : List.of(value)) {
            AnnotationValue one = (AnnotationValue) item;
            report(type, mirror, one, "revises", one.getValue(), messager);
          }
        }
      }
    }
  }

  private static void report(Element type, AnnotationMirror mirror, AnnotationValue value, String member, Object id,
      Messager messager) {
    if (!(id instanceof String text)) {
      return; // not a constant yet: javac reports that itself
    }
    String problem = RevisionIds.problem(text);
    if (problem != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, String.format(
          "[TracetrackInvalidRevisionId] @Revision(%s = \"%s\") is not a valid revision id: %s",
          member, text, problem), type, mirror, value);
    }
  }
}
