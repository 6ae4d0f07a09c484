package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.PACKAGES;
import static io.tracetrack.migrations.processor.JpaAnnotations.bool;
import static io.tracetrack.migrations.processor.JpaAnnotations.jpa;

import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * JPA's {@code @Converter(autoApply = true)} converters, which Hibernate applies to every basic
 * attribute of their entity-side type without a {@code @Convert}: those compiled with the entities,
 * those on the class path in the entities' packages (where an application's entity scan finds
 * them too), and those another compilation with this processor recorded ({@link JpaConverterIndex}),
 * looked up by the types of the attributes.
 */
final class JpaConverters {
  /** A converter that applies itself: its class and its {@code AttributeConverter<X, Y>}'s two types. */
  record AutoApplied(TypeElement converter, TypeMirror entityType, TypeMirror databaseType) {}

  /** None: for readers that apply no converter of their own. */
  static final JpaConverters NONE = new JpaConverters(List.of(), null, null, type -> List.of());

  private final List<AutoApplied> autoApplied;
  private final Types types;
  private final Elements elements;
  /** The converter class names recorded for an entity-side type, by its qualified name. */
  private final Function<String, List<String>> recorded;
  /**
   * The recorded converters that may apply to an attribute type, by its class: asked several times
   * an attribute, and the same for every parameterization, which only the erasures' names decide.
   */
  private final Map<Element, List<AutoApplied>> recordedForType = new HashMap<>();
  /** What {@link #recorded} answered, by entity-side type: many attribute types share supertypes. */
  private final Map<String, List<String>> recordedNames = new HashMap<>();

  private JpaConverters(List<AutoApplied> autoApplied, Types types, Elements elements,
      Function<String, List<String>> recorded) {
    this.autoApplied = autoApplied;
    this.types = types;
    this.elements = elements;
    this.recorded = recorded;
  }

  /** The auto-applied converters found among the compiled classes and in the entities' packages. */
  List<AutoApplied> autoApplied() {
    return autoApplied;
  }

  /**
   * The auto-applied converters among {@code compiled} (qualified names of this compilation's
   * converters) and the classes of the entities' packages on the class path; {@code recorded}
   * names the converters recorded elsewhere for an entity-side type.
   */
  static JpaConverters find(Collection<String> compiled, Collection<TypeElement> entities, Elements elements,
      Types types, Function<String, List<String>> recorded) {
    Set<TypeElement> candidates = new LinkedHashSet<>();
    compiled.stream().map(elements::getTypeElement).filter(type -> type != null).forEach(candidates::add);
    Set<PackageElement> packages = new LinkedHashSet<>();
    entities.forEach(entity -> packages.add(elements.getPackageOf(entity)));
    packages.forEach(pkg -> candidates.addAll(ElementFilter.typesIn(pkg.getEnclosedElements())));
    List<AutoApplied> found = new ArrayList<>();
    for (TypeElement candidate : candidates) {
      AutoApplied converter = autoApplied(candidate, types);
      if (converter != null) {
        found.add(converter);
      }
    }
    return new JpaConverters(List.copyOf(found), types, elements, recorded);
  }

  /** A class as an auto-applied converter, or null when it is none. */
  private static AutoApplied autoApplied(TypeElement candidate, Types types) {
    AnnotationMirror converter = jpa(candidate, "Converter");
    List<TypeMirror> converted = converter == null || !bool(converter, "autoApply") ? null
        : convertedTypes((DeclaredType) candidate.asType(), types);
    return converted == null ? null : new AutoApplied(candidate, converted.get(0), converted.get(1));
  }

