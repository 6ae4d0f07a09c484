package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import io.tracetrack.migrations.core.schema.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Where an entity stands among JPA entities that extend each other: its parent and root entity,
 * the root's {@code @Inheritance} strategy, its subclasses in this compilation, the persistent
 * fields each level declares, and the root's discriminator column.
 */
final class JpaHierarchy {
  /** The {@code InheritanceType}s, by their JPA names. */
  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  /**
   * A persistent field (or, under property access, a {@link JpaProperty}), its own or an
   * ancestor's, with its type as the entity sees it.
   */
  record Attribute(VariableElement field, TypeMirror type) {}

  /**
   * A unidirectional {@code @OneToMany} with a {@code @JoinColumn}: its owning entity and field, and
   * the join columns an {@code @AssociationOverride} of its embedding attribute gives it (null: its own).
   */
  record Incoming(TypeElement owner, Attribute attribute, List<AnnotationMirror> joinColumns) {}

  private Map<String, List<Incoming>> incoming;
  /** How deep embeddables are searched for one-to-many join columns: deeper is a cycle, which the owner's reading reports. */
  private static final int MAX_EMBEDDING = 8;
  /** The inverse sides of many-to-many relations, by {@link #inverseKey}. */
  private Map<String, String> manyToManyInverses;
  /** Each entity's attributes, as the readers ask for them several times an entity. */
  private final Map<TypeElement, List<Attribute>> ownAttributes = new HashMap<>();
  private final Map<TypeElement, List<Attribute>> inheritedAttributes = new HashMap<>();
  private Map<String, List<TypeElement>> subclasses;
  private final Types types;
  private final Messager messager;
  private final JpaAccess access;
  private final JpaNaming naming;
  private final List<TypeElement> entities;

  /** {@code entities}: the JPA entities of this compilation, where subclasses are found. */
  JpaHierarchy(Types types, Messager messager, JpaNaming naming, List<TypeElement> entities) {
    this.types = types;
    this.messager = JpaProperty.reportingOnGetters(messager);
    this.access = new JpaAccess(this.messager);
    this.naming = naming;
    this.entities = entities;
  }

  /** Which members hold the persistent attributes: fields or getters. */
  JpaAccess access() {
    return access;
  }

  /** The JPA entities of this compilation. */
  List<TypeElement> entities() {
    return entities;
  }

  /**
   * The unidirectional {@code @OneToMany} fields with a {@code @JoinColumn} whose element is the
   * entity, the entities' own or in their {@code @Embedded} fields: each puts a column on its
   * table. Indexed once for all entities.
   */
  List<Incoming> oneToManyJoinColumns(TypeElement target) {
    if (incoming == null) {
      incoming = new HashMap<>();
      for (TypeElement owner : entities) {
        // A relation an entity inherits from an entity is its parent's, mapped once, there (but in a table per class).
        indexOneToManyJoinColumns(owner, strategy(owner) == Strategy.TABLE_PER_CLASS ? inheritedAttributes(owner)
            : ownAttributes(owner), Map.of(), new JpaClassOverrides(owner), 0);
      }
    }
    return incoming.getOrDefault(target.getQualifiedName().toString(), List.of());
  }

