package io.tracetrack.migrations.processor;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The default PostgreSQL type of a Java field type, as documented on {@code @Column}. */
final class TypeMapping {
  private TypeMapping() {}

  /**
   * The column type of {@code type}, or null if it has no default mapping. {@code length} applies
   * to strings, {@code precision} and {@code scale} to {@code BigDecimal}.
   */
  static String sqlType(TypeMirror type, int length, int precision, int scale) {
    return switch (type.getKind()) {
      case INT -> "integer";
      case LONG -> "bigint";
      case SHORT -> "smallint";
      case BOOLEAN -> "boolean";
      case DOUBLE -> "double precision";
      case FLOAT -> "real";
      case ARRAY -> array(((ArrayType) type).getComponentType(), length, precision, scale);
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals("java.util.List") && declared.getTypeArguments().size() == 1) {
          yield array(declared.getTypeArguments().get(0), length, precision, scale);
        }
        yield declared(element, length, precision, scale);
      }
      default -> null;
    };
  }

  /** {@code byte[]} is {@code bytea}; other arrays of a mapped type are that type's array, strings as {@code text[]}. */
  private static String array(TypeMirror component, int length, int precision, int scale) {
    if (component.getKind() == TypeKind.BYTE) {
      return "bytea";
    }
    if (component.getKind() == TypeKind.ARRAY) {
      return null;
    }
    String element = component.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) component).asElement()).getQualifiedName().contentEquals("java.lang.String")
        ? "text" : sqlType(component, length, precision, scale);
    return element == null ? null : element + "[]";
  }

  private static String declared(TypeElement element, int length, int precision, int scale) {
    if (element.getKind() == ElementKind.ENUM) {
      return "text";
    }
    return switch (element.getQualifiedName().toString()) {
      case "java.util.List" -> null; // handled by sqlType(DeclaredType): needs the type argument
      case "java.lang.String" -> "varchar(" + length + ")";
      case "java.lang.Integer" -> "integer";
      case "java.lang.Long" -> "bigint";
      case "java.lang.Short" -> "smallint";
      case "java.lang.Boolean" -> "boolean";
      case "java.lang.Double" -> "double precision";
      case "java.lang.Float" -> "real";
      case "java.math.BigDecimal" -> "numeric(" + precision + "," + scale + ")";
      case "java.time.LocalDate" -> "date";
      case "java.time.LocalTime" -> "time";
      case "java.time.LocalDateTime" -> "timestamp";
      case "java.time.OffsetDateTime", "java.time.Instant" -> "timestamptz";
      case "java.util.UUID" -> "uuid";
      default -> null;
    };
  }
}
