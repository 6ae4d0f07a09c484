package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.Column;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The column type Hibernate 6 gives a basic JPA field on PostgreSQL ({@code PostgreSQLDialect}):
 * {@code timestamp(6)} for {@code LocalDateTime}, {@code numeric(38,2)} for a {@code BigDecimal}
 * without precision, and so on. Differs from {@link TypeMapping}, our own annotations' defaults.
 */
final class HibernateTypes {
  private HibernateTypes() {}

  /** The canonical column type of a field's Java type, or null where no mapping is known yet. */
  static String sqlType(TypeMirror type, int length, int precision, int scale) {
    String sql = switch (type.getKind()) {
      case INT -> "integer";
      case LONG -> "bigint";
      case SHORT -> "smallint";
      case BOOLEAN -> "boolean";
      case CHAR -> "char(1)";
      case DOUBLE -> "double precision";
      case FLOAT -> "real";
      case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? "bytea" : null;
      case DECLARED -> declared((TypeElement) ((DeclaredType) type).asElement(), length, precision, scale);
      default -> null;
    };
    return sql == null ? null : Column.checkedType(sql);
  }

  /**
   * The column type of a {@code @Lob} field: Hibernate 6 stores a {@code String} or {@code byte[]}
   * large object as {@code oid} on PostgreSQL (a reference to the large object); null for other types.
   */
  static String lobType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind() == TypeKind.BYTE ? "oid" : null;
    }
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String")
        ? "oid" : null;
  }

  /** Whether a type is {@code java.util.Date}, whose column type {@code @Temporal} chooses. */
  static boolean isLegacyDate(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.util.Date");
  }

  private static String declared(TypeElement element, int length, int precision, int scale) {
    return switch (element.getQualifiedName().toString()) {
      case "java.lang.String" -> "varchar(" + length + ")";
      case "java.lang.Integer" -> "integer";
      case "java.lang.Long" -> "bigint";
      case "java.lang.Short" -> "smallint";
      case "java.lang.Boolean" -> "boolean";
      case "java.lang.Character" -> "char(1)";
      case "java.lang.Double" -> "double precision";
      case "java.lang.Float" -> "real";
      // @Column's precision and scale default to 0, which Hibernate reads as its own defaults 38 and 2.
      case "java.math.BigDecimal" -> "numeric(" + (precision == 0 ? 38 : precision) + ","
          + (precision == 0 && scale == 0 ? 2 : scale) + ")";
      case "java.time.LocalDate", "java.sql.Date" -> "date";
      case "java.sql.Time" -> "time(6)";
      case "java.sql.Timestamp" -> "timestamp(6)";
      case "java.time.LocalTime" -> "time(6)";
      case "java.time.LocalDateTime" -> "timestamp(6)";
      case "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Instant" -> "timestamptz(6)";
      case "java.util.UUID" -> "uuid";
      default -> null;
    };
  }
}
