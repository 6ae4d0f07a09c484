package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * The classes of one round, nested ones included, and those among them that carry our {@code
 * @Entity}, JPA's {@code @Entity} or {@code @Converter}, or {@code @Revision}, found in one walk over
 * the classes alone. All four annotations target types only, so this finds what {@code
 * RoundEnvironment.getElementsAnnotatedWith} would, in its order, without javac scanning every
 * field, method and parameter of the round once per annotation.
 */
final class RoundTypes {
  private static final String OUR_ENTITY = Entity.class.getCanonicalName();
  private static final String REVISION = Revision.class.getCanonicalName();
  private static final List<String> JPA_ENTITY = JpaAnnotations.PACKAGES.stream().map(p -> p + ".Entity").toList();
  private static final List<String> JPA_CONVERTER = JpaAnnotations.PACKAGES.stream().map(p -> p + ".Converter").toList();

  /** Every class of the round, nested ones included, outer ones first. */
  final List<TypeElement> all = new ArrayList<>();
  /** The classes with our {@code @Entity}. */
  final List<TypeElement> ourEntities = new ArrayList<>();
  /** The classes with JPA's {@code @Entity}, from either package. */
  final List<TypeElement> jpaEntities = new ArrayList<>();
  /** The classes with JPA's {@code @Converter}, from either package. */
  final List<TypeElement> jpaConverters = new ArrayList<>();
  /** The classes with {@code @Revision}: migrations. */
  final List<TypeElement> revisions = new ArrayList<>();

  private RoundTypes() {}

  /** Walks the round's root elements; call within a {@link JpaAnnotations.Memo}, which remembers annotation names. */
  static RoundTypes of(Set<? extends Element> rootElements) {
    RoundTypes types = new RoundTypes();
    for (Element root : rootElements) {
      if (root instanceof TypeElement type) {
        types.add(type);
      }
    }
    return types;
  }

  private void add(TypeElement type) {
    all.add(type);
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        continue; // an annotation javac cannot resolve, which it reports itself
      }
      String name = JpaAnnotations.qualifiedName(mirror);
      if (name.equals(OUR_ENTITY)) {
        ourEntities.add(type);
      } else if (name.equals(REVISION)) {
        revisions.add(type);
      } else if (JPA_ENTITY.contains(name)) {
        jpaEntities.add(type);
      } else if (JPA_CONVERTER.contains(name)) {
        jpaConverters.add(type);
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      add(nested);
    }
  }
}
