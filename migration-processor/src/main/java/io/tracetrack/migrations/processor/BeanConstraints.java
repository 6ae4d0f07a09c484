package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.qualifiedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads Bean Validation constraints ({@code jakarta.validation} or {@code javax.validation}, by
 * name) on a field as Hibernate Validator describes them to Hibernate ORM: those of the default
 * group, multi-valued ones ({@code @Size.List}) unwrapped, each followed into the constraints it is
 * composed of, with {@code @OverridesAttribute} values; then what Hibernate's DDL makes of them.
 */
final class BeanConstraints {
  private static final List<String> PACKAGES = List.of("jakarta.validation", "javax.validation");
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";

  /** A {@code @Min} (or {@code @Max}) bound, a column check {@code column >= value} (or {@code <=}). */
  record Bound(boolean min, long value) {}

  /** What the constraints on an attribute do to its columns: null where they leave a size as it is. */
  record Effect(boolean notNull, Integer length, Integer precision, Integer scale, List<Bound> bounds) {
    static final Effect NONE = new Effect(false, null, null, null, List.of());

    Effect withoutNotNull() {
      return new Effect(false, length, precision, scale, bounds);
    }
  }

  /** A constraint as the validator resolves it: its annotation type and every member's value, overrides applied. */
  private record Constraint(TypeElement type, Map<String, Object> values) {
    String name() {
      return type.getQualifiedName().toString();
    }
  }

  private final Types types;

  BeanConstraints(Types types) {
    this.types = types;
  }

  /** Whether a field says {@code @Valid}: Hibernate follows the constraints of its embeddable only then. */
  boolean cascades(VariableElement field) {
    return field.getAnnotationMirrors().stream()
        .anyMatch(mirror -> PACKAGES.stream().anyMatch(pkg -> qualifiedName(mirror).equals(pkg + ".Valid")));
  }

  /** What the field's constraints do to its columns, applied in the order Hibernate meets them. */
  Effect effect(VariableElement field) {
    Accumulator effect = new Accumulator(isString(field));
    for (Constraint constraint : declared(field)) {
      apply(constraint, effect);
    }
    return effect.toEffect();
  }

  private void apply(Constraint constraint, Accumulator effect) {
    String name = constraint.name();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    boolean builtIn = PACKAGES.stream().anyMatch(pkg -> name.equals(pkg + ".constraints." + simple));
    if (builtIn && (simple.equals("NotNull")
        // Hibernate 6 (jakarta) also takes @NotEmpty and @NotBlank as NOT NULL; Hibernate 5 (javax) only @NotNull.
        || name.startsWith("jakarta.") && (simple.equals("NotEmpty") || simple.equals("NotBlank")))) {
      effect.notNull = true;
    } else if (builtIn && simple.equals("Digits")) {
      int integer = (Integer) constraint.values().get("integer");
      int fraction = (Integer) constraint.values().get("fraction");
      effect.precision = integer + fraction;
      effect.scale = fraction;
    } else if ((builtIn && simple.equals("Size") || name.equals(LENGTH)) && effect.string) {
      int max = (Integer) constraint.values().get("max");
      if (max < Integer.MAX_VALUE) {
        effect.length = max;
      }
    } else if (builtIn && (simple.equals("Min") || simple.equals("Max"))) {
      Bound bound = new Bound(simple.equals("Min"), (Long) constraint.values().get("value"));
      if (!effect.bounds.contains(bound)) {
        effect.bounds.add(bound);
      }
    }
    for (Constraint composing : composing(constraint)) {
      apply(composing, effect);
    }
  }

