package io.tracetrack.migrations.processor;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ElementVisitor;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * A persistent attribute read through its getter (JPA's property access), seen as the field the
 * readers expect: its name is the property's ({@code getBirthDate} → {@code birthDate}), its
 * annotations and type the getter's. javac's own utilities need the getter itself: {@link
 * #reportingOnGetters} for messages, {@link JpaHierarchy#memberType} for types.
 */
record JpaProperty(ExecutableElement getter, Name name) implements VariableElement {

  JpaProperty(ExecutableElement getter, String name) {
    this(getter, new PropertyName(name));
  }

  /** A property's name: javac makes names only for its own symbols. */
  private record PropertyName(String text) implements Name {
    @Override
    public boolean contentEquals(CharSequence other) {
      return text.contentEquals(other);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The property a getter reads, as Hibernate names it: {@code getX}/{@code isX} decapitalized as JavaBeans do. */
  static String propertyName(ExecutableElement getter) {
    String method = getter.getSimpleName().toString();
    String rest = method.substring(method.startsWith("is") ? 2 : 3);
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
      return rest; // getURL → URL
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /** Whether a method is a getter as Hibernate finds them: not static, no parameters, a value, {@code getX}/{@code isX}. */
  static boolean isGetter(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    return !method.getModifiers().contains(Modifier.STATIC) && method.getParameters().isEmpty()
        && method.getReturnType().getKind() != javax.lang.model.type.TypeKind.VOID
        && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
  }

  /** The element javac can point at: the getter of a property, any other element itself. */
  static Element source(Element element) {
    return element instanceof JpaProperty property ? property.getter : element;
  }

  /** A messager that reports an error on a property at its getter, the element in the source. */
  static Messager reportingOnGetters(Messager messager) {
    return new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence message) {
        messager.printMessage(kind, message);
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
        messager.printMessage(kind, message, source(element));
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror) {
        messager.printMessage(kind, message, source(element), mirror);
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror,
          AnnotationValue value) {
        messager.printMessage(kind, message, source(element), mirror, value);
      }
    };
  }

  @Override
  public TypeMirror asType() {
    return getter.getReturnType();
  }

  @Override
  public ElementKind getKind() {
    return ElementKind.FIELD;
  }

  @Override
  public Set<Modifier> getModifiers() {
    return getter.getModifiers();
  }

  @Override
  public Name getSimpleName() {
    return name;
  }

  @Override
  public Element getEnclosingElement() {
    return getter.getEnclosingElement();
  }

  @Override
  public List<? extends Element> getEnclosedElements() {
    return List.of();
  }

  @Override
  public List<? extends AnnotationMirror> getAnnotationMirrors() {
    return getter.getAnnotationMirrors();
  }

  @Override
  public <A extends Annotation> A getAnnotation(Class<A> annotationType) {
    return getter.getAnnotation(annotationType);
  }

  @Override
  public <A extends Annotation> A[] getAnnotationsByType(Class<A> annotationType) {
    return getter.getAnnotationsByType(annotationType);
  }

  @Override
  public <R, P> R accept(ElementVisitor<R, P> visitor, P parameter) {
    return visitor.visitVariable(this, parameter);
  }

  @Override
  public Object getConstantValue() {
    return null;
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
