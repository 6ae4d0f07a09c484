package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Where a class's persistent attributes are read, by JPA's access rules as Hibernate applies them:
 * a hierarchy uses property access when its id ({@code @Id}, {@code @EmbeddedId}) is on a getter,
 * field access when on a field, unless its topmost class says {@code @Access}; a class's own
 * {@code @Access} overrides that for its members, and a member's own {@code @Access} adds it
 * whatever the class uses. An embeddable follows the attribute that embeds it (a getter's embeddable
 * is read through getters), unless it says {@code @Access} itself. Annotations that the chosen
 * access leaves unread are errors, never ignored.
 */
final class JpaAccess {
  /** The package of TraceTrack's own entity annotations. */
  private static final String OURS = "io.tracetrack.migrations.entity.";
  /** Lifecycle callbacks: JPA annotations on methods that touch no schema. */
  private static final Set<String> CALLBACKS = Set.of("PrePersist", "PostPersist", "PreUpdate", "PostUpdate",
      "PreRemove", "PostRemove", "PostLoad");

  private final Messager messager;
  /** What {@link #propertyByDefault} found, by entity: asked when an entity is read and when its attributes are found. */
  private final Map<TypeElement, Boolean> propertyByDefault = new HashMap<>();
  /** What {@link #members} found: an entity's are asked for twice, an embeddable's once for every attribute that embeds it. */
  private final Map<Members, List<VariableElement>> members = new HashMap<>();

  private record Members(TypeElement type, boolean propertyByDefault) {}

  /** Lives for one {@code process} call, as the elements it remembers answers for do. */
  JpaAccess(Messager messager) {
    this.messager = messager;
  }

  /**
   * Whether an entity's hierarchy uses property access by default: the {@code @Access} of its
   * topmost entity or mapped superclass, else where the nearest id is written, from the entity up.
   */
  boolean propertyByDefault(TypeElement entity) {
    return propertyByDefault.computeIfAbsent(entity, JpaAccess::findPropertyByDefault);
  }

