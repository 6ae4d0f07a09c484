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
 * An entity's {@code @AssociationOverride(s)} and {@code @AttributeOverride(s)} on the class and on
 * its mapped superclasses, as Hibernate gathers them: from the entity up through the mapped
 * superclasses to its parent entity, the nearer class winning. By a plain name, an association
 * override gives the join columns of a to-one relation, or the join table of a to-many one; an
 * attribute override the column of a basic attribute (the id too); either applies to an attribute
 * the entity itself maps, one it or those mapped superclasses declare. An attribute the entity
 * inherits from a parent entity is the parent's, mapped with the parent's overrides (a table per
 * class copies it so); Hibernate refuses an override of it on the subclass entity. By a path
 * ({@code site.brand}, {@code site.point.lat}), either kind reaches into an {@code @Embedded}
 * attribute, over those written on that attribute: Hibernate asks the outermost holder first. Each
 * is taken once; one left over, or one of the wrong kind, is an error.
 */
final class JpaClassOverrides {
  /** An override by its name, and the class it is written on. */
  private record Written(TypeElement on, AnnotationMirror override) {}

  private final TypeElement entity;
  /**
   * For each class above the entity's parent entity (an entity or a mapped superclass): the ancestor
   * entity that maps its attributes, with its own overrides.
   */
  private final Map<TypeElement, TypeElement> ancestorOwners = new LinkedHashMap<>();
  /** The association overrides, by name, of the entity and its mapped superclasses up to its parent entity. */
  private final Map<String, Written> associations = new LinkedHashMap<>();
  /** The attribute overrides, by name, each the {@code @Column} it gives. */
  private final Map<String, Written> attributes = new LinkedHashMap<>();
  private boolean misplaced;

  JpaClassOverrides(TypeElement entity) {
    this.entity = entity;
    TypeElement owner = entity;
    for (TypeElement type = entity; type != null; type = JpaHierarchy.superclass(type)) {
      boolean entityClass = JpaEntityReader.isEntity(type);
      if (type != entity && entityClass) {
        owner = type;
      }
      if (!entityClass && jpa(type, "MappedSuperclass") == null) {
        continue;
      }
      if (owner != entity) {
        ancestorOwners.put(type, owner);
        continue;
      }
      TypeElement on = type;
      repeated(type, "AssociationOverride")
          .forEach(override -> associations.putIfAbsent(string(override, "name"), new Written(on, override)));
      repeated(type, "AttributeOverride").forEach(override ->
          attributes.putIfAbsent(string(override, "name"), new Written(on, mirror(override, "column"))));
    }
  }

  /** The overrides of the entity that maps an attribute: this one, or the ancestor entity it is inherited from. */
  private JpaClassOverrides mapping(Attribute attribute) {
    TypeElement owner = ancestorOwners.get(declaring(attribute));
    return owner == null ? this : new JpaClassOverrides(owner);
  }

  private static Element declaring(Attribute attribute) {
    return attribute.field().getEnclosingElement();
  }

  private static String name(Attribute attribute) {
    return attribute.field().getSimpleName().toString();
  }

  private static AnnotationMirror taken(Map<String, Written> overrides, String name) {
    Written written = overrides.remove(name);
    return written == null ? null : written.override();
  }

  /** The override of a relation the entity maps, or null; taken, so it counts as used. */
  private AnnotationMirror take(Attribute attribute) {
    return taken(mapping(attribute).associations, name(attribute));
  }

  /** The {@code @Column} the overrides give a basic attribute, or null; taken, so it counts as used. */
  AnnotationMirror column(Attribute attribute) {
    return taken(mapping(attribute).attributes, name(attribute));
  }

  /**
   * The {@code @Column} of a basic id field as an entity maps it: an override's where one gives it,
   * else its own.
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
    JpaClassOverrides mapping = mapping(attribute);
    String prefix = name(attribute) + ".";
    below(prefix, mapping.attributes, columns);
    below(prefix, mapping.associations, relations);
  }

  /**
   * The column overrides that reach an embedded attribute as {@code entity} maps it: {@code onField},
   * those written on the attribute, under the class's by path.
   */
  static Map<String, AnnotationMirror> embeddedColumns(TypeElement entity, Attribute attribute,
      Map<String, AnnotationMirror> onField) {
    Map<String, AnnotationMirror> columns = new LinkedHashMap<>(onField);
    new JpaClassOverrides(entity).embedded(attribute, columns, new LinkedHashMap<>());
    return columns;
  }

  /** Moves the class's overrides under {@code prefix} to the attribute's, over its own. */
  private static void below(String prefix, Map<String, Written> onClass, Map<String, AnnotationMirror> onField) {
    for (String path : List.copyOf(onClass.keySet())) {
      if (path.startsWith(prefix)) {
        onField.put(path.substring(prefix.length()), onClass.remove(path).override());
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
          + " a to-one relation, which has join columns", entity.getSimpleName(), name(attribute));
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
          + " on a to-many relation: override its join table with joinTable", entity.getSimpleName(), name(attribute));
      misplaced = true;
    }
    return mirror(override, "joinTable");
  }

  /**
   * Whether every override found an attribute of its kind; reports each that did not find one.
   * {@code inherited}: the entity's attributes, its own and those of its ancestors.
   */
  boolean allUsed(List<Attribute> inherited, JpaEntityReader reader) {
    report("AssociationOverride", associations, "relation", inherited, reader);
    report("AttributeOverride", attributes, "basic attribute", inherited, reader);
    return associations.isEmpty() && attributes.isEmpty() && !misplaced;
  }

  private void report(String annotation, Map<String, Written> left, String kind, List<Attribute> inherited,
      JpaEntityReader reader) {
    for (Map.Entry<String, Written> entry : left.entrySet()) {
      String name = entry.getKey();
      String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
      TypeElement from = inherited.stream().filter(attribute -> name(attribute).equals(head))
          .map(attribute -> ancestorOwners.get(declaring(attribute))).filter(owner -> owner != null).findFirst()
          .orElse(null);
      TypeElement on = entry.getValue().on();
      String where = on == entity ? "" : " on mapped superclass " + on.getSimpleName();
      if (from != null && on == entity) {
        reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @%s(name = \"%s\") overrides attribute %s, which"
            + " it inherits from entity %s; Hibernate refuses that in an entity subclass: override it on %s or on a"
            + " @MappedSuperclass of it", entity.getSimpleName(), annotation, name, head, from.getSimpleName(),
            from.getSimpleName());
      } else if (from != null) {
        reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @%s(name = \"%s\")%s would override attribute"
            + " %s, which it inherits from entity %s: Hibernate ignores it, as %s maps that attribute; override it on %s"
            + " or on a @MappedSuperclass of it", entity.getSimpleName(), annotation, name, where, head,
            from.getSimpleName(), from.getSimpleName(), from.getSimpleName());
      } else {
        reader.error(entity, "[TracetrackJpaNotSupported] Entity %s: @%s(name = \"%s\")%s names no %s of the entity"
            + " or its mapped superclasses, nor one in an embedded attribute", entity.getSimpleName(), annotation, name,
            where, kind);
      }
    }
  }
}
