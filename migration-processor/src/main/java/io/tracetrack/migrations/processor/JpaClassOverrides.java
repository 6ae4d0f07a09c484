package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity's {@code @AssociationOverride(s)} and {@code @AttributeOverride(s)} on the class. By a
 * plain name, an association override gives the join columns of a to-one relation, or the join
 * table of a to-many one, that the entity inherits from a {@code @MappedSuperclass}; an attribute
 * override the column of a basic attribute (the id too) it inherits from one. By a path
 * ({@code site.brand}, {@code site.point.lat}), either kind reaches into an {@code @Embedded}
 * attribute, over those written on that attribute: Hibernate asks the outermost holder first, and
 * the class's overrides are the entity's. Each is taken once; one left over, or one of the wrong
 * kind, is an error.
 */
final class JpaClassOverrides {
  private final TypeElement entity;
  private final Map<String, AnnotationMirror> associations = new LinkedHashMap<>();
  /** The class's attribute overrides, by name, each the {@code @Column} it gives. */
  private final Map<String, AnnotationMirror> attributes = new LinkedHashMap<>();
  private boolean misplaced;

  JpaClassOverrides(TypeElement entity) {
    this.entity = entity;
    repeated(entity, "AssociationOverride").forEach(override -> associations.put(string(override, "name"), override));
    repeated(entity, "AttributeOverride")
        .forEach(override -> attributes.put(string(override, "name"), mirror(override, "column")));
  }

  /** The override of a relation the entity inherits from a mapped superclass, or null. */
  private AnnotationMirror take(Attribute attribute) {
    return inherited(attribute) ? associations.remove(attribute.field().getSimpleName().toString()) : null;
  }

  /** Whether the entity inherits an attribute from one of its mapped superclasses. */
  private boolean inherited(Attribute attribute) {
    return !attribute.field().getEnclosingElement().equals(entity) && fromMappedSuperclass(attribute);
  }

  /** Whether the entity or one of its mapped superclasses declares an attribute (a parent entity maps its own). */
  private boolean fromMappedSuperclass(Attribute attribute) {
    Element declaring = attribute.field().getEnclosingElement();
    return declaring.equals(entity) || !JpaEntityReader.isEntity(declaring) && jpa(declaring, "MappedSuperclass") != null;
  }

  /**
   * The {@code @Column} the class gives a basic attribute the entity inherits from a mapped
   * superclass, or null; taken, so it counts as used.
   */
  AnnotationMirror column(Attribute attribute) {
    return inherited(attribute) ? attributes.remove(attribute.field().getSimpleName().toString()) : null;
  }

  /**
   * The {@code @Column} of a basic id field as an entity maps it: the class's override where the id
   * comes from a mapped superclass, else its own.
   */
  static AnnotationMirror idColumn(TypeElement entity, Attribute id) {
    AnnotationMirror override = new JpaClassOverrides(entity).column(id);
    return override != null ? override : jpa(id.field(), "Column");
  }

  /**
   * Puts into the overrides written on an embedded attribute ({@code columns} by path, each a
   * {@code @Column}; {@code relations} by path) those the class gives under the attribute's name,
   * replacing any of the same path.
   */
  void embedded(Attribute attribute, Map<String, AnnotationMirror> columns, Map<String, AnnotationMirror> relations) {
    if (!fromMappedSuperclass(attribute)) {
      return;
    }
    String prefix = attribute.field().getSimpleName() + ".";
    below(prefix, attributes, columns);
    below(prefix, associations, relations);
  }

  /** Moves the class's overrides under {@code prefix} to the attribute's, over its own. */
  private static void below(String prefix, Map<String, AnnotationMirror> onClass, Map<String, AnnotationMirror> onField) {
    for (String path : List.copyOf(onClass.keySet())) {
      if (path.startsWith(prefix)) {
        onField.put(path.substring(prefix.length()), onClass.remove(path));
      }
    }
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

  /** Whether every override found an attribute of its kind; reports each that did not find one. */
  boolean allUsed(JpaEntityReader reader) {
    for (String name : associations.keySet()) {
      reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @AssociationOverride(name = \"%s\") names no"
          + " relation of its mapped superclasses, nor one in an embedded attribute", entity.getSimpleName(), name);
    }
    for (String name : attributes.keySet()) {
      reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @AttributeOverride(name = \"%s\") on the class names"
          + " no basic attribute of its mapped superclasses, nor one in an embedded attribute", entity.getSimpleName(),
          name);
    }
    return associations.isEmpty() && attributes.isEmpty() && !misplaced;
  }
}