  /**
   * The field's constraints of the default group, in the order of Hibernate Validator's {@code
   * HashSet} of their descriptors, whose hash is the annotation's: Hibernate applies them in that
   * order, which decides the order of a column check's parts and which of two lengths wins.
   */
  private List<Constraint> declared(VariableElement field) {
    List<Constraint> found = new ArrayList<>();
    List<AnnotationMirror> mirrors = new ArrayList<>(field.getAnnotationMirrors());
    ExecutableElement getter = getter(field);
    if (getter != null) {
      mirrors.addAll(getter.getAnnotationMirrors());
    }
    for (AnnotationMirror mirror : mirrors) {
      for (AnnotationMirror each : unwrapped(mirror)) {
        Constraint constraint = new Constraint((TypeElement) each.getAnnotationType().asElement(), values(each));
        if (inDefaultGroup(constraint)) {
          found.add(constraint);
        }
      }
    }
    int buckets = 16;
    while (found.size() > buckets * 3 / 4) {
      buckets *= 2;
    }
    int mask = buckets - 1;
    found.sort(Comparator.comparingInt(constraint -> spread(annotationHash(constraint.values())) & mask));
    return found;
  }

  /**
   * The getter of a field's property, as Hibernate Validator finds one ({@code getX()}, or {@code
   * isX()}/{@code hasX()} returning a boolean): its constraints are the property's too, which
   * Hibernate applies to the field's column.
   */
  private static ExecutableElement getter(VariableElement field) {
    String name = field.getSimpleName().toString();
    String property = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (ExecutableElement method : ElementFilter.methodsIn(field.getEnclosingElement().getEnclosedElements())) {
      String methodName = method.getSimpleName().toString();
      boolean bool = method.getReturnType().getKind() == TypeKind.BOOLEAN;
      if (method.getParameters().isEmpty() && !method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
          && method.getReturnType().getKind() != TypeKind.VOID && (methodName.equals("get" + property)
          || bool && (methodName.equals("is" + property) || methodName.equals("has" + property)))) {
        return method;
      }
    }
    return null;
  }

