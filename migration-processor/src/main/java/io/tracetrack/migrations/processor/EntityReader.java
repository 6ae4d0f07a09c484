package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.IndexKeys;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.OwnedSequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.entity.Check;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import io.tracetrack.migrations.entity.IdentityOptions;
import io.tracetrack.migrations.entity.RenamedFrom;
import io.tracetrack.migrations.entity.Transient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.TreeMap;
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
  private final Extras extras;

  /**
   * What entities declare besides their tables, collected across entities and rounds: native enum
   * types by name, and rename hints.
   */
  static final class Extras {
    final Map<String, EnumType> enums = new TreeMap<>();
    final Map<String, String> enumOrigins = new HashMap<>();
    final Map<String, String> tableRenames = new TreeMap<>();
    final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    final Map<String, Map<String, String>> indexRenames = new TreeMap<>();
    final Map<String, Map<String, String>> constraintRenames = new TreeMap<>();
    final Map<String, String> enumRenames = new TreeMap<>();
    final Map<String, Map<String, String>> enumValueRenames = new TreeMap<>();
  }

  EntityReader(Elements elements, Messager messager) {
    this(elements, messager, new Extras());
  }

  /** Our {@code @Column} and its members' defaults, read once: every field of every entity needs them. */
  private TypeElement columnAnnotation;
  private final Map<String, Object> columnDefaults = new HashMap<>();

  EntityReader(Elements elements, Messager messager, Extras extras) {
    this.elements = elements;
    this.messager = messager;
    this.extras = extras;
  }

  private TypeElement columnAnnotation() {
    if (columnAnnotation == null) {
      columnAnnotation = elements.getTypeElement(COLUMN);
      for (ExecutableElement member : ElementFilter.methodsIn(columnAnnotation.getEnclosedElements())) {
        columnDefaults.put(member.getSimpleName().toString(), member.getDefaultValue().getValue());
      }
    }
    return columnAnnotation;
  }

  /** The table name of an entity class, {@code schema.table} outside {@code public}. */
  static String tableName(TypeElement type) {
    Entity entity = type.getAnnotation(Entity.class);
    String table = entity.table().isEmpty() ? Names.snakeCase(type.getSimpleName()) : entity.table();
    return Table.qualified(entity.schema(), table);
  }

  /**
   * Whether every column field's type is known. A type another processor has yet to generate is
   * an error type until a later round.
   */
  static boolean isResolved(TypeElement type) {
    for (VariableElement field : JpaAnnotations.fields(type)) {
      TypeMirror t = field.asType();
      while (t.getKind() == TypeKind.ARRAY) {
        t = ((ArrayType) t).getComponentType();
      }
      if (t.getKind() == TypeKind.ERROR && isColumn(field)) {
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
    Entity entity = type.getAnnotation(Entity.class);
    for (String part : List.of(entity.table(), entity.schema())) {
      if (part.contains(".")) {
        error(type, "[TracetrackInvalidName] @Entity table and schema names cannot contain \".\": \"%s\";"
            + " use @Entity(schema = ...) for the schema", part);
        return null;
      }
    }
    String table = tableName(type);
    if (!fits(type, "Schema", entity.schema(), "@Entity(schema = ...)")
        || !fits(type, "Table", Table.localName(table), "@Entity(table = ...)")) {
      return null;
    }
    boolean ok = true;
    Map<String, VariableElement> fieldsByColumn = new HashMap<>();
    List<Column> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    boolean hasId = false;
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    Map<String, String> columnRenames = new TreeMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getAnnotation(io.tracetrack.migrations.entity.Column.class) != null) {
        // Our @Column on a getter serves JPA's property access; an entity of ours maps fields only.
        error(method, "[TracetrackColumnOnMethod] @Column on method %s of entity %s: TraceTrack's entities map"
            + " fields; annotate the field", method.getSimpleName(), type.getSimpleName());
        ok = false;
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!isColumn(field)) {
        continue;
      }
      ColumnOptions options = ColumnOptions.of(field, columnAnnotation(), columnDefaults);
      boolean id = field.getAnnotation(Id.class) != null;
      hasId |= id; // even on a faulty field, so its error is not followed by a "no primary key"
      String name = options.name().isEmpty() ? Names.snakeCase(field.getSimpleName()) : options.name();
      if (!fits(field, "Column", name, "@Column(name = ...)")) {
        ok = false;
        continue;
      }
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
      TypeElement enumType = enumElement(field.asType());
      if (!options.enumStorage().equals("TEXT")) {
        if (enumType == null) {
          error(field, "[TracetrackNotAnEnum] Field %s: @Column(enumStorage = %s) is for enum fields, and %s is none",
              field.getSimpleName(), options.enumStorage(), field.asType());
          ok = false;
          continue;
        }
        List<String> constants = enumConstants(enumType);
        if (options.enumStorage().equals("NATIVE")) {
          String typeName = options.enumTypeName().isEmpty() ? Names.snakeCase(enumType.getSimpleName()) : options.enumTypeName();
          if (!typeName.matches("[a-z_][a-z0-9_]*")) {
            error(field, "[TracetrackInvalidName] Field %s: enum type name \"%s\" must be lower case letters, digits and _",
                field.getSimpleName(), typeName);
            ok = false;
            continue;
          }
          if (!fits(field, "Enum type", typeName, "@Column(enumTypeName = ...)")
              || !addEnum(field, new EnumType(typeName, constants), enumType)) {
            ok = false;
            continue;
          }
          enumRenames(typeName, enumType);
          sqlType = typeName;
        } else {
          String list = String.join(", ", constants.stream().map(SqlExpressions::literal).toList());
          checks.add(new CheckConstraint(NamingConvention.check(table, name), SqlExpressions.quote(name) + " IN (" + list + ")"));
        }
      }
      boolean nullable = !id && !field.asType().getKind().isPrimitive() && options.nullable();
      String identity = switch (options.identity()) {
        case "ALWAYS" -> Column.ALWAYS;
        case "BY_DEFAULT" -> Column.BY_DEFAULT;
        default -> null;
      };
      if (identity != null) {
        if (!List.of("smallint", "integer", "bigint").contains(sqlType)) {
          error(field, "[TracetrackInvalidIdentity] Field %s: an identity column must be smallint, integer or bigint, not %s",
              field.getSimpleName(), sqlType);
          ok = false;
          continue;
        }
        if (!options.serverDefault().isEmpty()) {
          error(field, "[TracetrackInvalidIdentity] Field %s: an identity column cannot also have a server default",
              field.getSimpleName());
          ok = false;
          continue;
        }
        nullable = false;
      }
      if (!options.generatedAs().isBlank() && (identity != null || !options.serverDefault().isEmpty())) {
        error(field, "[TracetrackInvalidGenerated] Field %s: a generated column (@Column(generatedAs = ...)) cannot also"
            + " have %s", field.getSimpleName(), identity != null ? "an identity" : "a server default");
        ok = false;
        continue;
      }
      columns.add(OwnedSequence.expandSerial(table, new Column(name, sqlType, nullable, options.serverDefault(), identity,
          options.comment(), null, options.generatedAs(), options.collation(), null)));
      if (!options.renamedFrom().isEmpty()) {
        columnRenames.put(name, options.renamedFrom());
      }
      if (id) {
        primaryKey.add(name);
      }
      if (options.unique()) {
        uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, name), List.of(name)));
      }
      for (io.tracetrack.migrations.entity.ForeignKey key : field.getAnnotationsByType(io.tracetrack.migrations.entity.ForeignKey.class)) {
        List<String> own = key.columns().length == 0 ? List.of(name) : Arrays.asList(key.columns());
        ForeignKey read = foreignKey(field, table, own, key);
        if (read == null) {
          ok = false;
        } else {
          foreignKeys.add(read);
        }
      }
    }
    if (primaryKey.size() == 1) {
      generatedKey(columns, primaryKey.get(0), fieldsByColumn.get(primaryKey.get(0)));
    }
    ok &= identityOptions(columns, fieldsByColumn);
    if (!hasId) {
      error(type, "[TracetrackNoPrimaryKey] Entity %s has no primary key: mark one field or more with @Id",
          type.getQualifiedName());
      ok = false;
    }
    if (!ok) {
      return null;
    }
    List<String> columnNames = columns.stream().map(Column::name).toList();
    List<Index> indexes = new ArrayList<>();
    Map<String, String> indexRenames = new TreeMap<>();
    Map<String, String> constraintRenames = new TreeMap<>();
    for (io.tracetrack.migrations.entity.Index index : type.getAnnotationsByType(io.tracetrack.migrations.entity.Index.class)) {
      Index read = index(type, table, index, columnNames);
      if (read == null) {
        ok = false;
        continue;
      }
      indexes.add(read);
      if (!index.renamedFrom().isEmpty()) {
        indexRenames.put(read.name(), index.renamedFrom());
      }
    }
    for (io.tracetrack.migrations.entity.UniqueConstraint unique
        : type.getAnnotationsByType(io.tracetrack.migrations.entity.UniqueConstraint.class)) {
      List<String> names = Arrays.asList(unique.columns());
      if (names.isEmpty() || !knownColumns(type, "@UniqueConstraint", names, columnNames, table)) {
        ok = false;
        continue;
      }
      if (!fits(type, "Unique constraint", unique.name(), "@UniqueConstraint(name = ...)")) {
        ok = false;
        continue;
      }
      String uniqueName = unique.name().isEmpty() ? NamingConvention.unique(table, names) : unique.name();
      uniques.add(new UniqueConstraint(uniqueName, names, unique.nullsNotDistinct()));
      if (!unique.renamedFrom().isEmpty()) {
        constraintRenames.put(uniqueName, unique.renamedFrom());
      }
    }
    for (Check check : type.getAnnotationsByType(Check.class)) {
      if (check.name().isBlank() || check.expression().isBlank()) {
        error(type, "[TracetrackInvalidCheck] @Check needs a name and an expression");
        ok = false;
        continue;
      }
      if (check.exactName() && !fits(type, "Check constraint", check.name(), "@Check(name = ...)")) {
        ok = false;
        continue;
      }
      String checkName = check.exactName() ? check.name() : NamingConvention.check(table, check.name());
      checks.add(new CheckConstraint(checkName, check.expression()));
      if (!check.renamedFrom().isEmpty()) {
        constraintRenames.put(checkName,
            check.exactName() ? check.renamedFrom() : NamingConvention.check(table, check.renamedFrom()));
      }
    }
    for (io.tracetrack.migrations.entity.ForeignKey key : type.getAnnotationsByType(io.tracetrack.migrations.entity.ForeignKey.class)) {
      List<String> own = Arrays.asList(key.columns());
      if (own.isEmpty()) {
        error(type, "[TracetrackInvalidForeignKey] @ForeignKey on a class must name its columns");
        ok = false;
        continue;
      }
      if (!knownColumns(type, "@ForeignKey", own, columnNames, table)) {
        ok = false;
        continue;
      }
      ForeignKey read = foreignKey(type, table, own, key);
      if (read == null) {
        ok = false;
      } else {
        foreignKeys.add(read);
      }
    }
    if (!ok) {
      return null;
    }
    if (!entity.renamedFrom().isEmpty()) {
      // "schema.table" names a table of another schema ("public.post" is the model's "post"): a move.
      String from = entity.renamedFrom();
      String old = from.contains(".") ? Table.qualified(Table.schemaOf(from), Table.localName(from))
          : Table.qualified(entity.schema(), from);
      extras.tableRenames.put(table, old);
    } else {
      extras.tableRenames.remove(table);
    }
    putOrRemove(extras.columnRenames, table, columnRenames);
    putOrRemove(extras.indexRenames, table, indexRenames);
    putOrRemove(extras.constraintRenames, table, constraintRenames);
    return new Table(table, columns, primaryKey, uniques, indexes, foreignKeys, checks, entity.comment());
  }

  private static void putOrRemove(Map<String, Map<String, String>> hints, String table, Map<String, String> renames) {
    if (renames.isEmpty()) {
      hints.remove(table);
    } else {
      hints.put(table, renames);
    }
  }

  /** An {@code @Index}, or null after reporting what is wrong with it. */
  private Index index(TypeElement type, String table, io.tracetrack.migrations.entity.Index index, List<String> columnNames) {
    List<Index.IndexColumn> keys = new ArrayList<>();
    for (String spec : index.columns()) {
      try {
        keys.add(IndexKeys.parse(spec));
      } catch (IllegalArgumentException e) {
        error(type, "[TracetrackInvalidIndex] @Index%s: %s", index.name().isEmpty() ? "" : " " + index.name(), e.getMessage());
        return null;
      }
    }
    List<String> used = new ArrayList<>(keys.stream().filter(k -> !k.expression()).map(Index.IndexColumn::name).toList());
    used.addAll(Arrays.asList(index.include()));
    if (!knownColumns(type, "@Index", used, columnNames, table)) {
      return null;
    }
    String indexName = index.name().isEmpty()
        ? NamingConvention.index(table, keys.stream().map(IndexKeys::namePart).toList()) : index.name();
    if (!fits(type, "Index", indexName, "@Index(name = ...)")) {
      return null;
    }
    try {
      return new Index(indexName, keys, index.unique(), index.method(), index.where(), Arrays.asList(index.include()));
    } catch (IllegalArgumentException e) {
      error(type, "[TracetrackInvalidIndex] @Index %s: %s", indexName, e.getMessage());
      return null;
    }
  }

  /** The rename hints of a native enum type: {@code @RenamedFrom} on the enum and on its constants. */
  private void enumRenames(String typeName, TypeElement enumType) {
    RenamedFrom typeHint = enumType.getAnnotation(RenamedFrom.class);
    if (typeHint != null && !typeHint.value().isEmpty()) {
      extras.enumRenames.put(typeName, typeHint.value());
    }
    Map<String, String> values = new TreeMap<>();
    for (Element element : enumType.getEnclosedElements()) {
      RenamedFrom hint = element.getAnnotation(RenamedFrom.class);
      if (element.getKind() == ElementKind.ENUM_CONSTANT && hint != null && !hint.value().isEmpty()) {
        values.put(element.getSimpleName().toString(), hint.value());
      }
    }
    putOrRemove(extras.enumValueRenames, typeName, values);
  }

  /**
   * Makes a table's one-column integer key an identity column ({@code BY DEFAULT}) unless it opts
   * out with {@code @Id(generated = false)}, has a server default, or is an identity column already.
   */
  private static void generatedKey(List<Column> columns, String keyColumn, VariableElement field) {
    TypeKind kind = field.asType().getKind();
    if (kind == TypeKind.DECLARED) {
      String boxed = ((TypeElement) ((javax.lang.model.type.DeclaredType) field.asType()).asElement())
          .getQualifiedName().toString();
      kind = switch (boxed) {
        case "java.lang.Integer" -> TypeKind.INT;
        case "java.lang.Long" -> TypeKind.LONG;
        case "java.lang.Short" -> TypeKind.SHORT;
        default -> kind;
      };
    }
    if (!field.getAnnotation(Id.class).generated() || !List.of(TypeKind.INT, TypeKind.LONG, TypeKind.SHORT).contains(kind)) {
      return;
    }
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (column.name().equals(keyColumn) && column.identity() == null && column.serverDefault() == null
          && List.of("smallint", "integer", "bigint").contains(column.type())) {
        columns.set(i, column.withIdentity(Column.BY_DEFAULT));
      }
    }
  }

  /** Puts each field's {@code @IdentityOptions} on its column, which must be an identity column by then. */
  private boolean identityOptions(List<Column> columns, Map<String, VariableElement> fieldsByColumn) {
    boolean ok = true;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      VariableElement field = fieldsByColumn.get(column.name());
      IdentityOptions options = field == null ? null : field.getAnnotation(IdentityOptions.class);
      if (options == null) {
        continue;
      }
      if (column.identity() == null) {
        error(field, "[TracetrackInvalidIdentity] Field %s: @IdentityOptions is for an identity column:"
            + " set @Column(identity = ...) or make it the generated key", field.getSimpleName());
        ok = false;
        continue;
      }
      try {
        columns.set(i, column.withIdentityOptions(new io.tracetrack.migrations.core.schema.IdentityOptions(
            given(options.start()), given(options.increment()), given(options.minValue()), given(options.maxValue()),
            given(options.cache()), options.cycle() ? Boolean.TRUE : null)));
      } catch (IllegalArgumentException e) {
        error(field, "[TracetrackInvalidIdentity] Field %s: @IdentityOptions: %s", field.getSimpleName(), e.getMessage());
        ok = false;
      }
    }
    return ok;
  }

  private static Long given(long option) {
    return option == IdentityOptions.UNSET ? null : option;
  }

  private ForeignKey foreignKey(Element at, String table, List<String> own,
      io.tracetrack.migrations.entity.ForeignKey key) {
    List<String> referenced = Arrays.asList(key.referencedColumns());
    if (own.size() != referenced.size()) {
      error(at, "[TracetrackInvalidForeignKey] @ForeignKey to %s names %d column(s) but references %d",
          key.table(), own.size(), referenced.size());
      return null;
    }
    if (!fits(at, "Foreign key", key.name(), "@ForeignKey(name = ...)")) {
      return null;
    }
    String name = key.name().isEmpty() ? NamingConvention.foreignKey(table, own, key.table()) : key.name();
    return new ForeignKey(name, own, key.table(), referenced, key.onDelete().name(), key.onUpdate().name(),
        key.match().name(), key.deferrable() || key.initiallyDeferred(), key.initiallyDeferred());
  }

  /**
   * Whether a name the entity gives (or its Java name gives) fits PostgreSQL's 63 bytes; reports
   * it otherwise, since the server would cut it and the schema would never match the entities.
   * Default constraint and index names are shortened instead (see {@link NamingConvention}).
   */
  private boolean fits(Element at, String what, String name, String where) {
    int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes <= NamingConvention.MAX_NAME_BYTES) {
      return true;
    }
    error(at, "[TracetrackNameTooLong] %s name \"%s\" is %d bytes long in UTF-8; PostgreSQL keeps %d at most:"
        + " choose a shorter one with %s", what, name, bytes, NamingConvention.MAX_NAME_BYTES, where);
    return false;
  }

  private boolean knownColumns(TypeElement type, String annotation, List<String> names, List<String> columns, String table) {
    for (String name : names) {
      if (!columns.contains(name)) {
        error(type, "[TracetrackUnknownColumn] %s names column \"%s\", which table \"%s\" does not have (columns: %s)",
            annotation, name, table, String.join(", ", columns));
        return false;
      }
    }
    return true;
  }

  private boolean addEnum(VariableElement field, EnumType type, TypeElement enumElement) {
    String origin = enumElement.getQualifiedName().toString();
    EnumType other = extras.enums.get(type.name());
    if (other != null && (!other.equals(type) || !origin.equals(extras.enumOrigins.get(type.name())))) {
      error(field, "[TracetrackEnumTypeClash] Field %s: enum type \"%s\" is already declared by %s with values %s;"
          + " name this one with @Column(enumTypeName = \"...\")", field.getSimpleName(), type.name(),
          extras.enumOrigins.get(type.name()), other.values());
      return false;
    }
    extras.enums.put(type.name(), type);
    extras.enumOrigins.put(type.name(), origin);
    return true;
  }

  private static TypeElement enumElement(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      Element element = ((javax.lang.model.type.DeclaredType) type).asElement();
      if (element.getKind() == ElementKind.ENUM) {
        return (TypeElement) element;
      }
    }
    return null;
  }

  private static List<String> enumConstants(TypeElement type) {
    List<String> constants = new ArrayList<>();
    for (Element element : type.getEnclosedElements()) {
      if (element.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(element.getSimpleName().toString());
      }
    }
    return constants;
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
      String serverDefault, String sqlType, String comment, String renamedFrom, String identity,
      String enumStorage, String enumTypeName, String generatedAs, String collation) {

    static ColumnOptions of(VariableElement field, TypeElement columnAnnotation, Map<String, Object> defaults) {
      Map<String, Object> values = new HashMap<>(defaults);
      for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
        if (mirror.getAnnotationType().asElement().equals(columnAnnotation)) {
          mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v.getValue()));
        }
      }
      return new ColumnOptions(
          (String) values.get("name"), (Boolean) values.get("nullable"), (Integer) values.get("length"),
          (Integer) values.get("precision"), (Integer) values.get("scale"), (Boolean) values.get("unique"),
          (String) values.get("serverDefault"), (String) values.get("sqlType"), (String) values.get("comment"),
          (String) values.get("renamedFrom"), constant(values.get("identity")), constant(values.get("enumStorage")),
          (String) values.get("enumTypeName"), (String) values.get("generatedAs"), (String) values.get("collation"));
    }

    /** The name of an enum constant as the annotation mirror holds it. */
    private static String constant(Object value) {
      return value instanceof VariableElement element ? element.getSimpleName().toString() : String.valueOf(value);
    }
  }
}