  private static boolean findPropertyByDefault(TypeElement entity) {
    TypeElement topmost = entity;
    for (TypeElement at = entity; at != null; at = JpaHierarchy.superclass(at)) {
      if (mapped(at)) {
        topmost = at;
      }
    }
    if (jpa(topmost, "Access") != null) {
      return constant(jpa(topmost, "Access"), "value").equals("PROPERTY");
    }
    for (TypeElement at = entity; at != null; at = JpaHierarchy.superclass(at)) {
      if (!mapped(at)) {
        continue;
      }
      List<? extends Element> enclosed = at.getEnclosedElements();
      for (ExecutableElement method : ElementFilter.methodsIn(enclosed)) {
        if (JpaProperty.isGetter(method) && isId(method)) {
          return true;
        }
      }
      for (VariableElement field : ElementFilter.fieldsIn(enclosed)) {
        if (isId(field)) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * The members a class declares that may hold its persistent attributes, in declaration order:
   * fields, or getters seen as {@link JpaProperty}, by the class's access and each member's own
   * {@code @Access}. Static members are left out; {@code transient} and {@code @Transient} ones are
   * the caller's to skip.
   */
  List<VariableElement> members(TypeElement type, boolean propertyByDefault) {
    return members.computeIfAbsent(new Members(type, propertyByDefault),
        key -> List.copyOf(findMembers(type, propertyByDefault)));
  }

  private static List<VariableElement> findMembers(TypeElement type, boolean propertyByDefault) {
    boolean property = classProperty(type, propertyByDefault);
    Set<String> explicit = new HashSet<>();
    List<? extends Element> enclosed = type.getEnclosedElements();
    for (Element member : enclosed) {
      String access = ownAccess(member);
      if (member.getKind() == ElementKind.FIELD && access.equals("FIELD")) {
        explicit.add(member.getSimpleName().toString());
      } else if (member instanceof ExecutableElement method && JpaProperty.isGetter(method)
          && access.equals("PROPERTY")) {
        explicit.add(JpaProperty.propertyName(method));
      }
    }
    List<VariableElement> members = new ArrayList<>();
    for (Element member : enclosed) {
      if (member.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
        continue;
      }
      if (member instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
        String name = field.getSimpleName().toString();
        if (ownAccess(field).equals("FIELD") || !property && !explicit.contains(name)) {
          members.add(field);
        }
      } else if (member instanceof ExecutableElement method && JpaProperty.isGetter(method)) {
        String name = JpaProperty.propertyName(method);
        if (ownAccess(method).equals("PROPERTY") || property && !explicit.contains(name)) {
          members.add(new JpaProperty(method, name));
        }
      }
    }
    return members;
  }

  /**
   * Whether the mapping annotations of a class sit on the members its access reads; reports each
   * JPA or Hibernate annotation that Hibernate would pass over (lifecycle callbacks aside).
   */
  boolean check(TypeElement type, boolean propertyByDefault) {
    Set<Element> read = new HashSet<>();
    for (VariableElement member : members(type, propertyByDefault)) {
      read.add(JpaProperty.source(member));
    }
    boolean ok = true;
    for (Element member : type.getEnclosedElements()) {
      if (read.contains(member) || !(member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD)) {
        continue;
      }
      for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
        boolean ours = qualifiedName(mirror).startsWith(OURS);
        boolean mapping = isJpa(mirror) ? !CALLBACKS.contains(simpleName(mirror))
            : qualifiedName(mirror).startsWith(HIBERNATE) || ours;
        if (ours && member.getKind() == ElementKind.FIELD) {
          error(member, "[TracetrackJpaAccess] TraceTrack's @%s on field %s of %s, which uses property access (%s):"
              + " the getters hold the mapping; annotate the getter", simpleName(mirror), member.getSimpleName(),
              type.getSimpleName(), reason(type, propertyByDefault));
          ok = false;
        } else if (mapping && member.getKind() == ElementKind.FIELD) {
          error(member, "[TracetrackJpaAccess] @%s on field %s of %s, which uses property access (%s): Hibernate reads"
              + " the getters only; annotate the getter, or mark the field @Access(AccessType.FIELD)",
              simpleName(mirror),
              member.getSimpleName(), type.getSimpleName(), reason(type, propertyByDefault));
          ok = false;
        } else if (mapping && !JpaProperty.isGetter((ExecutableElement) member)) {
          error(member, "[TracetrackJpaAccess] @%s on method %s of %s, which is no getter (getX() or isX() without"
              + " parameters): JPA maps getters only", simpleName(mirror), member.getSimpleName(),
              type.getSimpleName());
          ok = false;
        } else if (mapping) {
          error(member, "[TracetrackJpaAccess] @%s on method %s of %s, which uses field access (%s): Hibernate reads"
              + " the fields only; annotate the field, or mark the getter @Access(AccessType.PROPERTY)",
              simpleName(mirror), member.getSimpleName(), type.getSimpleName(), reason(type, propertyByDefault));
          ok = false;
        }
      }
    }
    return ok;
  }

  /** Why a class uses the access it does, for messages. */
  private static String reason(TypeElement type, boolean propertyByDefault) {
    return jpa(type, "Access") != null ? "its @Access says so"
        : propertyByDefault ? "its hierarchy's @Id is on a getter" : "its hierarchy's @Id is on a field";
  }

  /** Whether a class reads its members through getters: its own {@code @Access}, else the default it inherits. */
  private static boolean classProperty(TypeElement type, boolean propertyByDefault) {
    AnnotationMirror access = jpa(type, "Access");
    return access == null ? propertyByDefault : constant(access, "value").equals("PROPERTY");
  }

  /** A member's own {@code @Access}: FIELD, PROPERTY, or empty. */
  private static String ownAccess(Element member) {
    AnnotationMirror access = jpa(member, "Access");
    return access == null ? "" : constant(access, "value");
  }

  private static boolean mapped(TypeElement type) {
    return JpaEntityReader.isEntity(type) || jpa(type, "MappedSuperclass") != null;
  }

  private static boolean isId(Element member) {
    return jpa(member, "Id") != null || jpa(member, "EmbeddedId") != null;
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
