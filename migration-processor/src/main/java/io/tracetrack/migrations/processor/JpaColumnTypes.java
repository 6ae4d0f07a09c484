package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * The column type Hibernate 6 gives a JPA attribute on PostgreSQL: from {@code @Column(columnDefinition,
 * length, precision, scale)}, {@code @JdbcTypeCode}, {@code @Convert}, {@code @Enumerated}, {@code @Lob},
 * {@code @Temporal} or the Java type.
 */
final class JpaColumnTypes {
  private final Types types;
  private final Messager messager;
  private final JpaConverters converters;

  JpaColumnTypes(Types types, Messager messager, JpaConverters converters) {
    this.types = types;
    this.messager = messager;
    this.converters = converters;
  }

  /**
   * Whether a converter stores the attribute: its {@code @Convert}, unless it disables conversion,
   * or else an auto-applied converter of its type.
   */
  boolean converted(Attribute attribute) {
    AnnotationMirror convert = jpa(attribute.field(), "Convert");
    return convert != null ? !disablesConversion(convert) : !converters.matching(attribute).isEmpty();
  }

  private static final Pattern SIX_FRACTIONAL_DIGITS = Pattern.compile("(timestamp|timestamptz|time)\\(6\\)");

  /**
   * How one of Hibernate's own boolean converters stores a boolean: the column type, and the two
   * values, false then true, as SQL literals, which Hibernate's check of the column allows.
   */
  record BooleanStorage(String sqlType, List<String> values) {
    /** The storage of {@code YesNoConverter}, {@code TrueFalseConverter} or {@code NumericBooleanConverter}; null for another class. */
    static BooleanStorage ofConverter(String converter) {
      return switch (converter) {
        case "org.hibernate.type.YesNoConverter" -> new BooleanStorage("char(1)", List.of("'N'", "'Y'"));
        case "org.hibernate.type.TrueFalseConverter" -> new BooleanStorage("char(1)", List.of("'F'", "'T'"));
        case "org.hibernate.type.NumericBooleanConverter" -> new BooleanStorage("integer", List.of("0", "1"));
        default -> null;
      };
    }
  }

  /**
   * The storage of a boolean attribute converted by one of Hibernate's own converters; null for any
   * other attribute or converter (another converter's values only running it tells).
   */
  BooleanStorage booleanStorage(Attribute attribute) {
    if (!isBoolean(attribute.type()) || !converted(attribute)) {
      return null;
    }
    AnnotationMirror convert = jpa(attribute.field(), "Convert");
    Object converter = convert == null ? converters.matching(attribute).get(0).converter().asType()
        : value(convert, "converter");
    if (!(converter instanceof DeclaredType declared)) {
      return null;
    }
    return BooleanStorage.ofConverter(((TypeElement) declared.asElement()).getQualifiedName().toString());
  }