  /**
   * Indexes the one-to-many join columns among attributes of an owner, and in the embeddables they
   * embed ({@code depth} levels down, bounded against an embeddable that embeds itself), with the
   * association overrides that reach them by path ({@code overrides}; the owner's class overrides
   * reach its own embedded attributes). An {@code @EmbeddedId} holds no relation Hibernate maps.
   */
  private void indexOneToManyJoinColumns(TypeElement owner, List<Attribute> attributes,
      Map<String, AnnotationMirror> overrides, JpaClassOverrides classOverrides, int depth) {
    for (Attribute attribute : attributes) {
      VariableElement field = attribute.field();
      if (!isPersistent(field) || jpa(field, "EmbeddedId") != null || jpa(field, "ElementCollection") != null) {
        continue;
      }
      AnnotationMirror oneToMany = jpa(field, "OneToMany");
      if (oneToMany != null && string(oneToMany, "mappedBy").isEmpty() && JpaCollections.hasJoinColumns(field)
          && attribute.type() instanceof DeclaredType collection && collection.getTypeArguments().size() == 1
          && collection.getTypeArguments().get(0) instanceof DeclaredType element) {
        String name = ((TypeElement) element.asElement()).getQualifiedName().toString();
        AnnotationMirror override = overrides.get(field.getSimpleName().toString());
        List<AnnotationMirror> joins = override == null ? List.of() : mirrors(override, "joinColumns");
        incoming.computeIfAbsent(name, key -> new ArrayList<>())
            .add(new Incoming(owner, attribute, joins.isEmpty() ? null : joins));
      } else if (depth < MAX_EMBEDDING && JpaEntityReader.isEmbedded(attribute)
          && attribute.type() instanceof DeclaredType embedding
          && jpa(embedding.asElement(), "Embeddable") != null) {
        List<Attribute> parts = new ArrayList<>();
        for (VariableElement part : access.members((TypeElement) embedding.asElement(), field instanceof JpaProperty)) {
          parts.add(new Attribute(part, memberType(embedding, part)));
        }
        Map<String, AnnotationMirror> nested = JpaEntityReader.below(field.getSimpleName().toString(), new HashMap<>(overrides),
            JpaEntityReader.associationOverrides(field));
        if (depth == 0) {
          classOverrides.embedded(attribute, new HashMap<>(), nested);
        }
        indexOneToManyJoinColumns(owner, parts, nested, classOverrides, depth + 1);
      }
    }
  }

  /**
   * The property of the {@code @ManyToMany(mappedBy)} that is the inverse side of an owner's
   * many-to-many {@code property}, or null without one. As Hibernate, which keys inverse sides by
   * the entity they hold and the {@code mappedBy} they give: an inverse side that holds another
   * entity is not this one's, even where it names the same property. Looked for in the target and
   * its ancestors (on the class path too), then among the entities of this compilation.
   */
  String manyToManyInverse(TypeElement owner, String property, TypeElement target) {
    String key = inverseKey(owner.getQualifiedName().toString(), property);
    for (Attribute attribute : inheritedAttributes(target)) {
      if (key.equals(inverseKey(attribute))) {
        return attribute.field().getSimpleName().toString();
      }
    }
    if (manyToManyInverses == null) {
      manyToManyInverses = new HashMap<>();
      for (TypeElement entity : entities) {
        for (Attribute attribute : ownAttributes(entity)) {
          String inverse = inverseKey(attribute);
          if (inverse != null) {
            manyToManyInverses.put(inverse, attribute.field().getSimpleName().toString());
          }
        }
      }
    }
    return manyToManyInverses.get(key);
  }

  /** The key of a many-to-many inverse side: the entity it holds and the owner's property it names; null for others. */
  private static String inverseKey(Attribute attribute) {
    AnnotationMirror manyToMany = jpa(attribute.field(), "ManyToMany");
    if (manyToMany == null || string(manyToMany, "mappedBy").isEmpty()
        || !(attribute.type() instanceof DeclaredType collection) || collection.getTypeArguments().isEmpty()
        || !(collection.getTypeArguments().get(collection.getTypeArguments().size() - 1) instanceof DeclaredType element)) {
      return null;
    }
    return inverseKey(((TypeElement) element.asElement()).getQualifiedName().toString(), string(manyToMany, "mappedBy"));
  }

  private static String inverseKey(String heldEntity, String mappedBy) {
    return heldEntity + "#" + mappedBy;
  }

  /** The nearest entity an entity extends (through mapped superclasses or plain classes), or null. */
  TypeElement parent(TypeElement type) {
    for (TypeElement ancestor = superclass(type); ancestor != null; ancestor = superclass(ancestor)) {
      if (JpaEntityReader.isEntity(ancestor)) {
        return ancestor;
      }
    }
    return null;
  }

