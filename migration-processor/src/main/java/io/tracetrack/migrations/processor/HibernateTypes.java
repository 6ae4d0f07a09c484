package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.Column;
import java.util.List;
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
  // Hibernate's org.hibernate.type.SqlTypes codes (java.sql.Types where it has one), read as numbers:
  // the processor does not need Hibernate on its path.
  private static final int CHAR = 1;
  private static final int VARCHAR = 12;
  private static final int LONGVARCHAR = -1;
  private static final int LONG32VARCHAR = 4001;
  private static final int VARBINARY = -3;
  private static final int LONGVARBINARY = -4;
  private static final int LONG32VARBINARY = 4003;
  private static final int SQLXML = 2009;
  private static final int TINYINT = -6;
  private static final int SMALLINT = 5;
  private static final int INTEGER = 4;
  private static final int BIGINT = -5;
  private static final int UUID = 3000;
  private static final int JSON = 3001;
  private static final int INET = 3002;
  private static final int INTERVAL_SECOND = 3100;

  private HibernateTypes() {}

  /** The canonical column type of a field's Java type, or null where no mapping is known yet. */
  static String sqlType(TypeMirror type, int length, int precision, int scale) {
    String sql = switch (type.getKind()) {
      case INT -> "integer";
      case LONG -> "bigint";
      case SHORT -> "smallint";
      case BOOLEAN -> "boolean";
      case BYTE -> "smallint";
      case CHAR -> "char(1)";
      case DOUBLE -> "double precision";
      case FLOAT -> "real";
      case ARRAY -> switch (((ArrayType) type).getComponentType().getKind()) {
        case BYTE -> "bytea";
        case CHAR -> "varchar(" + length + ")";
        default -> null;
      };
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
      case "java.lang.Byte" -> "smallint";
      case "java.time.Duration" -> "numeric(21,0)";
      case "java.time.OffsetTime" -> "time(6)";
      case "java.time.Year" -> "integer";
      case "java.net.InetAddress" -> "inet";
      case "java.util.Currency" -> "varchar(3)";
      case "java.util.Locale", "java.time.ZoneId", "java.net.URL" -> "varchar(" + length + ")";
      default -> null;
    };
  }

  /**
   * The column type of {@code @JdbcTypeCode(code)} (a {@code org.hibernate.type.SqlTypes} constant) on
   * a field of {@code type}, as Hibernate 6 makes it on PostgreSQL; null for a code or a type not mapped yet.
   */
  static String jdbcTypeCodeType(int code, TypeMirror type, int length) {
    String name = type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : type.getKind().toString();
    boolean text = name.equals("java.lang.String");
    boolean uuid = name.equals("java.util.UUID");
    boolean integral = List.of("INT", "LONG", "SHORT", "BYTE", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte").contains(name);
    boolean bytes = type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    String sql = switch (code) {
      case JSON -> "jsonb";
      case UUID -> uuid ? "uuid" : null;
      // A UUID as text is 36 characters long; a string is as long as its @Column says.
      case CHAR -> text ? "char(" + length + ")" : uuid ? "char(36)" : null;
      case VARCHAR -> text ? "varchar(" + length + ")" : uuid ? "varchar(36)" : null;
      case LONGVARCHAR -> text ? "varchar(32600)" : null;
      case LONG32VARCHAR -> text ? "text" : null;
      case VARBINARY, LONGVARBINARY, LONG32VARBINARY -> bytes ? "bytea" : null;
      case SQLXML -> text ? "xml" : null;
      case INET -> text || name.equals("java.net.InetAddress") ? "inet" : null;
      case INTERVAL_SECOND -> name.equals("java.time.Duration") ? "interval second(6)" : null;
      case TINYINT, SMALLINT -> integral ? "smallint" : null;
      case INTEGER -> integral ? "integer" : null;
      case BIGINT -> integral ? "bigint" : null;
      default -> null;
    };
    return sql == null ? null : Column.checkedType(sql);
  }
}
