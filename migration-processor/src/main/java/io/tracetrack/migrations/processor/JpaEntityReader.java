package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Turns one JPA entity class ({@code jakarta.persistence} or {@code javax.persistence}, read by
 * name, so no JPA jar is needed here) into the {@link Table} Hibernate 6 creates for it on
 * PostgreSQL, with names from a {@link JpaNaming}. What it cannot map yet is a compile error on the
 * element, naming the annotation, never a guess.
 */
final class JpaEntityReader {
  /** The package of Hibernate's own annotations; those read here are named by their qualified name. */
  private static final String HIBERNATE = "org.hibernate.annotations.";
  /** {@code org.hibernate.type.SqlTypes.JSON}, stored as {@code jsonb} on PostgreSQL. */
  private static final int SQL_TYPES_JSON = 3001;

  /** The packages of JPA's annotations: Jakarta Persistence 3 and the older Java Persistence. */
  static final List<String> PACKAGES = List.of("jakarta.persistence", "javax.persistence");

  /** The class annotations read here, and those that do not touch the schema (queries, listeners, caching). */
  private static final Set<String> ON_CLASS = Set.of("Entity", "Table", "SequenceGenerator",
      "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries", "NamedEntityGraph", "NamedEntityGraphs",
      "SqlResultSetMapping", "SqlResultSetMappings", "EntityListeners", "ExcludeDefaultListeners",
      "ExcludeSuperclassListeners", "Cacheable", HIBERNATE + "Comment");
  /** The annotations read on an embeddable class, and on its fields. */
  private static final Set<String> EMBEDDABLE = Set.of("Embeddable");
  private static final Set<String> EMBEDDABLE_FIELD = Set.of("Column", "Basic", "Enumerated", "Temporal", "Lob",
      "Convert", "Transient", HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode");
  /** The annotations read on a mapped superclass. */
  private static final Set<String> MAPPED_SUPERCLASS = Set.of("MappedSuperclass", "SequenceGenerator",
      "EntityListeners", "ExcludeDefaultListeners", "ExcludeSuperclassListeners");
  /** The field annotations read here, and {@code @OrderBy}, which only orders a collection when loaded. */
  private static final Set<String> ON_FIELD = Set.of("Id", "Column", "Basic", "GeneratedValue", "SequenceGenerator",
      "Enumerated", "Temporal", "Lob", "Convert", "Transient", "Version", "ManyToOne", "OneToOne", "JoinColumn", "OneToMany", "OrderBy",
      "Embedded", "AttributeOverride", "AttributeOverrides", "ManyToMany", "JoinTable",
      HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode", HIBERNATE + "NaturalId");
  private static final List<String> INTEGRAL = List.of("smallint", "integer", "bigint");

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final JpaNaming naming;
  private final SequenceReader sequences;
  private final List<Table> joinTables = new ArrayList<>();
  /** Each annotation type's member defaults, by member name: see {@link #value}. */
  private final Map<Element, Map<String, AnnotationValue>> defaults = new HashMap<>();

  /** A persistent field of an entity, its own or a mapped superclass's, with its type as the entity sees it. */
  private record Attribute(VariableElement field, TypeMirror type) {}

  JpaEntityReader(Elements elements, Types types, Messager messager, JpaNaming naming, SequenceReader sequences) {
    this.elements = elements;
    this.types = types;
    this.messager = messager;
    this.naming = naming;
    this.sequences = sequences;
  }

  /** The JPA {@code @Entity} annotation types on the compile class path: none, one or both. */
  static List<TypeElement> entityAnnotations(Elements elements) {
    List<TypeElement> found = new ArrayList<>();
    for (String pkg : PACKAGES) {
      TypeElement type = elements.getTypeElement(pkg + ".Entity");
      if (type != null) {
        found.add(type);
      }
    }
    return found;
  }

  /** Whether a class carries JPA's {@code @Entity}. */
  static boolean isEntity(Element type) {
    return jpa(type, "Entity") != null;
  }

  /** The join tables of the entities read so far (their owning {@code @ManyToMany} fields). */
  List<Table> joinTables() {
    return List.copyOf(joinTables);
  }

  /** The table of a JPA entity class, or null after reporting why it has none. */
  Table read(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS) {
      error(type, "[TracetrackNotAClass] @Entity belongs on a class, but %s is not one", type.getQualifiedName());
      return null;
    }
    boolean ok = supported(type, ON_CLASS, "entity " + type.getSimpleName());
    for (TypeElement ancestor = superclass(type); ancestor != null; ancestor = superclass(ancestor)) {
      if (isEntity(ancestor)) {
        error(type, "[TracetrackJpaNotSupported] Entity %s extends entity %s: entity inheritance (@Inheritance) is not"
            + " supported yet", type.getSimpleName(), ancestor.getSimpleName());
        ok = false;
      } else if (jpa(ancestor, "MappedSuperclass") != null) {
        ok &= supported(ancestor, MAPPED_SUPERCLASS, "mapped superclass " + ancestor.getSimpleName());
        ok &= fieldAccess(ancestor);
      }
    }
    ok &= fieldAccess(type);
    AnnotationMirror tableMirror = jpa(type, "Table");
    if (tableMirror != null && !string(tableMirror, "catalog").isEmpty()) {
      error(type, "[TracetrackJpaNotSupported] @Table(catalog) is not supported yet on entity %s", type.getSimpleName());
      ok = false;
    }
    String table = tableName(type);
    if (!fits(type, "Table", Table.localName(table)) || !fits(type, "Schema", Table.schemaOf(table))) {
      return null;
    }
    Map<String, VariableElement> fieldsByColumn = new HashMap<>();
    List<String> naturalId = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (Attribute attribute : attributes(type)) {
      VariableElement field = attribute.field();
      if (!supported(field, ON_FIELD, "field " + field.getSimpleName())) {
        ok = false;
        continue;
      }
      AnnotationMirror manyToMany = jpa(field, "ManyToMany");
      if (manyToMany != null) {
        if (string(manyToMany, "mappedBy").isEmpty()) {
          Table joinTable = joinTable(type, table, attribute);
          if (joinTable == null) {
            ok = false;
          } else {
            joinTables.add(joinTable);
          }
        }
        continue;
      }
      if (jpa(field, "JoinTable") != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinTable is supported on an owning @ManyToMany only, for"
            + " now", field.getSimpleName());
        ok = false;
        continue;
      }
      AnnotationMirror oneToMany = jpa(field, "OneToMany");
      AnnotationMirror oneToOne = jpa(field, "OneToOne");
      if (oneToMany != null) {
        if (string(oneToMany, "mappedBy").isEmpty()) {
          error(field, "[TracetrackJpaNotSupported] Field %s: @OneToMany without mappedBy (a join table or a join"
              + " column on the other table) is not supported yet", field.getSimpleName());
          ok = false;
        }
        continue; // the other side's column
      }
      if (oneToOne != null && !string(oneToOne, "mappedBy").isEmpty()) {
        continue;
      }
      AnnotationMirror relation = oneToOne != null ? oneToOne : jpa(field, "ManyToOne");
      List<Column> produced;
      if (isEmbedded(attribute)) {
        produced = embeddedColumns(type, table, attribute, checks, uniques);
      } else {
        Column column = relation != null
            ? joinColumn(table, attribute, relation, foreignKeys, uniques)
            : basicColumn(type, table, attribute, jpa(field, "Column"), false, checks, uniques);
        produced = column == null ? null : List.of(column);
      }
      if (produced == null) {
        ok = false;
        continue;
      }
      for (Column column : produced) {
        if (!fits(field, "Column", column.name())) {
          ok = false;
          continue;
        }
        VariableElement first = fieldsByColumn.putIfAbsent(column.name(), field);
        if (first != null) {
          error(field, "[TracetrackDuplicateColumn] Field %s maps to column \"%s\" of table \"%s\", as field %s"
              + " already does: rename one with @Column(name = \"...\") or @AttributeOverride", field.getSimpleName(),
              column.name(), table, first.getSimpleName());
          ok = false;
          continue;
        }
        columns.add(column);
        if (hibernate(field, "NaturalId") != null) {
          naturalId.add(column.name());
        }
        if (jpa(field, "Id") != null) {
          if (relation != null) {
            error(field, "[TracetrackJpaNotSupported] Field %s: @Id on a relation (derived identity) is not supported yet",
                field.getSimpleName());
            ok = false;
          }
          primaryKey.add(column.name());
        }
      }
    }
    if (primaryKey.isEmpty() && ok) {
      error(type, "[TracetrackNoPrimaryKey] Entity %s has no primary key: mark a field with @Id", type.getQualifiedName());
      ok = false;
    }
    if (primaryKey.size() > 1) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: a key of several @Id fields (@IdClass) is not supported yet",
          type.getQualifiedName());
      ok = false;
    }
    List<String> columnNames = columns.stream().map(Column::name).toList();
    List<Index> indexes = new ArrayList<>();
    if (tableMirror != null) {
      for (AnnotationMirror index : mirrors(tableMirror, "indexes")) {
        List<Index.IndexColumn> indexColumns = new ArrayList<>();
        for (String spec : string(index, "columnList").split(",")) {
          String trimmed = spec.trim();
          String upper = trimmed.toUpperCase(Locale.ROOT);
          boolean descending = upper.endsWith(" DESC");
          String logical = descending ? trimmed.substring(0, trimmed.length() - 5).trim()
              : upper.endsWith(" ASC") ? trimmed.substring(0, trimmed.length() - 4).trim() : trimmed;
          indexColumns.add(new Index.IndexColumn(naming.physical(logical), descending));
        }
        List<String> names = indexColumns.stream().map(Index.IndexColumn::name).toList();
        if (!knownColumns(type, "@Index", names, columnNames, table)) {
          ok = false;
          continue;
        }
        boolean unique = bool(index, "unique");
        String name = string(index, "name").isEmpty()
            ? unique ? NamingConvention.unique(table, names) : NamingConvention.index(table, names)
            : string(index, "name");
        if (!fits(type, "Index", name)) {
          ok = false;
          continue;
        }
        if (!unique) {
          indexes.add(new Index(name, indexColumns, false, Index.BTREE, null));
        } else if (indexColumns.stream().anyMatch(Index.IndexColumn::descending)) {
          error(type, "[TracetrackJpaNotSupported] @Index(unique = true) with a DESC column is not supported yet");
          ok = false;
        } else {
          // Hibernate creates a unique index as a unique constraint, under the index's name.
          uniques.add(new UniqueConstraint(name, names));
        }
      }
      for (AnnotationMirror unique : mirrors(tableMirror, "uniqueConstraints")) {
        List<String> names = strings(unique, "columnNames").stream().map(naming::physical).toList();
        if (names.isEmpty() || !knownColumns(type, "@UniqueConstraint", names, columnNames, table)) {
          ok = false;
          continue;
        }
        String name = string(unique, "name").isEmpty() ? NamingConvention.unique(table, names) : string(unique, "name");
        if (!fits(type, "Unique constraint", name)) {
          ok = false;
          continue;
        }
        uniques.add(new UniqueConstraint(name, names));
      }
    }
    if (!naturalId.isEmpty()) {
      // Hibernate makes the natural id unique, over all its columns.
      uniques.add(new UniqueConstraint(NamingConvention.unique(table, naturalId), naturalId));
    }
    AnnotationMirror comment = hibernate(type, "Comment");
    return ok ? new Table(table, columns, primaryKey, uniques, indexes, foreignKeys, checks,
        comment == null ? null : string(comment, "value")) : null;
  }

  /** The table name of a JPA entity, {@code schema.table} outside {@code public}. */
  String tableName(TypeElement type) {
    AnnotationMirror tableMirror = jpa(type, "Table");
    String entityName = string(jpa(type, "Entity"), "name");
    String name = naming.table(tableMirror == null ? "" : string(tableMirror, "name"),
        entityName.isEmpty() ? type.getSimpleName().toString() : entityName);
    String schema = tableMirror == null ? "" : string(tableMirror, "schema");
    return Table.qualified(schema.isEmpty() ? "" : naming.physical(schema), name);
  }

  /**
   * A basic field's column, with its check, unique constraint and sequence, from {@code columnMirror}
   * (its {@code @Column} or an override); {@code embedded} for a field of an embeddable. Null after an error.
   */
  private Column basicColumn(TypeElement type, String table, Attribute attribute, AnnotationMirror columnMirror,
      boolean embedded, List<CheckConstraint> checks, List<UniqueConstraint> uniques) {
    VariableElement field = attribute.field();
    if (jpa(field, "JoinColumn") != null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn belongs on a @ManyToOne or @OneToOne",
          field.getSimpleName());
      return null;
    }
    for (String embeddedOnly : List.of("Embedded", "AttributeOverride", "AttributeOverrides")) {
      if (jpa(field, embeddedOnly) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @%s belongs on a field of an @Embeddable type",
            field.getSimpleName(), embeddedOnly);
        return null;
      }
    }
    if (columnMirror != null && !string(columnMirror, "table").isEmpty()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Column(table) (secondary tables) is not supported yet",
          field.getSimpleName());
      return null;
    }
    String name = naming.column(columnMirror == null ? "" : string(columnMirror, "name"), field.getSimpleName().toString());
    String sqlType = columnType(attribute, columnMirror);
    if (sqlType == null) {
      return null;
    }
    TypeElement enumType = enumElement(attribute.type());
    AnnotationMirror enumerated = jpa(field, "Enumerated");
    if (enumerated != null && enumType == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Enumerated is for enum fields, and %s is none",
          field.getSimpleName(), attribute.type());
      return null;
    }
    if (enumType != null && jpa(field, "Convert") == null) {
      // Hibernate 6 adds a check constraint with the enum's values, unnamed: PostgreSQL names it <table>_<column>_check.
      List<String> constants = new ArrayList<>();
      for (Element constant : enumType.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(constant.getSimpleName().toString());
        }
      }
      String quoted = SqlExpressions.quote(name);
      String expression = sqlType.equals("smallint")
          ? quoted + " BETWEEN 0 AND " + (constants.size() - 1)
          : quoted + " IN (" + String.join(", ", constants.stream().map(SqlExpressions::literal).toList()) + ")";
      checks.add(new CheckConstraint(NamingConvention.fit(Table.localName(table) + "_" + name + "_check"), expression));
    }
    boolean id = jpa(field, "Id") != null;
    AnnotationMirror basic = jpa(field, "Basic");
    // A primitive is NOT NULL on the entity itself; in an embeddable Hibernate leaves it nullable.
    boolean nullable = !id && (embedded || !attribute.type().getKind().isPrimitive())
        && (columnMirror == null || bool(columnMirror, "nullable")) && (basic == null || bool(basic, "optional"));
    String identity = null;
    AnnotationMirror generated = jpa(field, "GeneratedValue");
    if (generated != null) {
      if (!id) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @GeneratedValue belongs on the @Id field", field.getSimpleName());
        return null;
      }
      String strategy = constant(generated, "strategy");
      if (sqlType.equals("uuid") && List.of("AUTO", "UUID").contains(strategy)) {
        // Hibernate generates the UUID in Java: a plain column.
        strategy = "UUID";
      } else if (strategy.equals("AUTO")) {
        // Hibernate 6 generates a numeric id from a sequence, the named one or <table>_seq.
        strategy = "SEQUENCE";
      }
      if (!List.of("IDENTITY", "SEQUENCE", "UUID").contains(strategy)) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @GeneratedValue(strategy = %s) is not supported yet;"
            + " use IDENTITY, SEQUENCE or AUTO", field.getSimpleName(), strategy);
        return null;
      }
      if (strategy.equals("UUID") ? !sqlType.equals("uuid") : !INTEGRAL.contains(sqlType)) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @GeneratedValue(strategy = %s) on a %s column is not"
            + " supported yet", field.getSimpleName(), strategy, sqlType);
        return null;
      }
      if (strategy.equals("IDENTITY")) {
        identity = Column.BY_DEFAULT;
      } else if (strategy.equals("SEQUENCE") && !sequence(type, field, string(generated, "generator"))) {
        return null;
      }
    } else if (jpa(field, "SequenceGenerator") != null) {
      // Declared without use: Hibernate creates the sequence anyway.
      if (!sequence(type, field, string(jpa(field, "SequenceGenerator"), "name"))) {
        return null;
      }
    }
    if (columnMirror != null && bool(columnMirror, "unique")) {
      uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, name), List.of(name)));
    }
    AnnotationMirror columnDefault = hibernate(field, "ColumnDefault");
    AnnotationMirror comment = hibernate(field, "Comment");
    if (columnDefault != null && identity != null) {
      error(field, "[TracetrackInvalidIdentity] Field %s: an identity column cannot also have a @ColumnDefault",
          field.getSimpleName());
      return null;
    }
    // columnDefinition = "serial": what PostgreSQL stores for it, an owned sequence and its nextval default.
    return io.tracetrack.migrations.core.schema.OwnedSequence.expandSerial(table, new Column(name, sqlType, nullable,
        columnDefault == null ? null : string(columnDefault, "value"), identity, comment == null ? null : string(comment, "value")));
  }

  /** An entity's one-column primary key: its logical and physical column name and its type. */
  private record Key(String logical, String column, String type) {}

  /** The key of a relation's target entity, or null after reporting (on {@code at}) why it has none usable. */
  private Key key(Element at, TypeElement target, String relation) {
    List<Attribute> ids = attributes(target).stream().filter(a -> jpa(a.field(), "Id") != null).toList();
    if (ids.size() != 1 || jpa(ids.get(0).field(), "ManyToOne") != null || jpa(ids.get(0).field(), "OneToOne") != null) {
      error(at, "[TracetrackJpaNotSupported] Field %s: %s to %s, whose key is not one basic @Id field, is not"
          + " supported yet", at.getSimpleName(), relation, target.getSimpleName());
      return null;
    }
    VariableElement id = ids.get(0).field();
    AnnotationMirror column = jpa(id, "Column");
    String logical = column == null || string(column, "name").isEmpty() ? id.getSimpleName().toString() : string(column, "name");
    String type = columnType(ids.get(0), column);
    return type == null ? null : new Key(logical, naming.physical(logical), type);
  }

  /**
   * The join table of an owning {@code @ManyToMany}, as Hibernate creates it: a column for each
   * side's key, both NOT NULL, each with a foreign key, and for a {@code Set} a primary key over
   * both (a {@code List} or {@code Collection} is a bag, without one). Null after an error.
   */
  private Table joinTable(TypeElement owner, String ownerTable, Attribute attribute) {
    VariableElement field = attribute.field();
    for (String notHere : List.of("Column", "Basic", "JoinColumn", "Enumerated", "Temporal", "Comment", "ColumnDefault",
        "JdbcTypeCode", "NaturalId")) {
      if (jpa(field, notHere) != null || hibernate(field, notHere) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @%s on a @ManyToMany is not supported", field.getSimpleName(),
            notHere);
        return null;
      }
    }
    TypeElement target = null;
    boolean set = false;
    if (attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0) instanceof DeclaredType element) {
      String collection = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      set = collection.equals("java.util.Set");
      if (set || collection.equals("java.util.List") || collection.equals("java.util.Collection")) {
        target = (TypeElement) element.asElement();
      }
    }
    if (target == null || !isEntity(target)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: a @ManyToMany other than a Set, List or Collection of an"
          + " @Entity (%s) is not supported yet", field.getSimpleName(), attribute.type());
      return null;
    }
    if (!Table.schemaOf(ownerTable).equals(Table.DEFAULT_SCHEMA)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: a @ManyToMany of an entity outside the public schema is not"
          + " supported yet", field.getSimpleName());
      return null;
    }
    Key ownerKey = key(field, owner, "@ManyToMany from");
    Key targetKey = key(field, target, "@ManyToMany");
    if (ownerKey == null || targetKey == null) {
      return null;
    }
    AnnotationMirror joinTable = jpa(field, "JoinTable");
    String name = "";
    String ownerColumn = "";
    String targetColumn = "";
    if (joinTable != null) {
      if (!string(joinTable, "schema").isEmpty() || !string(joinTable, "catalog").isEmpty()
          || !mirrors(joinTable, "uniqueConstraints").isEmpty() || !mirrors(joinTable, "indexes").isEmpty()
          || mirrors(joinTable, "joinColumns").size() > 1 || mirrors(joinTable, "inverseJoinColumns").size() > 1) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinTable(schema, catalog, uniqueConstraints, indexes,"
            + " several join columns) is not supported yet", field.getSimpleName());
        return null;
      }
      name = string(joinTable, "name");
      for (AnnotationMirror column : mirrors(joinTable, "joinColumns")) {
        ownerColumn = string(column, "name");
      }
      for (AnnotationMirror column : mirrors(joinTable, "inverseJoinColumns")) {
        targetColumn = string(column, "name");
      }
    }
    String targetTable = tableName(target);
    String table = name.isEmpty()
        ? naming.joinTable(Table.localName(ownerTable), Table.localName(targetTable), field.getSimpleName().toString())
        : naming.physical(name);
    if (ownerColumn.isEmpty()) {
      // JPA: the inverse side's property and the key, or without one the owning entity's name and the key.
      String inverse = attributes(target).stream()
          .filter(a -> jpa(a.field(), "ManyToMany") != null
              && string(jpa(a.field(), "ManyToMany"), "mappedBy").contentEquals(field.getSimpleName()))
          .map(a -> a.field().getSimpleName().toString()).findFirst().orElse(entityName(owner));
      ownerColumn = inverse + "_" + ownerKey.logical();
    }
    if (targetColumn.isEmpty()) {
      targetColumn = field.getSimpleName() + "_" + targetKey.logical();
    }
    ownerColumn = naming.physical(ownerColumn);
    targetColumn = naming.physical(targetColumn);
    if (!fits(field, "Join table", table) || !fits(field, "Column", ownerColumn) || !fits(field, "Column", targetColumn)) {
      return null;
    }
    if (ownerColumn.equals(targetColumn)) {
      error(field, "[TracetrackDuplicateColumn] Field %s: both columns of join table \"%s\" are named \"%s\": name"
          + " them with @JoinTable(joinColumns, inverseJoinColumns)", field.getSimpleName(), table, ownerColumn);
      return null;
    }
    List<Column> columns = List.of(new Column(ownerColumn, ownerKey.type(), false, null),
        new Column(targetColumn, targetKey.type(), false, null));
    List<ForeignKey> keys = List.of(
        new ForeignKey(NamingConvention.foreignKey(table, List.of(ownerColumn), ownerTable), List.of(ownerColumn),
            ownerTable, List.of(ownerKey.column()), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION),
        new ForeignKey(NamingConvention.foreignKey(table, List.of(targetColumn), targetTable), List.of(targetColumn),
            targetTable, List.of(targetKey.column()), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION));
    return new Table(table, columns, set ? List.of(ownerColumn, targetColumn) : List.of(), List.of(), List.of(), keys,
        List.of(), null);
  }

  /** An entity's JPA name: {@code @Entity(name)}, else its simple name. */
  private String entityName(TypeElement type) {
    String name = string(jpa(type, "Entity"), "name");
    return name.isEmpty() ? type.getSimpleName().toString() : name;
  }

  /** Whether a field holds an embeddable: its type is {@code @Embeddable}, or the field says {@code @Embedded}. */
  private static boolean isEmbedded(Attribute attribute) {
    return jpa(attribute.field(), "Embedded") != null || (attribute.type() instanceof DeclaredType declared
        && jpa(declared.asElement(), "Embeddable") != null);
  }

  /**
   * The columns of an {@code @Embedded} field: one per basic field of the embeddable, named as
   * written there (JPA's implicit naming adds no prefix) unless an {@code @AttributeOverride} on the
   * field gives the column; null after an error.
   */
  private List<Column> embeddedColumns(TypeElement type, String table, Attribute attribute, List<CheckConstraint> checks,
      List<UniqueConstraint> uniques) {
    VariableElement field = attribute.field();
    TypeElement embeddable = attribute.type() instanceof DeclaredType declared ? (TypeElement) declared.asElement() : null;
    if (embeddable == null || jpa(embeddable, "Embeddable") == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Embedded needs an @Embeddable class, and %s is none",
          field.getSimpleName(), attribute.type());
      return null;
    }
    for (String notHere : List.of("Id", "Column", "Basic", "GeneratedValue", "Enumerated", "Temporal", "Version",
        "JoinColumn", "ManyToOne", "OneToOne", "Comment", "ColumnDefault", "JdbcTypeCode", "NaturalId")) {
      if (jpa(field, notHere) != null || hibernate(field, notHere) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @%s on an embedded field is not supported%s",
            field.getSimpleName(), notHere, notHere.equals("Id") ? " yet (use of @EmbeddedId)" : "");
        return null;
      }
    }
    boolean ok = supported(embeddable, EMBEDDABLE, "embeddable " + embeddable.getSimpleName()) & fieldAccess(embeddable);
    java.util.Map<String, AnnotationMirror> overrides = new java.util.LinkedHashMap<>();
    List<AnnotationMirror> written = new ArrayList<>();
    if (jpa(field, "AttributeOverride") != null) {
      written.add(jpa(field, "AttributeOverride"));
    }
    if (jpa(field, "AttributeOverrides") != null) {
      written.addAll(mirrors(jpa(field, "AttributeOverrides"), "value"));
    }
    for (AnnotationMirror override : written) {
      overrides.put(string(override, "name"), mirror(override, "column"));
    }
    List<Column> columns = new ArrayList<>();
    for (VariableElement part : ElementFilter.fieldsIn(embeddable.getEnclosedElements())) {
      if (!isPersistent(part)) {
        continue;
      }
      if (!supported(part, EMBEDDABLE_FIELD, "field " + part.getSimpleName() + " of embeddable "
          + embeddable.getSimpleName())) {
        ok = false;
        continue;
      }
      TypeMirror partType;
      try {
        partType = types.asMemberOf((DeclaredType) attribute.type(), part);
      } catch (IllegalArgumentException e) {
        partType = part.asType();
      }
      Attribute partAttribute = new Attribute(part, partType);
      if (isEmbedded(partAttribute)) {
        error(part, "[TracetrackJpaNotSupported] Field %s: an embeddable inside an embeddable is not supported yet",
            part.getSimpleName());
        ok = false;
        continue;
      }
      AnnotationMirror override = overrides.remove(part.getSimpleName().toString());
      Column column = basicColumn(type, table, partAttribute, override != null ? override : jpa(part, "Column"), true,
          checks, uniques);
      if (column == null) {
        ok = false;
      } else {
        columns.add(column);
      }
    }
    for (String unknown : overrides.keySet()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @AttributeOverride(name = \"%s\") names no basic field of %s"
          + " (paths into nested embeddables are not supported yet)", field.getSimpleName(), unknown,
          embeddable.getSimpleName());
      ok = false;
    }
    return ok ? columns : null;
  }

  /**
   * Registers the sequence of a {@code @GeneratedValue(strategy = SEQUENCE, generator)}: the
   * {@code @SequenceGenerator} of that name on the field or its class, or with no generator
   * Hibernate 6's default {@code <table>_SEQ} by 50, in the table's schema. False after an error.
   */
  private boolean sequence(TypeElement type, VariableElement field, String generator) {
    Sequence sequence;
    if (generator.isEmpty()) {
      String table = tableName(type);
      sequence = new Sequence(Table.qualified(Table.schemaOf(table), naming.defaultSequence(Table.localName(table))),
          "bigint", 1, 50, null, null, 1, false);
    } else {
      AnnotationMirror declared = null;
      for (Element at : List.of(field, field.getEnclosingElement(), type)) {
        AnnotationMirror candidate = jpa(at, "SequenceGenerator");
        if (candidate != null && string(candidate, "name").equals(generator)) {
          declared = candidate;
          break;
        }
      }
      if (declared == null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: generator \"%s\" is not a @SequenceGenerator on this field"
            + " or its class; generators declared elsewhere are not supported yet", field.getSimpleName(), generator);
        return false;
      }
      if (!string(declared, "schema").isEmpty() || !string(declared, "catalog").isEmpty()) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @SequenceGenerator(schema, catalog) is not supported yet",
            field.getSimpleName());
        return false;
      }
      String name = string(declared, "sequenceName").isEmpty() ? generator : string(declared, "sequenceName");
      try {
        sequence = new Sequence(naming.physical(name), "bigint", integer(declared, "initialValue"),
            integer(declared, "allocationSize"), null, null, 1, false);
      } catch (IllegalArgumentException e) {
        error(field, "[TracetrackBadSequence] Field %s: %s", field.getSimpleName(), e.getMessage());
        return false;
      }
    }
    if (!fits(field, "Sequence", sequence.name())) {
      return false;
    }
    return sequences.add(type, sequence);
  }

  /** A {@code @ManyToOne} or owning {@code @OneToOne} field's column and foreign key; null after an error. */
  private Column joinColumn(String table, Attribute attribute, AnnotationMirror relation,
      List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques) {
    VariableElement field = attribute.field();
    for (String basicOnly : List.of("Column", "Basic", "GeneratedValue", "Enumerated", "Temporal", "Version")) {
      if (jpa(field, basicOnly) != null || hibernate(field, basicOnly) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @%s on a relation is not supported", field.getSimpleName(),
            basicOnly);
        return null;
      }
    }
    TypeElement target = attribute.type() instanceof DeclaredType declared ? (TypeElement) declared.asElement() : null;
    if (target == null || !isEntity(target)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @%s to %s, which is not a JPA @Entity; targetEntity is not"
          + " supported yet", field.getSimpleName(), simpleName(relation), attribute.type());
      return null;
    }
    Key key = key(field, target, "@" + simpleName(relation));
    if (key == null) {
      return null;
    }
    String referencedLogical = key.logical();
    String referenced = key.column();
    String type_ = key.type();
    AnnotationMirror join = jpa(field, "JoinColumn");
    String written = join == null ? "" : string(join, "name");
    if (join != null) {
      String referencedName = string(join, "referencedColumnName");
      if (!referencedName.isEmpty() && !naming.physical(referencedName).equals(referenced)) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn(referencedColumnName = \"%s\"), a column other"
            + " than %s's key, is not supported yet", field.getSimpleName(), referencedName, target.getSimpleName());
        return null;
      }
      if (!string(join, "columnDefinition").isEmpty() || !string(join, "table").isEmpty()
          || !string(mirror(join, "foreignKey"), "foreignKeyDefinition").isEmpty()) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn(columnDefinition, table,"
            + " foreignKey(foreignKeyDefinition)) is not supported yet", field.getSimpleName());
        return null;
      }
    }
    String name = naming.joinColumn(written, field.getSimpleName().toString(), referencedLogical);
    boolean nullable = bool(relation, "optional") && (join == null || bool(join, "nullable"));
    String targetTable = tableName(target);
    AnnotationMirror foreignKey = join == null ? null : mirror(join, "foreignKey");
    if (foreignKey == null || !constant(foreignKey, "value").equals("NO_CONSTRAINT")) {
      String keyName = foreignKey == null || string(foreignKey, "name").isEmpty()
          ? NamingConvention.foreignKey(table, List.of(name), targetTable) : string(foreignKey, "name");
      if (!fits(field, "Foreign key", keyName)) {
        return null;
      }
      foreignKeys.add(new ForeignKey(keyName, List.of(name), targetTable, List.of(referenced), ForeignKey.NO_ACTION,
          ForeignKey.NO_ACTION));
    }
    // Hibernate makes a one-to-one's join column unique, as it does @JoinColumn(unique = true).
    if (simpleName(relation).equals("OneToOne") || (join != null && bool(join, "unique"))) {
      uniques.add(new UniqueConstraint(UniqueConstraint.defaultName(table, name), List.of(name)));
    }
    return new Column(name, type_, nullable, null, null, null);
  }

  /** The column type Hibernate 6 gives a field on PostgreSQL, or null after reporting why there is none. */
  private String columnType(Attribute attribute, AnnotationMirror column) {
    VariableElement field = attribute.field();
    int length = column == null ? 255 : integer(column, "length");
    int precision = column == null ? 0 : integer(column, "precision");
    int scale = column == null ? 0 : integer(column, "scale");
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
      if (integer(jdbcTypeCode, "value") != SQL_TYPES_JSON) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JdbcTypeCode(%d) is not supported yet; SqlTypes.JSON is",
            field.getSimpleName(), integer(jdbcTypeCode, "value"));
        return null;
      }
      return "jsonb";
    }
    AnnotationMirror convert = jpa(field, "Convert");
    if (convert != null) {
      if (isBoolean(attribute.type())) {
        // Hibernate runs the converter on true and false and checks the column against the two values.
        error(field, "[TracetrackJpaNotSupported] Field %s: @Convert on a boolean is not supported yet: Hibernate adds a"
            + " check of the converter's two values, which the processor cannot compute", field.getSimpleName());
        return null;
      }
      TypeMirror databaseType = convertedType(field, convert);
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
   * The database-side type {@code Y} of the {@code AttributeConverter<X, Y>} a {@code @Convert}
   * names; null after an error.
   */
  private TypeMirror convertedType(VariableElement field, AnnotationMirror convert) {
    Object converter = value(convert, "converter");
    if (!string(convert, "attributeName").isEmpty() || bool(convert, "disableConversion")
        || !(converter instanceof DeclaredType converterType)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Convert without a converter class, with attributeName or"
          + " disableConversion, is not supported yet", field.getSimpleName());
      return null;
    }
    java.util.Deque<TypeMirror> todo = new java.util.ArrayDeque<>(List.of(converterType));
    while (!todo.isEmpty()) {
      if (todo.pop() instanceof DeclaredType type) {
        String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
        if (PACKAGES.stream().anyMatch(pkg -> name.equals(pkg + ".AttributeConverter"))
            && type.getTypeArguments().size() == 2) {
          return type.getTypeArguments().get(1);
        }
        todo.addAll(types.directSupertypes(type));
      }
    }
    error(field, "[TracetrackJpaNotSupported] Field %s: converter %s does not implement AttributeConverter<X, Y> with"
        + " known types", field.getSimpleName(), converterType);
    return null;
  }

  /**
   * Whether every JPA, Hibernate and TraceTrack annotation on an element is one this reader maps;
   * reports each other one.
   */
  private boolean supported(Element element, Set<String> names, String what) {
    boolean ok = true;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (isJpa(mirror) ? !names.contains(simpleName(mirror))
          : qualified.startsWith(HIBERNATE) ? !names.contains(qualified)
          : qualified.startsWith("io.tracetrack.migrations.entity.")) {
        error(element, "[TracetrackJpaNotSupported] @%s on %s is not supported yet%s", qualified.startsWith("io.tracetrack")
            ? qualified : simpleName(mirror), what, qualified.startsWith("io.tracetrack")
            ? ": TraceTrack's annotations cannot be mixed with JPA's on one entity" : "");
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The persistent fields of an entity: those of its {@code @MappedSuperclass} ancestors, topmost
   * first, then its own; typed as members of the entity, so a {@code BaseEntity<ID>}'s id is a Long.
   */
  private List<Attribute> attributes(TypeElement entity) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement ancestor = superclass(entity); ancestor != null; ancestor = superclass(ancestor)) {
      if (jpa(ancestor, "MappedSuperclass") != null) {
        chain.add(0, ancestor);
      }
    }
    chain.add(entity);
    List<Attribute> attributes = new ArrayList<>();
    for (TypeElement type : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (isPersistent(field)) {
          TypeMirror resolved;
          try {
            resolved = types.asMemberOf((DeclaredType) entity.asType(), field);
          } catch (IllegalArgumentException e) {
            resolved = field.asType();
          }
          attributes.add(new Attribute(field, resolved));
        }
      }
    }
    return attributes;
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof DeclaredType parent ? (TypeElement) parent.asElement() : null;
  }

  /** Whether a class annotates only fields: annotated getters (property access) are reported. */
  private boolean fieldAccess(TypeElement type) {
    boolean ok = true;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        if (isJpa(mirror)) {
          error(method, "[TracetrackJpaNotSupported] @%s on method %s: property access (annotated getters) is not"
              + " supported yet; annotate the fields", simpleName(mirror), method.getSimpleName());
          ok = false;
        }
      }
    }
    return ok;
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

  private boolean fits(Element at, String what, String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= NamingConvention.MAX_NAME_BYTES) {
      return true;
    }
    error(at, "[TracetrackNameTooLong] %s name \"%s\" is %d bytes long in UTF-8; PostgreSQL keeps %d at most:"
        + " choose a shorter one", what, name, bytes, NamingConvention.MAX_NAME_BYTES);
    return false;
  }

  private static boolean isPersistent(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
        && jpa(field, "Transient") == null;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || (type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Boolean"));
  }

  private static TypeElement enumElement(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return (TypeElement) ((DeclaredType) type).asElement();
    }
    return null;
  }

  // Reading annotations by name.

  private static boolean isJpa(AnnotationMirror mirror) {
    String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    int dot = qualified.lastIndexOf('.');
    return PACKAGES.contains(qualified.substring(0, Math.max(dot, 0)));
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** Hibernate's annotation {@code simpleName} ({@code org.hibernate.annotations}) on an element, or null. */
  private static AnnotationMirror hibernate(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(HIBERNATE + simpleName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The JPA annotation {@code simpleName} on an element, from either package, or null. */
  private static AnnotationMirror jpa(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      // The simple name first: comparing it costs no string, unlike the package test.
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName) && isJpa(mirror)) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * An annotation member's value, its default included. Defaults are read once per annotation type:
   * {@code getElementValuesWithDefaults} would rebuild the map of every member for each look-up,
   * which was most of the processor's time on a large model.
   */
  private Object value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue().getValue();
      }
    }
    AnnotationValue fallback = defaults.computeIfAbsent(mirror.getAnnotationType().asElement(), type -> {
      Map<String, AnnotationValue> values = new HashMap<>();
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (method.getDefaultValue() != null) {
          values.put(method.getSimpleName().toString(), method.getDefaultValue());
        }
      }
      return values;
    }).get(member);
    if (fallback == null) {
      throw new IllegalArgumentException("@" + simpleName(mirror) + " has no member " + member);
    }
    return fallback.getValue();
  }

  private String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member);
  }

  private int integer(AnnotationMirror mirror, String member) {
    return (Integer) value(mirror, member);
  }

  private boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member);
  }

  /** The name of an enum constant member, such as {@code GenerationType.IDENTITY}. */
  private String constant(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    return value instanceof VariableElement element ? element.getSimpleName().toString() : String.valueOf(value);
  }

  private AnnotationMirror mirror(AnnotationMirror mirror, String member) {
    return (AnnotationMirror) value(mirror, member);
  }

  private List<AnnotationMirror> mirrors(AnnotationMirror mirror, String member) {
    return ((List<?>) value(mirror, member)).stream()
        .map(v -> (AnnotationMirror) ((AnnotationValue) v).getValue()).toList();
  }

  private List<String> strings(AnnotationMirror mirror, String member) {
    return ((List<?>) value(mirror, member)).stream().map(v -> (String) ((AnnotationValue) v).getValue()).toList();
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