  /** The topmost entity of an entity's hierarchy, itself if it extends none. */
  TypeElement root(TypeElement type) {
    TypeElement root = type;
    for (TypeElement parent = parent(type); parent != null; parent = parent(parent)) {
      root = parent;
    }
    return root;
  }

  /** The root's {@code @Inheritance(strategy)}; {@code SINGLE_TABLE}, JPA's default, without one. */
  Strategy strategy(TypeElement type) {
    AnnotationMirror inheritance = jpa(root(type), "Inheritance");
    return inheritance == null ? Strategy.SINGLE_TABLE : Strategy.valueOf(constant(inheritance, "strategy"));
  }

  /** The entities of this compilation below a root, at any depth, by name. */
  List<TypeElement> subclasses(TypeElement root) {
    if (subclasses == null) {
      // Indexed once: every entity is read, and each root asks.
      subclasses = new HashMap<>();
      for (TypeElement entity : entities) {
        if (parent(entity) != null) {
          subclasses.computeIfAbsent(root(entity).getQualifiedName().toString(), key -> new ArrayList<>()).add(entity);
        }
      }
      subclasses.values().forEach(list -> list.sort(Comparator.comparing(entity -> entity.getQualifiedName().toString())));
    }
    return subclasses.getOrDefault(root.getQualifiedName().toString(), List.of());
  }

  /** Whether the hierarchy annotations sit where they belong; reports each that does not. */
  boolean check(TypeElement type) {
    boolean ok = true;
    boolean subclass = parent(type) != null;
    for (String rootOnly : List.of("Inheritance", "DiscriminatorColumn")) {
      if (subclass && jpa(type, rootOnly) != null) {
        error(type, "[TracetrackJpaInheritance] Entity %s: @%s belongs on the root entity of the hierarchy, %s",
            type.getSimpleName(), rootOnly, root(type).getSimpleName());
        ok = false;
      }
    }
    Strategy strategy = strategy(type);
    if (subclass && strategy == Strategy.SINGLE_TABLE && jpa(type, "Table") != null) {
      error(type, "[TracetrackJpaInheritance] Entity %s: @Table on a SINGLE_TABLE subclass, whose rows are in %s's"
          + " table", type.getSimpleName(), root(type).getSimpleName());
      ok = false;
    }
    if ((!subclass || strategy != Strategy.JOINED)
        && (jpa(type, "PrimaryKeyJoinColumn") != null || jpa(type, "PrimaryKeyJoinColumns") != null)) {
      error(type, "[TracetrackJpaInheritance] Entity %s: @PrimaryKeyJoinColumn belongs on a JOINED subclass",
          type.getSimpleName());
      ok = false;
    }
    return ok;
  }

  /**
   * Adds the root's discriminator column, as Hibernate does: for a single table with subclasses,
   * or wherever {@code @DiscriminatorColumn} is written; {@code DTYPE varchar(31)} by default,
   * NOT NULL (Hibernate 6.6 adds no check of the values). False after an error.
   */
  boolean discriminator(TypeElement root, JpaTableParts parts) {
    AnnotationMirror column = jpa(root, "DiscriminatorColumn");
    Strategy strategy = strategy(root);
    List<TypeElement> subclasses = subclasses(root);
    if (column == null && (strategy != Strategy.SINGLE_TABLE || subclasses.isEmpty())) {
      return true;
    }
    if (strategy == Strategy.TABLE_PER_CLASS) {
      error(root, "[TracetrackJpaInheritance] Entity %s: @DiscriminatorColumn has no use with TABLE_PER_CLASS",
          root.getSimpleName());
      return false;
    }
    String name = naming.physical(column == null || string(column, "name").isEmpty() ? "DTYPE" : string(column, "name"));
    String kind = column == null ? "STRING" : constant(column, "discriminatorType");
    int length = column == null ? 31 : integer(column, "length");
    String type = switch (kind) {
      case "CHAR" -> "char(1)";
      case "INTEGER" -> "integer";
      default -> "varchar(" + length + ")";
    };
    String definition = column == null ? "" : string(column, "columnDefinition");
    if (!definition.isEmpty()) {
      // Hibernate writes the definition in place of the type, and keeps the column NOT NULL.
      try {
        type = Column.checkedType(definition);
      } catch (IllegalArgumentException e) {
        error(root, "[TracetrackInvalidSqlType] Entity %s: @DiscriminatorColumn(columnDefinition): %s",
            root.getSimpleName(), e.getMessage());
        return false;
      }
    }
    parts.columns.add(new Column(name, type, false, null));
    parts.sources.put(name, root);
    return true;
  }

