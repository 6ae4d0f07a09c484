package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity's {@code @AssociationOverride(s)} on the class: the join columns of a to-one relation,
 * or the join table of a to-many one, that it inherits from a {@code @MappedSuperclass}. Each is
 * taken once, by the relation it names; one left over, or one of the wrong kind, is an error.
 */
final class JpaAssociationOverrides {
  private final TypeElement entity;
  private final Map<String, AnnotationMirror> unused = new LinkedHashMap<>();
  private boolean misplaced;

  JpaAssociationOverrides(TypeElement entity) {
    this.entity = entity;
    List<AnnotationMirror> written = new ArrayList<>();
    if (jpa(entity, "AssociationOverride") != null) {
      written.add(jpa(entity, "AssociationOverride"));
    }
    if (jpa(entity, "AssociationOverrides") != null) {
      written.addAll(mirrors(jpa(entity, "AssociationOverrides"), "value"));
    }
    written.forEach(override -> unused.put(string(override, "name"), override));
  }

  /** The override of a relation the entity inherits from a mapped superclass, or null. */
  private AnnotationMirror take(Attribute attribute) {
    Element declaring = attribute.field().getEnclosingElement();
    boolean inherited = !declaring.equals(entity) && !JpaEntityReader.isEntity(declaring)
        && jpa(declaring, "MappedSuperclass") != null;
    return inherited ? unused.remove(attribute.field().getSimpleName().toString()) : null;
  }

  /** The join columns an override gives a to-one relation, or null to keep its own; reports a join table there. */
  List<AnnotationMirror> joinColumns(Attribute attribute, JpaEntityReader reader) {
    AnnotationMirror override = take(attribute);
    if (override == null) {
      return null;
    }
    if (JpaEntityReader.givesJoinTable(override)) {
      reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @AssociationOverride(name = \"%s\", joinTable) on"
          + " a to-one relation, which has join columns", entity.getSimpleName(), attribute.field().getSimpleName());
      misplaced = true;
    }
    List<AnnotationMirror> joins = mirrors(override, "joinColumns");
    return joins.isEmpty() ? null : joins;
  }

  /** The join table an override gives a to-many relation, or null to keep its own; reports join columns there. */
  AnnotationMirror joinTable(Attribute attribute, JpaEntityReader reader) {
    AnnotationMirror override = take(attribute);
    if (override == null) {
      return null;
    }
    if (!mirrors(override, "joinColumns").isEmpty()) {
      reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @AssociationOverride(name = \"%s\", joinColumns)"
          + " on a to-many relation: override its join table with joinTable", entity.getSimpleName(),
          attribute.field().getSimpleName());
      misplaced = true;
    }
    return mirror(override, "joinTable");
  }

  /** Whether every override found a relation of its kind; reports each that did not find one. */
  boolean allUsed(JpaEntityReader reader) {
    for (String name : unused.keySet()) {
      reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @AssociationOverride(name = \"%s\") names no"
          + " relation of its mapped superclasses", entity.getSimpleName(), name);
    }
    return unused.isEmpty() && !misplaced;
  }
}