  /** A constraint annotation itself, or the constraints a multi-valued one ({@code @Size.List}) holds; else none. */
  private List<AnnotationMirror> unwrapped(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    if (isConstraint(type)) {
      return List.of(mirror);
    }
    Object value = valueOrNull(mirror, "value");
    if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> ((AnnotationValue) v).getValue()
        instanceof AnnotationMirror inner && isConstraint((TypeElement) inner.getAnnotationType().asElement()))) {
      return list.stream().map(v -> (AnnotationMirror) ((AnnotationValue) v).getValue()).toList();
    }
    return List.of();
  }

  /** The constraints a constraint type is annotated with, its members' {@code @OverridesAttribute} values applied. */
  private List<Constraint> composing(Constraint outer) {
    Map<String, Map<String, Object>> overrides = overrides(outer);
    List<Constraint> composing = new ArrayList<>();
    for (AnnotationMirror mirror : outer.type().getAnnotationMirrors()) {
      List<AnnotationMirror> inner = unwrapped(mirror);
      boolean direct = inner.size() == 1 && inner.get(0) == mirror;
      for (int i = 0; i < inner.size(); i++) {
        TypeElement type = (TypeElement) inner.get(i).getAnnotationType().asElement();
        Map<String, Object> values = values(inner.get(i));
        values.putAll(overrides.getOrDefault(type.getQualifiedName() + "#" + (direct ? -1 : i), Map.of()));
        composing.add(new Constraint(type, values));
      }
    }
    return composing;
  }

  /** The values a composed constraint passes down, by target constraint and index ({@code Type#index}), then member. */
  private Map<String, Map<String, Object>> overrides(Constraint outer) {
    Map<String, Map<String, Object>> overrides = new HashMap<>();
    for (ExecutableElement member : ElementFilter.methodsIn(outer.type().getEnclosedElements())) {
      for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
        String name = qualifiedName(mirror);
        List<AnnotationMirror> each = new ArrayList<>();
        if (PACKAGES.stream().anyMatch(pkg -> name.equals(pkg + ".OverridesAttribute"))) {
          each.add(mirror);
        } else if (PACKAGES.stream().anyMatch(pkg -> name.equals(pkg + ".OverridesAttribute.List"))) {
          each.addAll(JpaAnnotations.mirrors(mirror, "value"));
        }
        for (AnnotationMirror override : each) {
          String target = ((TypeElement) ((DeclaredType) JpaAnnotations.value(override, "constraint")).asElement())
              .getQualifiedName().toString();
          String targetMember = JpaAnnotations.string(override, "name");
          overrides.computeIfAbsent(target + "#" + JpaAnnotations.integer(override, "constraintIndex"),
              key -> new HashMap<>()).put(targetMember.isEmpty() ? member.getSimpleName().toString() : targetMember,
              outer.values().get(member.getSimpleName().toString()));
        }
      }
    }
    return overrides;
  }

  /** Whether an annotation type is a constraint: Bean Validation's {@code @Constraint} is on it. */
  private static boolean isConstraint(TypeElement type) {
    return type.getAnnotationMirrors().stream()
        .anyMatch(mirror -> PACKAGES.stream().anyMatch(pkg -> qualifiedName(mirror).equals(pkg + ".Constraint")));
  }

  /** Whether a constraint belongs to the default group, the one Hibernate applies to the DDL. */
  private static boolean inDefaultGroup(Constraint constraint) {
    Object groups = constraint.values().get("groups");
    if (!(groups instanceof List<?> list) || list.isEmpty()) {
      return true;
    }
    return list.stream().anyMatch(group -> ((AnnotationValue) group).getValue() instanceof DeclaredType type
        && PACKAGES.stream().anyMatch(pkg -> ((TypeElement) type.asElement()).getQualifiedName()
            .contentEquals(pkg + ".groups.Default")));
  }

  /** Every member's value, defaults included, as {@link AnnotationValue#getValue()} gives it. */
  private static Map<String, Object> values(AnnotationMirror mirror) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ExecutableElement member : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      Object value = valueOrNull(mirror, member.getSimpleName().toString());
      if (value != null) {
        values.put(member.getSimpleName().toString(), value);
      }
    }
    return values;
  }

  private static Object valueOrNull(AnnotationMirror mirror, String member) {
    try {
      return JpaAnnotations.value(mirror, member);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * {@link java.lang.annotation.Annotation#hashCode()} of an annotation with these values, as its
   * contract defines it. A class or enum value hashes by identity at run time: counted as 0, so
   * such constraints (those naming groups or payloads) keep their written order among equals.
   */
  private static int annotationHash(Map<String, Object> values) {
    int hash = 0;
    for (Map.Entry<String, Object> member : values.entrySet()) {
      hash += (127 * member.getKey().hashCode()) ^ valueHash(member.getValue());
    }
    return hash;
  }

  private static int valueHash(Object value) {
    if (value instanceof List<?> list) {
      int hash = 1;
      for (Object element : list) {
        hash = 31 * hash + valueHash(((AnnotationValue) element).getValue());
      }
      return hash;
    }
    if (value instanceof AnnotationMirror mirror) {
      return annotationHash(values(mirror));
    }
    if (value instanceof TypeMirror || value instanceof VariableElement) {
      return 0;
    }
    return value.hashCode();
  }

  /** {@link HashMap}'s spreading of a hash before it picks a bucket. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Whether the field's declared type is {@code String}, the only one {@code @Size} and {@code @Length} size. */
  private boolean isString(Element field) {
    TypeMirror erased = types.erasure(field.asType());
    return erased.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /** An {@link Effect} in the making. */
  private static final class Accumulator {
    final boolean string;
    boolean notNull;
    Integer length;
    Integer precision;
    Integer scale;
    final List<Bound> bounds = new ArrayList<>();

    Accumulator(boolean string) {
      this.string = string;
    }

    Effect toEffect() {
      return new Effect(notNull, length, precision, scale, List.copyOf(bounds));
    }
  }
}