  /** An entity's JPA name: {@code @Entity(name)}, else its simple name. */
  static String entityName(TypeElement type) {
    String name = string(jpa(type, "Entity"), "name");
    return name.isEmpty() ? type.getSimpleName().toString() : name;
  }

  /**
   * The persistent fields one entity declares itself: those of the {@code @MappedSuperclass}
   * classes between it and its parent entity, topmost first, then its own.
   */
  List<Attribute> ownAttributes(TypeElement entity) {
    return remembered(ownAttributes, entity, this::findOwnAttributes);
  }

  private List<Attribute> findOwnAttributes(TypeElement entity) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement ancestor = superclass(entity); ancestor != null && !JpaEntityReader.isEntity(ancestor);
        ancestor = superclass(ancestor)) {
      if (jpa(ancestor, "MappedSuperclass") != null) {
        chain.add(0, ancestor);
      }
    }
    chain.add(entity);
    return fields(entity, chain);
  }

  /** Every persistent field of an entity, its entity ancestors' first: the columns of a table per class. */
  List<Attribute> inheritedAttributes(TypeElement entity) {
    return remembered(inheritedAttributes, entity, this::findInheritedAttributes);
  }

  private List<Attribute> findInheritedAttributes(TypeElement entity) {
    List<Attribute> attributes = new ArrayList<>();
    TypeElement parent = parent(entity);
    if (parent != null) {
      for (Attribute inherited : inheritedAttributes(parent)) {
        attributes.add(new Attribute(inherited.field(), memberType(entity, inherited.field())));
      }
    }
    attributes.addAll(ownAttributes(entity));
    return attributes;
  }

  /** An entity's attributes found once: not with computeIfAbsent, as finding them asks for its parent's. */
  private static List<Attribute> remembered(Map<TypeElement, List<Attribute>> known, TypeElement entity,
      Function<TypeElement, List<Attribute>> find) {
    List<Attribute> attributes = known.get(entity);
    if (attributes == null) {
      attributes = List.copyOf(find.apply(entity));
      known.put(entity, attributes);
    }
    return attributes;
  }

  private List<Attribute> fields(TypeElement entity, List<TypeElement> chain) {
    List<Attribute> attributes = new ArrayList<>();
    boolean property = access.propertyByDefault(entity);
    for (TypeElement type : chain) {
      for (VariableElement field : access.members(type, property)) {
        if (isPersistent(field)) {
          attributes.add(new Attribute(field, memberType(entity, field)));
        }
      }
    }
    return attributes;
  }

  /** A field's type as a member of the entity, so a {@code BaseEntity<ID>}'s id is a Long. */
  TypeMirror memberType(TypeElement entity, VariableElement field) {
    return memberType((DeclaredType) entity.asType(), field);
  }

  /** A field's type as a member of a type, as {@link #memberType(TypeElement, VariableElement)}. */
  TypeMirror memberType(DeclaredType owner, VariableElement field) {
    try {
      if (field instanceof JpaProperty property) {
        return ((ExecutableType) types.asMemberOf(owner, property.getter())).getReturnType();
      }
      return types.asMemberOf(owner, field);
    } catch (IllegalArgumentException e) {
      return field.asType();
    }
  }

  static boolean isPersistent(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
        && jpa(field, "Transient") == null;
  }

  static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof DeclaredType parent ? (TypeElement) parent.asElement() : null;
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