  /**
   * The recorded converters whose entity-side type is an attribute type or one of its supertypes
   * (by erasure), each checked against its class as it is now.
   */
  private List<AutoApplied> recordedFor(TypeMirror attributeType) {
    TypeMirror checked = attributeType.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) attributeType).asType() : attributeType;
    if (!(checked instanceof DeclaredType declaredType)) {
      return List.of();
    }
    return recordedForType.computeIfAbsent(declaredType.asElement(), key -> {
      Set<String> names = new LinkedHashSet<>();
      Deque<TypeMirror> todo = new ArrayDeque<>(List.of(checked));
      while (!todo.isEmpty()) {
        TypeMirror type = todo.pop();
        if (type instanceof DeclaredType declared && names.add(qualifiedName(declared))) {
          todo.addAll(types.directSupertypes(type));
        }
      }
      List<AutoApplied> found = new ArrayList<>();
      for (String name : names) {
        for (String converterName : recordedNames.computeIfAbsent(name, recorded)) {
          AutoApplied converter = recordedConverter(converterName, name);
          if (converter != null && autoApplied.stream().noneMatch(known -> known.converter().equals(converter.converter()))) {
            found.add(converter);
          }
        }
      }
      return List.copyOf(found);
    });
  }

  /**
   * A recorded converter as its class is now, or null when the class is gone, no longer applies
   * itself, or converts another type than {@code entityType} (a qualified name, erased).
   */
  AutoApplied recordedConverter(String converterName, String entityType) {
    TypeElement candidate = elements.getTypeElement(converterName);
    AutoApplied converter = candidate == null ? null : autoApplied(candidate, types);
    return converter != null && converter.entityType() instanceof DeclaredType declared
        && qualifiedName(declared).equals(entityType) ? converter : null;
  }

  /** A declared type's class, by qualified name: its erasure, without the type annotations it may carry. */
  static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }

  /**
   * The types {@code X} and {@code Y} of the {@code AttributeConverter<X, Y>} a converter class
   * implements, as that class binds them; null when it implements none with known types.
   */
  static List<TypeMirror> convertedTypes(DeclaredType converter, Types types) {
    Deque<TypeMirror> todo = new ArrayDeque<>(List.of(converter));
    while (!todo.isEmpty()) {
      if (todo.pop() instanceof DeclaredType type) {
        String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
        if (PACKAGES.stream().anyMatch(pkg -> name.equals(pkg + ".AttributeConverter"))
            && type.getTypeArguments().size() == 2) {
          return List.copyOf(type.getTypeArguments());
        }
        todo.addAll(types.directSupertypes(type));
      }
    }
    return null;
  }

  /**
   * The auto-applied converters that match a basic attribute, as Hibernate matches them: none for
   * an {@code @Id}, {@code @Version}, {@code @Temporal} or {@code @Enumerated} attribute; else
   * those whose entity-side type is the attribute's type or a supertype of it (a primitive as its
   * wrapper). More than one is an error Hibernate reports too.
   */
  List<AutoApplied> matching(Attribute attribute) {
    Element field = attribute.field();
    if (types == null
        || List.of("Id", "Version", "Temporal", "Enumerated").stream().anyMatch(skip -> jpa(field, skip) != null)) {
      return List.of();
    }
    List<AutoApplied> recorded = recordedFor(attribute.type());
    if (autoApplied.isEmpty() && recorded.isEmpty()) {
      return List.of(); // the common case: no converter to match
    }
    return (recorded.isEmpty() ? autoApplied.stream() : Stream.concat(autoApplied.stream(), recorded.stream()))
        .filter(converter -> matches(converter.entityType(), attribute.type())).toList();
  }

  /** Hibernate's {@code ConverterHelper.typesMatch}: assignable erasures, then each type argument the converter names. */
  private boolean matches(TypeMirror converterType, TypeMirror attributeType) {
    TypeMirror checked = attributeType.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) attributeType).asType() : attributeType;
    if (checked.getKind() == TypeKind.ARRAY) {
      return types.isSameType(types.erasure(converterType), types.erasure(checked));
    }
    if (!types.isAssignable(types.erasure(checked), types.erasure(converterType))) {
      return false;
    }
    List<? extends TypeMirror> wanted = converterType instanceof DeclaredType declared
        ? declared.getTypeArguments() : List.of();
    if (wanted.isEmpty()) {
      return true;
    }
    List<? extends TypeMirror> actual = checked instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
    if (actual.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!matches(wanted.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }
}
