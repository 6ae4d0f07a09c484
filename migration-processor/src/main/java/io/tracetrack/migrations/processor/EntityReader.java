package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import io.tracetrack.migrations.entity.Transient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Turns one {@code @Entity} class into a {@link Table}, reporting each mistake on the class or
 * field at fault.
 */
final class EntityReader {
  private static final String COLUMN = io.tracetrack.migrations.entity.Column.class.getCanonicalName();

  private final Elements elements;
  private final Messager messager;

  EntityReader(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  /** The table name of an entity class. */
  static String tableName(TypeElement type) {
    String table = type.getAnnotation(Entity.class).table();
    return table.isEmpty() ? Names.snakeCase(type.getSimpleName()) : table;
  }

  /**
   * Whether every column field's type is known. A type another processor has yet to generate is
   * an error type until a later round.
   */
  static boolean isResolved(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      TypeMirror t = field.asType();
      while (t.getKind() == TypeKind.ARRAY) {
        t = ((ArrayType) t).getComponentType();
      }
      if (isColumn(field) && t.getKind() == TypeKind.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The table of an entity class, or null after reporting why it has none. */
  Table read(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS) {
      error(type, "[TracetrackNotAClass] @Entity belongs on a class, but %s is %s",
          type.getQualifiedName(), kindName(type.getKind()));
      return null;
    }
    String table = tableName(type);
    boolean ok = true;
    Map<String, VariableElement> fieldsByColumn = new HashMap<>();
    List<Column> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    boolean hasId = false;
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!isColumn(field)) {
        continue;
      }
      ColumnOptions options = ColumnOptions.of(field, elements.getTypeElement(COLUMN));
      boolean id = field.getAnnotation(Id.class) != null;
      hasId |= id; // even on a faulty field, so its error is not followed by a "no primary key"
      String name = options.name().isEmpty() ? Names.snakeCase(field.getSimpleName()) : options.name();
      VariableElement first = fieldsByColumn.putIfAbsent(name, field);
      if (first != null) {
        error(field, "[TracetrackDuplicateColumn] Field %s maps to column \"%s\" of table \"%s\", as field %s"
            + " already does: rename one with @Column(name = \"...\")",
            field.getSimpleName(), name, table, first.getSimpleName());
        ok = false;
        continue;
      }
      String sqlType = columnType(field, options);
      if (sqlType == null) {
        ok = false;
        continue;
      }
      boolean nullable = !id && !field.asType().getKind().isPrimitive() && options.nullable();
      columns.add(new Column(name, sqlType, nullable, options.serverDefault()));
      if (id) {
        primaryKey.add(name);
      }
      if (options.unique()) {
        uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, name), List.of(name)));
      }
    }
    if (!hasId) {
      error(type, "[TracetrackNoPrimaryKey] Entity %s has no primary key: mark one field or more with @Id",
          type.getQualifiedName());
      ok = false;
    }
    return ok ? new Table(table, columns, primaryKey, uniques) : null;
  }

  /** The canonical column type of a field, or null after reporting why there is none. */
  private String columnType(VariableElement field, ColumnOptions options) {
    if (options.length() < 1) {
      return invalid(field, "length must be 1 or more, not " + options.length());
    }
    if (options.precision() < 1) {
      return invalid(field, "precision must be 1 or more, not " + options.precision());
    }
    if (options.scale() < 0 || options.scale() > options.precision()) {
      return invalid(field, "scale must be between 0 and the precision " + options.precision()
          + ", not " + options.scale());
    }
    if (!options.sqlType().isBlank()) {
      try {
        return Column.checkedType(options.sqlType());
      } catch (IllegalArgumentException e) {
        error(field, "[TracetrackInvalidSqlType] Field %s: %s", field.getSimpleName(), e.getMessage());
        return null;
      }
    }
    String type = TypeMapping.sqlType(field.asType(), options.length(), options.precision(), options.scale());
    if (type == null) {
      error(field, "[TracetrackUnmappedType] Field %s has type %s, which has no default column type:"
          + " set @Column(sqlType = \"...\") or mark it @Transient", field.getSimpleName(), field.asType());
    }
    return type;
  }

  private String invalid(VariableElement field, String problem) {
    error(field, "[TracetrackInvalidColumnSize] Field %s: @Column %s", field.getSimpleName(), problem);
    return null;
  }

  private static boolean isColumn(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && field.getAnnotation(Transient.class) == null;
  }

  private static String kindName(ElementKind kind) {
    return switch (kind) {
      case ANNOTATION_TYPE -> "an annotation type";
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      default -> kind.toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }

  /**
   * The values of {@code @Column} on a field, defaults included. Read from the annotation mirror
   * so that a field without the annotation gets the defaults declared on {@code @Column} itself.
   */
  private record ColumnOptions(
      String name, boolean nullable, int length, int precision, int scale, boolean unique,
      String serverDefault, String sqlType) {

    static ColumnOptions of(VariableElement field, TypeElement columnAnnotation) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (ExecutableElement member : ElementFilter.methodsIn(columnAnnotation.getEnclosedElements())) {
        values.put(member.getSimpleName().toString(), member.getDefaultValue().getValue());
      }
      for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
        if (mirror.getAnnotationType().asElement().equals(columnAnnotation)) {
          mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v.getValue()));
        }
      }
      return new ColumnOptions(
          (String) values.get("name"), (Boolean) values.get("nullable"), (Integer) values.get("length"),
          (Integer) values.get("precision"), (Integer) values.get("scale"), (Boolean) values.get("unique"),
          (String) values.get("serverDefault"), (String) values.get("sqlType"));
    }
  }
}
