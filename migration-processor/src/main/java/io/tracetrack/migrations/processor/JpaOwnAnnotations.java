package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.entity.Check;
import io.tracetrack.migrations.entity.Column.EnumStorage;
import io.tracetrack.migrations.entity.Column.Identity;
import io.tracetrack.migrations.entity.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.tools.Diagnostic;

/**
 * TraceTrack's own annotations on a JPA entity, for what JPA cannot say: {@code @Entity(renamedFrom,
 * comment)}, {@code @Check}, {@code @Index} (partial, unique, any method) on the class, and
 * {@code @Column(serverDefault, comment, renamedFrom, enumStorage, enumTypeName)} on a field. What
 * JPA says already (names, types, sizes, nullability, keys) is an error here: one source for each.
 */
final class JpaOwnAnnotations {
  private final Messager messager;
  private final EntityReader.Extras extras;

  JpaOwnAnnotations(Messager messager, EntityReader.Extras extras) {
    this.messager = messager;
    this.extras = extras;
  }

  /** Applies our annotations on the entity and its fields to its table; false after an error. */
  boolean apply(TypeElement type, JpaTableParts parts, List<String> columnNames) {
    boolean ok = classAnnotations(type, parts, columnNames);
    Map<String, String> renames = new TreeMap<>();
    for (int i = 0; i < parts.columns.size(); i++) {
      Column column = parts.columns.get(i);
      Element field = parts.sources.get(column.name());
      io.tracetrack.migrations.entity.Column ours = field == null || !field.getKind().isField() ? null
          : field.getAnnotation(io.tracetrack.migrations.entity.Column.class);
      if (ours == null) {
        continue;
      }
      if (!ours.name().isEmpty() || !ours.nullable() || ours.length() != 255 || ours.precision() != 19
          || ours.scale() != 2 || ours.unique() || !ours.sqlType().isEmpty() || ours.identity() != Identity.NONE) {
        error(field, "[TracetrackJpaMixed] Field %s: on a JPA entity, TraceTrack's @Column adds serverDefault, comment,"
            + " renamedFrom and enumStorage only; say name, nullable, length, precision, scale, unique, sqlType and"
            + " identity with JPA's annotations", field.getSimpleName());
        ok = false;
        continue;
      }
      if (!ours.serverDefault().isEmpty()) {
        if (column.identity() != null || column.serverDefault() != null) {
          error(field, "[TracetrackJpaMixed] Field %s: serverDefault on a column that is an identity or has a"
              + " @ColumnDefault already", field.getSimpleName());
          ok = false;
          continue;
        }
        column = column.withServerDefault(ours.serverDefault());
      }
      if (!ours.comment().isEmpty()) {
        column = column.withComment(ours.comment());
      }
      if (!ours.renamedFrom().isEmpty()) {
        renames.put(column.name(), ours.renamedFrom());
      }
      if (ours.enumStorage() == EnumStorage.NATIVE) {
        column = nativeEnum(field, ours, column, parts);
        if (column == null) {
          ok = false;
          continue;
        }
      }
      parts.columns.set(i, column);
    }
    if (renames.isEmpty()) {
      extras.columnRenames.remove(parts.name);
    } else {
      extras.columnRenames.put(parts.name, renames);
    }
    return ok;
  }

  /** {@code @Entity(renamedFrom, comment)}, {@code @Check} and {@code @Index} on the class. */
  private boolean classAnnotations(TypeElement type, JpaTableParts parts, List<String> columnNames) {
    boolean ok = true;
    String table = parts.name;
    Entity entity = type.getAnnotation(Entity.class);
    extras.tableRenames.remove(table);
    if (entity != null) {
      if (!entity.table().isEmpty() || !entity.schema().isEmpty()) {
        error(type, "[TracetrackJpaMixed] Entity %s: name its table with JPA's @Table; TraceTrack's @Entity adds"
            + " renamedFrom and comment only", type.getSimpleName());
        ok = false;
      } else if (!entity.renamedFrom().isEmpty()) {
        extras.tableRenames.put(table, entity.renamedFrom().contains(".") ? entity.renamedFrom()
            : Table.qualified(Table.schemaOf(table).equals(Table.DEFAULT_SCHEMA) ? "" : Table.schemaOf(table),
                entity.renamedFrom()));
      }
    }
    for (Check check : type.getAnnotationsByType(Check.class)) {
      if (check.name().isBlank() || check.expression().isBlank()) {
        error(type, "[TracetrackInvalidCheck] @Check needs a name and an expression");
        ok = false;
        continue;
      }
      parts.checks.add(new CheckConstraint(NamingConvention.check(table, check.name()), check.expression()));
    }
    for (io.tracetrack.migrations.entity.Index index : type.getAnnotationsByType(io.tracetrack.migrations.entity.Index.class)) {
      List<Index.IndexColumn> columns = new ArrayList<>();
      for (String spec : index.columns()) {
        String trimmed = spec.trim();
        boolean descending = trimmed.toUpperCase(Locale.ROOT).endsWith(" DESC");
        columns.add(new Index.IndexColumn(descending ? trimmed.substring(0, trimmed.length() - 5).trim() : trimmed,
            descending));
      }
      List<String> names = columns.stream().map(Index.IndexColumn::name).toList();
      if (names.isEmpty() || !columnNames.containsAll(names)) {
        error(type, "[TracetrackUnknownColumn] @Index names columns %s; table \"%s\" has %s", names, table, columnNames);
        ok = false;
        continue;
      }
      String name = index.name().isEmpty() ? NamingConvention.index(table, names) : index.name();
      try {
        parts.indexes.add(new Index(name, columns, index.unique(), index.method(), index.where()));
      } catch (IllegalArgumentException e) {
        error(type, "[TracetrackInvalidIndex] @Index %s: %s", name, e.getMessage());
        ok = false;
      }
    }
    if (entity != null && !entity.comment().isEmpty()) {
      parts.comment = entity.comment();
    }
    return ok;
  }

  /** A column stored as a native PostgreSQL enum type, registered once, without Hibernate's check of the values. */
  private Column nativeEnum(Element field, io.tracetrack.migrations.entity.Column ours, Column column,
      JpaTableParts parts) {
    if (!(field.asType() instanceof DeclaredType declared) || declared.asElement().getKind() != ElementKind.ENUM) {
      error(field, "[TracetrackNotAnEnum] Field %s: @Column(enumStorage = NATIVE) is for enum fields",
          field.getSimpleName());
      return null;
    }
    TypeElement enumType = (TypeElement) declared.asElement();
    String name = ours.enumTypeName().isEmpty() ? Names.snakeCase(enumType.getSimpleName()) : ours.enumTypeName();
    List<String> constants = enumType.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
    EnumType declaredType = new EnumType(name, constants);
    EnumType other = extras.enums.putIfAbsent(name, declaredType);
    if (other != null && !other.equals(declaredType)) {
      error(field, "[TracetrackEnumTypeClash] Field %s: enum type \"%s\" is already declared with values %s",
          field.getSimpleName(), name, other.values());
      return null;
    }
    extras.enumOrigins.putIfAbsent(name, enumType.getQualifiedName().toString());
    String check = JpaEntityReader.columnCheckName(parts.name, column.name());
    parts.checks.removeIf(constraint -> constraint.name().equals(check));
    return column.withType(name);
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