  /**
   * A temporal column type with Hibernate's {@code @FractionalSeconds(digits)} in place of its default
   * six; null after reporting a type that has no fractional seconds.
   */
  String withFractionalSeconds(VariableElement field, String sqlType, int digits) {
    Matcher temporal = SIX_FRACTIONAL_DIGITS.matcher(sqlType);
    if (!temporal.matches() || digits < 0 || digits > 6) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @FractionalSeconds(%d) on a %s column", field.getSimpleName(),
          digits, sqlType);
      return null;
    }
    return temporal.group(1) + "(" + digits + ")";
  }

  /** {@code @Convert(disableConversion = true)} without an attribute name: the attribute keeps its own mapping. */
  private static boolean disablesConversion(AnnotationMirror convert) {
    return bool(convert, "disableConversion") && string(convert, "attributeName").isEmpty();
  }

  /** The column type Hibernate 6 gives a field on PostgreSQL, or null after reporting why there is none. */
  String columnType(Attribute attribute, AnnotationMirror column) {
    return columnType(attribute, column, BeanConstraints.Effect.NONE);
  }

  /** As {@link #columnType(Attribute, AnnotationMirror)}, with the sizes Bean Validation constraints set over {@code @Column}'s. */
  String columnType(Attribute attribute, AnnotationMirror column, BeanConstraints.Effect constraints) {
    VariableElement field = attribute.field();
    int length = constraints.length() != null ? constraints.length() : column == null ? 255 : integer(column, "length");
    int precision = constraints.precision() != null ? constraints.precision()
        : column == null ? 0 : integer(column, "precision");
    int scale = constraints.scale() != null ? constraints.scale() : column == null ? 0 : integer(column, "scale");
    String definition = column == null ? "" : string(column, "columnDefinition");
    if (!definition.isEmpty()) {
      if (enumElement(attribute.type()) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @Column(columnDefinition) on an enum field is not supported"
            + " yet", field.getSimpleName());
        return null;
      }
      try {
        return Column.checkedType(definition);
      } catch (IllegalArgumentException e) {
        error(field, "[TracetrackInvalidSqlType] Field %s: @Column(columnDefinition): %s", field.getSimpleName(),
            e.getMessage());
        return null;
      }
    }
    if (length < 1 || precision < 0 || scale < 0 || (precision > 0 && scale > precision)) {
      error(field, "[TracetrackInvalidColumnSize] Field %s: @Column(length = %d, precision = %d, scale = %d) is not a"
          + " valid size", field.getSimpleName(), length, precision, scale);
      return null;
    }
    AnnotationMirror jdbcTypeCode = hibernate(field, "JdbcTypeCode");
    if (jdbcTypeCode != null) {
      String type = HibernateTypes.jdbcTypeCodeType(integer(jdbcTypeCode, "value"), attribute.type(), length);
      if (type == null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JdbcTypeCode(%d) on %s is not supported yet", field.getSimpleName(),
            integer(jdbcTypeCode, "value"), attribute.type());
      }
      return type;
    }
    if (converted(attribute)) {
      if (isBoolean(attribute.type()) && booleanStorage(attribute) == null) {
        // Hibernate runs the converter on true and false and checks the column against the two values.
        error(field, "[TracetrackJpaNotSupported] Field %s: %s on a boolean is not supported yet: Hibernate adds a"
            + " check of the converter's two values, which the processor cannot compute", field.getSimpleName(),
            jpa(field, "Convert") != null ? "@Convert" : "auto-applied converter "
            + converters.matching(attribute).get(0).converter().getQualifiedName());
        return null;
      }
      TypeMirror databaseType = databaseType(attribute);
      String type = databaseType == null ? null : HibernateTypes.sqlType(databaseType, length, precision, scale);
      if (databaseType != null && type == null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: the converter's database type %s has no mapping yet",
            field.getSimpleName(), databaseType);
      }
      return type;
    }
    TypeElement enumType = enumElement(attribute.type());
    if (enumType != null) {
      AnnotationMirror enumerated = jpa(field, "Enumerated");
      // Hibernate's default is ORDINAL; on PostgreSQL it stores ordinals as smallint.
      return enumerated != null && constant(enumerated, "value").equals("STRING") ? "varchar(" + length + ")" : "smallint";
    }
    if (jpa(field, "Lob") != null) {
      String lob = HibernateTypes.lobType(attribute.type());
      if (lob == null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @Lob on %s is not supported yet", field.getSimpleName(),
            attribute.type());
      }
      return lob;
    }
    AnnotationMirror temporal = jpa(field, "Temporal");
    if (HibernateTypes.isLegacyDate(attribute.type())) {
      // java.util.Date is a timestamp unless @Temporal says DATE or TIME.
      return switch (temporal == null ? "TIMESTAMP" : constant(temporal, "value")) {
        case "DATE" -> "date";
        case "TIME" -> "time(6)";
        default -> "timestamp(6)";
      };
    }
    if (temporal != null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Temporal is for java.util.Date fields, and %s is none",
          field.getSimpleName(), attribute.type());
      return null;
    }
    String type = HibernateTypes.sqlType(attribute.type(), length, precision, scale);
    if (type == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s has type %s, whose JPA mapping is not supported yet:"
          + " set @Column(columnDefinition = \"...\") or mark it @Transient", field.getSimpleName(), attribute.type());
    }
    return type;
  }

  /**
   * The database-side type {@code Y} of the {@code AttributeConverter<X, Y>} that stores a
   * converted attribute: its {@code @Convert}'s, else the one auto-applied converter of its type.
   * Null after an error.
   */
  private TypeMirror databaseType(Attribute attribute) {
    VariableElement field = attribute.field();
    AnnotationMirror convert = jpa(field, "Convert");
    if (convert == null) {
      List<JpaConverters.AutoApplied> matching = converters.matching(attribute);
      if (matching.size() > 1) {
        error(field, "[TracetrackJpaConverter] Field %s: several auto-applied converters match its type %s (%s), as"
            + " Hibernate reports too: name one with @Convert", field.getSimpleName(), attribute.type(),
            String.join(", ", matching.stream().map(c -> c.converter().getQualifiedName().toString()).toList()));
        return null;
      }
      return matching.get(0).databaseType();
    }
    Object converter = value(convert, "converter");
    if (!string(convert, "attributeName").isEmpty() || !(converter instanceof DeclaredType converterType)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Convert without a converter class, or with attributeName,"
          + " is not supported yet", field.getSimpleName());
      return null;
    }
    List<TypeMirror> converted = JpaConverters.convertedTypes(converterType, types);
    if (converted == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: converter %s does not implement AttributeConverter<X, Y> with"
          + " known types", field.getSimpleName(), converterType);
      return null;
    }
    return converted.get(1);
  }


  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || (type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Boolean"));
  }
  static TypeElement enumElement(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return (TypeElement) ((DeclaredType) type).asElement();
    }
    return null;
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
