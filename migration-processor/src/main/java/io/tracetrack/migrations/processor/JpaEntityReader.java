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
import static io.tracetrack.migrations.processor.JpaAnnotations.*;
import static io.tracetrack.migrations.processor.JpaHierarchy.entityName;
import static io.tracetrack.migrations.processor.JpaHierarchy.isPersistent;
import static io.tracetrack.migrations.processor.JpaHierarchy.superclass;

import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
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


  /** The package of TraceTrack's own entity annotations, some of which add to a JPA entity what JPA cannot say. */
  private static final String OURS = "io.tracetrack.migrations.entity.";
  /** The class annotations read here, and those that do not touch the schema (queries, listeners, caching). */
  private static final Set<String> ON_CLASS = Set.of("Entity", "Table", "Access", "SequenceGenerator", "TableGenerator",
      "Inheritance", "IdClass", "AssociationOverride", "AssociationOverrides", "AttributeOverride", "AttributeOverrides",
      "DiscriminatorColumn", "DiscriminatorValue", "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns",
      HIBERNATE + "Check", HIBERNATE + "Checks",
      OURS + "Entity", OURS + "Check", OURS + "Checks", OURS + "Index", OURS + "Indexes",
      HIBERNATE + "OnDelete", HIBERNATE + "SoftDelete", HIBERNATE + "Subselect",
      "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries", "NamedEntityGraph", "NamedEntityGraphs",
      "SqlResultSetMapping", "SqlResultSetMappings", "EntityListeners", "ExcludeDefaultListeners",
      "ExcludeSuperclassListeners", "Cacheable", HIBERNATE + "Comment");
  /** The annotations read on an embeddable class, and on its fields. */
  private static final Set<String> EMBEDDABLE = Set.of("Embeddable", "Access");
  private static final Set<String> EMBEDDABLE_FIELD = Set.of("Column", "Basic", "Access", "Enumerated", "Temporal",
      "Lob", "Embedded", "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides", "ManyToOne",
      "OneToOne", "JoinColumn", "JoinColumns", "ManyToMany", "OneToMany", "JoinTable", "OrderColumn", "OrderBy",
      "Convert", "Transient", HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode",
      HIBERNATE + "GeneratedColumn", HIBERNATE + "FractionalSeconds", HIBERNATE + "Collate");
  /** The annotations read on a mapped superclass. */
  private static final Set<String> MAPPED_SUPERCLASS = Set.of("MappedSuperclass", "Access", "SequenceGenerator",
      "TableGenerator", "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides", HIBERNATE + "Check", HIBERNATE + "Checks",
      "EntityListeners", "ExcludeDefaultListeners", "ExcludeSuperclassListeners");
  /** The field annotations read here, and {@code @OrderBy}, which only orders a collection when loaded. */
  private static final Set<String> ON_FIELD = Set.of("Id", "Column", "Access", "Basic", "GeneratedValue",
      "SequenceGenerator", "TableGenerator", "Enumerated", "Temporal", "Lob", "Convert", "Transient", "Version", "ManyToOne", "OneToOne", "JoinColumn", "OneToMany", "OrderBy",
      "Embedded", "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides", "ManyToMany",
      "JoinTable", "EmbeddedId", "MapsId",
      "JoinColumns",
      "ElementCollection", "CollectionTable", "OrderColumn", "MapKeyColumn", HIBERNATE + "Formula", HIBERNATE + "Check",
      OURS + "Column",
      HIBERNATE + "OnDelete", HIBERNATE + "NotFound", HIBERNATE + "GeneratedColumn", HIBERNATE + "FractionalSeconds",
      HIBERNATE + "Collate",
      HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode", HIBERNATE + "NaturalId");
  /**
   * Hibernate's annotations that change how rows are read, written, cached, fetched, filtered or given
   * values, never the DDL Hibernate exports: accepted wherever Hibernate accepts them (the judge's
   * {@code library} model carries them, and its schema is Hibernate's).
   */
  private static final Set<String> NO_SCHEMA_EFFECT = Set.of("BatchSize", "Bag", "Cache", "Cascade", "ColumnTransformer",
      "ColumnTransformers", "ConcreteProxy", "CreationTimestamp", "CurrentTimestamp", "Generated", "DynamicInsert", "DynamicUpdate",
      "Fetch", "FetchProfile", "FetchProfiles", "FetchProfileOverride", "FetchProfileOverrides", "Filter", "FilterDef",
      "FilterDefs", "FilterJoinTable", "FilterJoinTables", "Filters", "HQLSelect", "Immutable", "Imported", "LazyCollection",
      "LazyGroup", "LazyToOne", "ListIndexBase", "Mutability", "NamedNativeQueries", "NamedNativeQuery", "NamedQueries",
      "NamedQuery", "Nationalized", "NaturalIdCache", "OptimisticLock", "OptimisticLocking", "OrderBy", "PartitionKey",
      "Polymorphism", "Proxy", "QueryCacheLayout", "SQLDelete", "SQLDeleteAll", "SQLDeletes", "SQLInsert", "SQLInserts",
      "SQLJoinTableRestriction", "SQLOrder", "SQLRestriction", "SQLSelect", "SQLUpdate", "SQLUpdates", "SelectBeforeUpdate",
      "SortComparator", "SortNatural", "Synchronize", "UpdateTimestamp", "UuidGenerator", "Where", "WhereJoinTable")
      .stream().map(name -> HIBERNATE + name).collect(Collectors.toUnmodifiableSet());
  private static final List<String> INTEGRAL = List.of("smallint", "integer", "bigint");

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final JpaNaming naming;
  private final JpaHierarchy hierarchy;
  private final JpaOwnAnnotations own;
  private final JpaCollections collections;
  private final JpaKeys keys;
  final JpaColumnTypes columnTypes;
  private final JpaGenerators generators;
  private final JpaValidation validation;


  /** {@code hierarchy}: the JPA entities of this compilation, where subclasses and incoming relations are found. */
  JpaEntityReader(Elements elements, Types types, Messager messager, JpaNaming naming, SequenceReader sequences,
      JpaHierarchy hierarchy, EntityReader.Extras extras, JpaValidation.Mode validation, JpaConverters converters) {
    messager = JpaProperty.reportingOnGetters(messager);
    this.hierarchy = hierarchy;
    this.validation = new JpaValidation(validation, types, messager);
    this.own = new JpaOwnAnnotations(messager, extras);
    this.keys = new JpaKeys(this, naming, hierarchy);
    this.collections = new JpaCollections(this, naming, hierarchy);
    this.columnTypes = new JpaColumnTypes(types, messager, converters);
    this.generators = new JpaGenerators(this, naming, hierarchy, sequences);
    this.elements = elements;
    this.types = types;
    this.messager = messager;
    this.naming = naming;
  }

  /** The primary keys of entities, for those who point at them. */
  JpaKeys keys() {
    return keys;
  }

  /** The names of the generator tables among the tables read: several entities may share one. */
  Set<String> generatorTables() {
    return generators.tableNames();
  }

  /** Whether a class carries JPA's {@code @Entity}. */
  static boolean isEntity(Element type) {
    return jpa(type, "Entity") != null;
  }


  /**
   * The tables of a JPA entity class: its own (none for a single-table subclass, whose root's table
   * holds its columns), then its join and collection tables; null after reporting why it has none.
   */
  List<Table> read(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS) {
      error(type, "[TracetrackNotAClass] @Entity belongs on a class, but %s is not one", type.getQualifiedName());
      return null;
    }
    boolean ok = supported(type, ON_CLASS, "entity " + type.getSimpleName());
    boolean property = hierarchy.access().propertyByDefault(type);
    for (TypeElement ancestor = superclass(type); ancestor != null; ancestor = superclass(ancestor)) {
      if (!isEntity(ancestor) && jpa(ancestor, "MappedSuperclass") != null) {
        ok &= supported(ancestor, MAPPED_SUPERCLASS, "mapped superclass " + ancestor.getSimpleName());
        ok &= hierarchy.access().check(ancestor, property);
      }
    }
    ok &= hierarchy.access().check(type, property);
    TypeElement parent = hierarchy.parent(type);
    JpaHierarchy.Strategy strategy = hierarchy.strategy(type);
    ok &= hierarchy.check(type);
    if (parent != null && strategy == JpaHierarchy.Strategy.SINGLE_TABLE) {
      // Its rows live in the root's table, whose reading adds this class's fields.
      return ok ? List.of() : null;
    }
    if (readFromQuery(type)) {
      return ok && queryEntity(type) ? List.of() : null;
    }
    if (strategy == JpaHierarchy.Strategy.TABLE_PER_CLASS && type.getModifiers().contains(Modifier.ABSTRACT)) {
      // No row is ever of an abstract class: Hibernate gives it no table, its subclasses all its columns.
      return ok ? List.of() : null;
    }
    AnnotationMirror tableMirror = jpa(type, "Table");
    if (tableMirror != null && !string(tableMirror, "catalog").isEmpty()) {
      error(type, "[TracetrackJpaNotSupported] @Table(catalog) is not supported yet on entity %s", type.getSimpleName());
      ok = false;
    }
    String table = tableName(type);
    if (!fits(type, "Table", Table.localName(table)) || !fits(type, "Schema", Table.schemaOf(table))) {
      return null;
    }
    JpaTableParts parts = new JpaTableParts(table);
    if (parent != null && strategy == JpaHierarchy.Strategy.JOINED) {
      ok &= keys.joinedKey(type, parent, parts);
    }
    ok &= addFields(type, parts, strategy == JpaHierarchy.Strategy.TABLE_PER_CLASS
        ? hierarchy.inheritedAttributes(type) : hierarchy.ownAttributes(type), false);
    ok &= collections.incomingJoinColumns(type, parts);
    if (parent == null) {
      ok &= softDelete(type, parts, strategy);
      ok &= hierarchy.discriminator(type, parts);
      if (strategy == JpaHierarchy.Strategy.SINGLE_TABLE) {
        for (TypeElement subclass : hierarchy.subclasses(type)) {
          int from = parts.columns.size();
          ok &= supported(subclass, ON_CLASS, "entity " + subclass.getSimpleName())
              & hierarchy.access().check(subclass, hierarchy.access().propertyByDefault(subclass));
          ok &= addFields(subclass, parts, hierarchy.ownAttributes(subclass), true);
          parts.nullableFrom(from, JpaEntityReader::declaredNotNull);
        }
      }
    }
    if (parts.primaryKey.isEmpty() && ok) {
      error(type, "[TracetrackNoPrimaryKey] Entity %s has no primary key: mark a field with @Id", type.getQualifiedName());
      ok = false;
    }
    long ids = hierarchy.inheritedAttributes(type).stream().filter(a -> jpa(a.field(), "Id") != null).count();
    if (ids > 1 && jpa(hierarchy.root(type), "IdClass") == null) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: a key of several @Id fields needs @IdClass",
          type.getQualifiedName());
      ok = false;
    }
    parts.orderPrimaryKeyAsHibernate();
    if (tableMirror != null) {
      ok &= tableConstraints(type, parts, mirrors(tableMirror, "indexes"), mirrors(tableMirror, "uniqueConstraints"));
    }
    if (!parts.naturalId.isEmpty()) {
      // Hibernate makes the natural id unique, over all its columns.
      parts.uniques.add(new UniqueConstraint(NamingConvention.unique(table, parts.naturalId), parts.naturalId));
    }
    ok &= hibernateChecks(type, parts);
    AnnotationMirror comment = hibernate(type, "Comment");
    parts.comment = comment == null ? null : string(comment, "value");
    ok &= own.apply(type, parts, parts.columnNames());
    if (!ok) {
      return null;
    }
    List<Table> tables = new ArrayList<>();
    tables.add(parts.toTable());
    tables.addAll(collections.tables());
    tables.addAll(generators.tables());
    return tables;
  }

  /** Whether an entity is read from a query (Hibernate's {@code @Subselect}): Hibernate exports no table for it, nor a foreign key to it. */
  static boolean readFromQuery(TypeElement entity) {
    return hibernate(entity, "Subselect") != null;
  }

  /**
   * Checks an entity read from a query: alone in its hierarchy, and with no table of its own to
   * join (element collections, owning to-many relations). False after an error.
   */
  private boolean queryEntity(TypeElement type) {
    if (hierarchy.parent(type) != null || !hierarchy.subclasses(type).isEmpty()) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: @Subselect in an inheritance hierarchy is not supported yet",
          type.getSimpleName());
      return false;
    }
    for (Attribute attribute : hierarchy.inheritedAttributes(type)) {
      VariableElement field = attribute.field();
      AnnotationMirror oneToMany = jpa(field, "OneToMany");
      if (jpa(field, "ElementCollection") != null || (jpa(field, "ManyToMany") != null
          && string(jpa(field, "ManyToMany"), "mappedBy").isEmpty())
          || (oneToMany != null && string(oneToMany, "mappedBy").isEmpty())) {
        error(field, "[TracetrackJpaNotSupported] Field %s: a collection with a table of its own on @Subselect entity %s"
            + " is not supported yet", field.getSimpleName(), type.getSimpleName());
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the columns of an entity's fields to a table; {@code subclass} when they are a
   * single-table subclass's, in its root's table. False after an error.
   */
  private boolean addFields(TypeElement type, JpaTableParts parts, List<Attribute> attributes, boolean subclass) {
    boolean ok = true;
    String table = parts.name;
    JpaClassOverrides classOverrides = new JpaClassOverrides(type);
    for (Attribute attribute : attributes) {
      VariableElement field = attribute.field();
      if (!supported(field, ON_FIELD, "field " + field.getSimpleName())) {
        ok = false;
        continue;
      }
      if (hibernate(field, "Formula") != null) {
        // A formula is computed in the select, with no column.
        continue;
      }
      AnnotationMirror manyToMany = jpa(field, "ManyToMany");
      AnnotationMirror oneToMany = jpa(field, "OneToMany");
      if (jpa(field, "ElementCollection") != null) {
        ok &= collections.elementCollection(type, table, attribute, classOverrides);
        continue;
      }
      AnnotationMirror toMany = manyToMany != null ? manyToMany : oneToMany;
      if (toMany != null) {
        if (string(toMany, "mappedBy").isEmpty()) {
          ok &= collections.toMany(type, parts, attribute, toMany, classOverrides.joinTable(attribute, this),
              field.getSimpleName().toString());
        }
        continue; // an inverse side: the owner's join table or column
      }
      if (jpa(field, "JoinTable") != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinTable belongs on an owning @ManyToMany or @OneToMany",
            field.getSimpleName());
        ok = false;
        continue;
      }
      AnnotationMirror oneToOne = jpa(field, "OneToOne");
      if (oneToOne != null && !string(oneToOne, "mappedBy").isEmpty()) {
        continue; // the other side's column
      }
      AnnotationMirror relation = oneToOne != null ? oneToOne : jpa(field, "ManyToOne");
      if (jpa(field, "Id") != null && relation == null && keys.mapsId(attributes, "") != null) {
        continue; // the @MapsId relation's join column is the key
      }
      List<Column> produced;
      // Closed below: the field's Bean Validation constraints count while its columns are made.
      JpaValidation.Scope constrained = validation.attribute();
      if (jpa(field, "EmbeddedId") != null) {
        Map<String, AnnotationMirror> columnOverrides = overrides(field);
        classOverrides.embedded(attribute, columnOverrides, new java.util.LinkedHashMap<>());
        produced = embeddedIdColumns(type, parts, attribute, attributes, columnOverrides);
      } else if (isEmbedded(attribute)) {
        Map<String, AnnotationMirror> columnOverrides = overrides(field);
        Map<String, AnnotationMirror> relationOverrides = associationOverrides(field);
        classOverrides.embedded(attribute, columnOverrides, relationOverrides);
        produced = embeddedColumns(type, parts, attribute, field.getSimpleName().toString(), columnOverrides,
            relationOverrides);
      } else if (relation != null) {
        produced = joinColumns(parts, attribute, relation, classOverrides.joinColumns(attribute, this));
      } else {
        AnnotationMirror override = classOverrides.column(attribute);
        AnnotationMirror columnMirror = override != null ? override : jpa(field, "Column");
        Column column = basicColumn(type, table, attribute, columnMirror, false, parts.checks, parts.uniques);
        produced = column == null ? null : List.of(column);
        if (column != null) {
          parts.hibernateNames.put(column.name(), naming.hibernateText(columnMirror == null
              || string(columnMirror, "name").isEmpty() ? field.getSimpleName().toString() : string(columnMirror, "name")));
        }
      }
      constrained.close();
      if (produced == null) {
        ok = false;
        continue;
      }
      for (Column column : produced) {
        if (subclass && sharedWithSibling(parts, type, column)) {
          continue;
        }
        if (!addColumn(parts, field, column)) {
          ok = false;
          continue;
        }
        if (hibernate(field, "NaturalId") != null) {
          parts.naturalId.add(column.name());
        }
        if (jpa(field, "Id") != null || jpa(field, "EmbeddedId") != null || jpa(field, "MapsId") != null) {
          parts.primaryKey.add(column.name());
        }
      }
    }
    return ok & classOverrides.allUsed(hierarchy.inheritedAttributes(type), this);
  }

  /** Whether a field says NOT NULL itself ({@code nullable = false}, {@code optional = false}), beyond its Java type. */
  private static boolean declaredNotNull(Element field) {
    for (String annotation : List.of("Column", "JoinColumn")) {
      AnnotationMirror mirror = jpa(field, annotation);
      if (mirror != null && !bool(mirror, "nullable")) {
        return true;
      }
    }
    for (String annotation : List.of("Basic", "ManyToOne", "OneToOne")) {
      AnnotationMirror mirror = jpa(field, annotation);
      if (mirror != null && !bool(mirror, "optional")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a single-table subclass's column is one a sibling subclass maps already, the same but
   * for nullability: Hibernate maps such a column once, for both.
   */
  private boolean sharedWithSibling(JpaTableParts parts, TypeElement subclass, Column column) {
    Element first = parts.sources.get(column.name());
    if (first == null || !first.getKind().isField()) {
      return false;
    }
    for (TypeElement ancestor = subclass; ancestor != null; ancestor = superclass(ancestor)) {
      if (ancestor.equals(first.getEnclosingElement())) {
        return false; // its own or an ancestor's: a duplicate
      }
    }
    return parts.columns.stream().anyMatch(c -> c.withNullable(true).equals(column.withNullable(true)));
  }

  /** Adds a column a field produced, unless another field already took its name; false after an error. */
  boolean addColumn(JpaTableParts parts, Element field, Column column) {
    if (!fits(field, "Column", column.name())) {
      return false;
    }
    Element first = parts.sources.putIfAbsent(column.name(), field);
    if (first != null) {
      error(field, "[TracetrackDuplicateColumn] Field %s maps to column \"%s\" of table \"%s\", as %s %s"
          + " already does: rename one with @Column(name = \"...\") or @AttributeOverride", field.getSimpleName(),
          column.name(), parts.name, first.getKind().isField() ? "field" : "class", first.getSimpleName());
      return false;
    }
    parts.columns.add(column);
    return true;
  }

  /** The indexes and unique constraints {@code @Table} (or {@code @JoinTable}) declares; false after an error. */
  boolean tableConstraints(Element at, JpaTableParts parts, List<AnnotationMirror> indexes,
      List<AnnotationMirror> uniqueConstraints) {
    boolean ok = true;
    String table = parts.name;
    List<String> columnNames = parts.columnNames();
    for (AnnotationMirror index : indexes) {
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
      if (!knownColumns(at, "@Index", names, columnNames, table)) {
        ok = false;
        continue;
      }
      boolean unique = bool(index, "unique");
      String name = string(index, "name").isEmpty()
          ? unique ? NamingConvention.unique(table, names) : NamingConvention.index(table, names)
          : string(index, "name");
      if (!fits(at, "Index", name)) {
        ok = false;
        continue;
      }
      if (!unique) {
        parts.indexes.add(new Index(name, indexColumns, false, Index.BTREE, null));
      } else if (indexColumns.stream().anyMatch(Index.IndexColumn::descending)) {
        error(at, "[TracetrackJpaNotSupported] @Index(unique = true) with a DESC column is not supported yet");
        ok = false;
      } else {
        // Hibernate creates a unique index as a unique constraint, under the index's name.
        parts.uniques.add(new UniqueConstraint(name, names));
      }
    }
    for (AnnotationMirror unique : uniqueConstraints) {
      List<String> names = strings(unique, "columnNames").stream().map(naming::physical).toList();
      if (names.isEmpty() || !knownColumns(at, "@UniqueConstraint", names, columnNames, table)) {
        ok = false;
        continue;
      }
      String name = string(unique, "name").isEmpty() ? NamingConvention.unique(table, names) : string(unique, "name");
      if (!fits(at, "Unique constraint", name)) {
        ok = false;
        continue;
      }
      parts.uniques.add(new UniqueConstraint(name, names));
    }
    return ok;
  }

  /**
   * The table name of a JPA entity, {@code schema.table} outside {@code public}: a single-table
   * subclass's is its root's.
   */
  String tableName(TypeElement type) {
    if (hierarchy.parent(type) != null && hierarchy.strategy(type) == JpaHierarchy.Strategy.SINGLE_TABLE) {
      return tableName(hierarchy.root(type));
    }
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
  Column basicColumn(TypeElement type, String table, Attribute attribute, AnnotationMirror columnMirror,
      boolean embedded, List<CheckConstraint> checks, List<UniqueConstraint> uniques) {
    VariableElement field = attribute.field();
    if (jpa(field, "JoinColumn") != null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn belongs on a @ManyToOne or @OneToOne",
          field.getSimpleName());
      return null;
    }
    for (String embeddedOnly : List.of("Embedded", "AttributeOverride", "AttributeOverrides")) {
      // An element collection's overrides are its embeddable elements', which its reading checks.
      if (jpa(field, embeddedOnly) != null && (embeddedOnly.equals("Embedded") || jpa(field, "ElementCollection") == null)) {
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
    BeanConstraints.Effect constraints = validation.effect(field);
    String sqlType = validation.validSizes(field, constraints) ? columnTypes.columnType(attribute, columnMirror, constraints)
        : null;
    if (sqlType == null) {
      return null;
    }
    AnnotationMirror fractionalSeconds = hibernate(field, "FractionalSeconds");
    if (fractionalSeconds != null) {
      sqlType = columnTypes.withFractionalSeconds(field, sqlType, integer(fractionalSeconds, "value"));
      if (sqlType == null) {
        return null;
      }
    }
    TypeElement enumType = JpaColumnTypes.enumElement(attribute.type());
    AnnotationMirror enumerated = jpa(field, "Enumerated");
    if (enumerated != null && enumType == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @Enumerated is for enum fields, and %s is none",
          field.getSimpleName(), attribute.type());
      return null;
    }
    if (enumType != null && !columnTypes.converted(attribute)) {
      // Hibernate 6 adds a check constraint with the enum's values, unnamed: PostgreSQL names it <table>_<column>_check.
      List<String> constants = new ArrayList<>();
      for (Element constant : enumType.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(constant.getSimpleName().toString());
        }
      }
      checks.add(sqlType.equals("smallint")
          ? new CheckConstraint(columnCheckName(table, name), SqlExpressions.quote(name) + " BETWEEN 0 AND "
              + (constants.size() - 1))
          : valuesCheck(table, name, constants.stream().map(SqlExpressions::literal).toList()));
    }
    JpaColumnTypes.BooleanStorage booleanStorage = columnTypes.booleanStorage(attribute);
    if (booleanStorage != null) {
      // Hibernate checks a converted boolean's column against the converter's two values, as for an enum.
      checks.add(valuesCheck(table, name, booleanStorage.values()));
    }
    boolean id = jpa(field, "Id") != null;
    AnnotationMirror basic = jpa(field, "Basic");
    // A primitive without @Column is NOT NULL on the entity itself; with one, Hibernate follows its nullable;
    // in an embeddable it leaves it nullable.
    boolean nullable = !id && (embedded || columnMirror != null || !attribute.type().getKind().isPrimitive())
        && (columnMirror == null || bool(columnMirror, "nullable")) && (basic == null || bool(basic, "optional"))
        && !constraints.notNull();
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
      if (!List.of("IDENTITY", "SEQUENCE", "UUID", "TABLE").contains(strategy)) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @GeneratedValue(strategy = %s) is not supported yet;"
            + " use IDENTITY, SEQUENCE, TABLE or AUTO", field.getSimpleName(), strategy);
        return null;
      }
      if (strategy.equals("UUID") ? !sqlType.equals("uuid") : !INTEGRAL.contains(sqlType)) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @GeneratedValue(strategy = %s) on a %s column is not"
            + " supported yet", field.getSimpleName(), strategy, sqlType);
        return null;
      }
      if (strategy.equals("IDENTITY")) {
        identity = Column.BY_DEFAULT;
      } else if (strategy.equals("SEQUENCE") && !generators.sequence(type, field, string(generated, "generator"))) {
        return null;
      } else if (strategy.equals("TABLE") && !generators.generatorTable(field, string(generated, "generator"))) {
        return null;
      }
    } else if (jpa(field, "SequenceGenerator") != null) {
      // Declared without use: Hibernate creates the sequence anyway.
      if (!generators.sequence(type, field, string(jpa(field, "SequenceGenerator"), "name"))) {
        return null;
      }
    }
    if (!validation.addChecks(field, constraints, table, name, sqlType, checks)) {
      return null;
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
    AnnotationMirror generatedColumn = hibernate(field, "GeneratedColumn");
    if (generatedColumn != null && (identity != null || columnDefault != null)) {
      error(field, "[TracetrackInvalidGenerated] Field %s: a @GeneratedColumn cannot also have %s", field.getSimpleName(),
          identity != null ? "an identity" : "a @ColumnDefault");
      return null;
    }
    AnnotationMirror collate = hibernate(field, "Collate");
    // columnDefinition = "serial": what PostgreSQL stores for it, an owned sequence and its nextval default.
    return io.tracetrack.migrations.core.schema.OwnedSequence.expandSerial(table, new Column(name, sqlType, nullable,
        columnDefault == null ? null : string(columnDefault, "value"), identity, comment == null ? null : string(comment, "value"),
        null, generatedColumn == null ? null : string(generatedColumn, "value"), collate == null ? null : string(collate, "value"),
        null));
  }

  /**
   * The column Hibernate's {@code @SoftDelete} adds to an entity's table: {@code deleted} (or {@code
   * active}, or its {@code columnName}), boolean, NOT NULL, with Hibernate's comment; stored by one of
   * Hibernate's boolean converters, {@code char(1)} or {@code integer} with their check. False after an error.
   */
  private boolean softDelete(TypeElement type, JpaTableParts parts, JpaHierarchy.Strategy strategy) {
    AnnotationMirror softDelete = hibernate(type, "SoftDelete");
    if (softDelete == null) {
      return true;
    }
    if (strategy == JpaHierarchy.Strategy.TABLE_PER_CLASS) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: @SoftDelete in a TABLE_PER_CLASS hierarchy is not supported yet",
          type.getSimpleName());
      return false;
    }
    String columnName = string(softDelete, "columnName");
    boolean active = constant(softDelete, "strategy").equals("ACTIVE");
    String name = naming.physical(!columnName.isEmpty() ? columnName : active ? "active" : "deleted");
    Object converter = value(softDelete, "converter");
    String converterName = converter instanceof DeclaredType declared
        ? ((TypeElement) declared.asElement()).getQualifiedName().toString() : "";
    JpaColumnTypes.BooleanStorage storage = JpaColumnTypes.BooleanStorage.ofConverter(converterName);
    if (storage == null && !converterName.equals("org.hibernate.annotations.SoftDelete.UnspecifiedConversion")) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: @SoftDelete(converter = %s) is not supported yet; Hibernate's"
          + " YesNoConverter, TrueFalseConverter and NumericBooleanConverter are", type.getSimpleName(), converterName);
      return false;
    }
    if (storage != null) {
      // Hibernate lists the values as the indicator reads them: an "active" one stores the negation.
      List<String> values = storage.values();
      parts.checks.add(valuesCheck(parts.name, name, active ? List.of(values.get(1), values.get(0)) : values));
    }
    return addColumn(parts, type, new Column(name, storage == null ? "boolean" : storage.sqlType(), false, null, null,
        "Soft-delete indicator"));
  }

  /** The name PostgreSQL gives an unnamed check of one column, which Hibernate leaves unnamed: {@code <table>_<column>_check}. */
  static String columnCheckName(String table, String column) {
    return NamingConvention.fit(Table.localName(table) + "_" + column + "_check");
  }

  /** Hibernate's check that a column holds one of the given SQL literals, under PostgreSQL's name for it. */
  private static CheckConstraint valuesCheck(String table, String column, List<String> literals) {
    return new CheckConstraint(columnCheckName(table, column),
        SqlExpressions.quote(column) + " IN (" + String.join(", ", literals) + ")");
  }

  /** The {@code @AttributeOverride(s)} on a field, by attribute path, each the {@code @Column} it gives. */
  Map<String, AnnotationMirror> overrides(Element field) {
    Map<String, AnnotationMirror> overrides = new java.util.LinkedHashMap<>();
    for (AnnotationMirror override : repeated(field, "AttributeOverride")) {
      overrides.put(string(override, "name"), mirror(override, "column"));
    }
    return overrides;
  }

  /** The {@code ON DELETE} action of Hibernate's {@code @OnDelete} on an element: CASCADE, or none. */
  static String onDelete(Element element) {
    AnnotationMirror onDelete = hibernate(element, "OnDelete");
    if (onDelete == null) {
      return ForeignKey.NO_ACTION;
    }
    return switch (constant(onDelete, "action")) {
      case "CASCADE" -> "CASCADE";
      case "SET_NULL" -> "SET NULL";
      case "SET_DEFAULT" -> "SET DEFAULT";
      case "RESTRICT" -> "RESTRICT";
      default -> ForeignKey.NO_ACTION;
    };
  }

  /**
   * Hibernate's {@code @Check} on the class (table checks) and on its fields (column checks): a
   * named one under its name; an unnamed one as PostgreSQL names it, {@code <table>_<column>_check}
   * when it reads one column and {@code <table>_check} otherwise, numbered on a clash. False after an error.
   */
  private boolean hibernateChecks(TypeElement type, JpaTableParts parts) {
    // Column checks first: Hibernate writes them inline, so PostgreSQL names them before the table's.
    for (Map.Entry<String, Element> column : new java.util.TreeMap<>(parts.sources).entrySet()) {
      AnnotationMirror check = column.getValue().getKind().isField() ? hibernate(column.getValue(), "Check") : null;
      if (check != null) {
        addCheck(parts, check, column.getKey());
      }
    }
    List<Element> declaring = new ArrayList<>();
    for (TypeElement at = type; at != null; at = superclass(at)) {
      declaring.add(0, at);
    }
    for (Element at : declaring) {
      AnnotationMirror check = hibernate(at, "Check");
      if (check != null) {
        addCheck(parts, check, null);
      }
      AnnotationMirror checks = hibernate(at, "Checks");
      if (checks != null) {
        mirrors(checks, "value").forEach(each -> addCheck(parts, each, null));
      }
    }
    return true;
  }

  private void addCheck(JpaTableParts parts, AnnotationMirror check, String column) {
    String expression = string(check, "constraints");
    String name = string(check, "name");
    if (name.isEmpty() && column != null) {
      // Bound before the enum's check and Bean Validation's, with which Hibernate joins it.
      validation.addColumnCheck(parts.checks, parts.name, column, expression, true);
      return;
    }
    if (name.isEmpty()) {
      String only = column != null ? column : SqlIdentifiers.onlyColumnNamed(expression, parts.columnNames());
      String base = NamingConvention.fit(Table.localName(parts.name) + (only == null ? "" : "_" + only) + "_check");
      name = base;
      for (int i = 1; taken(parts, name); i++) {
        name = NamingConvention.fit(base + i);
      }
    }
    parts.checks.add(new CheckConstraint(name, expression));
  }

  private static boolean taken(JpaTableParts parts, String name) {
    return parts.checks.stream().anyMatch(check -> check.name().equals(name));
  }

  /**
   * The columns of an {@code @EmbeddedId}: the embeddable's, NOT NULL, but those a {@code @MapsId}
   * relation supplies (its join columns take their place); {@code overrides}: those on the field
   * and on the class by path. Null after an error.
   */
  private List<Column> embeddedIdColumns(TypeElement type, JpaTableParts parts, Attribute attribute,
      List<Attribute> attributes, Map<String, AnnotationMirror> overrides) {
    List<Column> columns = embeddedColumns(type, parts, attribute, new java.util.LinkedHashMap<>(overrides),
        associationOverrides(attribute.field()));
    if (columns == null || !(attribute.type() instanceof DeclaredType declared)) {
      return null;
    }
    List<String> mapped = new ArrayList<>();
    boolean property = attribute.field() instanceof JpaProperty;
    for (VariableElement part : hierarchy.access().members((TypeElement) declared.asElement(), property)) {
      String name = part.getSimpleName().toString();
      AnnotationMirror column = overrides.containsKey(name) ? overrides.get(name) : jpa(part, "Column");
      String logical = column == null || string(column, "name").isEmpty() ? name : string(column, "name");
      if (isPersistent(part) && keys.mapsId(attributes, name) != null) {
        mapped.add(naming.physical(logical));
      } else {
        parts.hibernateNames.put(naming.physical(logical), naming.hibernateText(logical));
      }
    }
    return columns.stream().filter(c -> !mapped.contains(c.name())).map(c -> c.withNullable(false)).toList();
  }

  /** Whether a field holds an embeddable: its type is {@code @Embeddable}, or the field says {@code @Embedded}. */
  static boolean isEmbedded(Attribute attribute) {
    return jpa(attribute.field(), "Embedded") != null || (attribute.type() instanceof DeclaredType declared
        && jpa(declared.asElement(), "Embeddable") != null);
  }

  /**
   * The columns of an embeddable that may hold no to-many relation (an element collection's, an
   * {@code @EmbeddedId}), with the overrides that reach it, by path from it; each taken.
   */
  List<Column> embeddedColumns(TypeElement type, JpaTableParts parts, Attribute attribute,
      Map<String, AnnotationMirror> overrides, Map<String, AnnotationMirror> associations) {
    return embeddedColumns(type, parts, attribute, null, overrides, associations);
  }

  /**
   * The columns of an {@code @Embedded} attribute at one level: one per basic field of the
   * embeddable, named as written there (JPA's implicit naming adds no prefix) unless an override
   * gives the column; the join tables of its to-many relations, where {@code path} is the
   * attribute's path in the entity (null where the embeddable may hold none). {@code overrides} and
   * {@code associations} are the {@code @AttributeOverride}s and {@code @AssociationOverride}s that
   * reach it, by path from here; an outer one wins over one written deeper. Null after an error.
   */
  private List<Column> embeddedColumns(TypeElement type, JpaTableParts parts, Attribute attribute, String path,
      Map<String, AnnotationMirror> overrides, Map<String, AnnotationMirror> associations) {
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
            field.getSimpleName(), notHere, notHere.equals("Id") ? " (use @EmbeddedId)" : "");
        return null;
      }
    }
    // An embeddable is read as the attribute that embeds it is: through getters when that is a property.
    boolean property = field instanceof JpaProperty;
    boolean ok = supported(embeddable, EMBEDDABLE, "embeddable " + embeddable.getSimpleName())
        & hierarchy.access().check(embeddable, property);
    // Closed below, before the one return: the embeddable's constraints count as the field allows.
    JpaValidation.Scope constrained = validation.embedded(field);
    List<Column> columns = new ArrayList<>();
    for (VariableElement part : hierarchy.access().members(embeddable, property)) {
      if (!isPersistent(part)) {
        continue;
      }
      if (!supported(part, EMBEDDABLE_FIELD, "field " + part.getSimpleName() + " of embeddable "
          + embeddable.getSimpleName())) {
        ok = false;
        continue;
      }
      String name = part.getSimpleName().toString();
      Attribute partAttribute = new Attribute(part, hierarchy.memberType((DeclaredType) attribute.type(), part));
      AnnotationMirror relation = jpa(part, "ManyToOne") != null ? jpa(part, "ManyToOne") : jpa(part, "OneToOne");
      AnnotationMirror toMany = jpa(part, "ManyToMany") != null ? jpa(part, "ManyToMany") : jpa(part, "OneToMany");
      List<Column> produced;
      if (isEmbedded(partAttribute)) {
        produced = embeddedColumns(type, parts, partAttribute, path == null ? null : path + "." + name,
            below(name, overrides, overrides(part)), below(name, associations, associationOverrides(part)));
      } else if (toMany != null) {
        ok &= embeddedToMany(type, parts, field, partAttribute, toMany, path, associations.remove(name));
        continue;
      } else if (relation != null && simpleName(relation).equals("OneToOne") && !string(relation, "mappedBy").isEmpty()) {
        continue; // the other side's column
      } else if (relation != null) {
        AnnotationMirror override = associations.remove(name);
        if (override != null && givesJoinTable(override)) {
          error(field, "[TracetrackJpaNotSupported] Field %s: @AssociationOverride(name = \"%s\", joinTable) on a to-one"
              + " relation, which has join columns", field.getSimpleName(), name);
          ok = false;
          continue;
        }
        produced = joinColumns(parts, partAttribute, relation, override == null ? null : mirrors(override, "joinColumns"));
      } else {
        AnnotationMirror override = overrides.remove(name);
        Column column = basicColumn(type, parts.name, partAttribute, override != null ? override : jpa(part, "Column"),
            true, parts.checks, parts.uniques);
        produced = column == null ? null : List.of(column);
      }
      if (produced == null) {
        ok = false;
      } else {
        columns.addAll(produced);
      }
    }
    for (String unknown : overrides.keySet()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @AttributeOverride(name = \"%s\") names no basic field of %s",
          field.getSimpleName(), unknown, embeddable.getSimpleName());
      ok = false;
    }
    for (String unknown : associations.keySet()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @AssociationOverride(name = \"%s\") names no relation of %s",
          field.getSimpleName(), unknown, embeddable.getSimpleName());
      ok = false;
    }
    constrained.close();
    return ok ? columns : null;
  }

  /**
   * The join table of an embeddable's to-many relation, in the embedding entity's name: an inverse
   * side ({@code mappedBy}) has none, a {@code @OneToMany} with {@code @JoinColumn} puts its columns
   * on the target's table (added when the target is read). Hibernate maps one only in an
   * {@code @Embedded} field of an entity ({@code path}, null elsewhere). False after an error.
   */
  private boolean embeddedToMany(TypeElement type, JpaTableParts parts, VariableElement embedded, Attribute part,
      AnnotationMirror toMany, String path, AnnotationMirror override) {
    String name = part.field().getSimpleName().toString();
    if (!string(toMany, "mappedBy").isEmpty()) {
      return true;
    }
    if (path == null) {
      error(part.field(), "[TracetrackJpaNotSupported] Field %s: a @%s in an embeddable is mapped only in an @Embedded"
          + " field of an entity, not in an element collection or an id", name, simpleName(toMany));
      return false;
    }
    if (override != null && JpaCollections.hasJoinColumns(part.field())) {
      if (givesJoinTable(override)) {
        // Hibernate then maps the relation through a join table instead.
        error(embedded, "[TracetrackJpaNotSupported] Field %s: @AssociationOverride(name = \"%s\", joinTable) of a"
            + " @OneToMany with @JoinColumn in an embeddable is not supported yet; override its joinColumns",
            embedded.getSimpleName(), name);
        return false;
      }
      return true; // the target's table takes the override's columns (see JpaHierarchy.Incoming)
    }
    if (override != null && !mirrors(override, "joinColumns").isEmpty()) {
      error(embedded, "[TracetrackJpaNotSupported] Field %s: @AssociationOverride(name = \"%s\", joinColumns) on a"
          + " to-many relation: override its join table with joinTable", embedded.getSimpleName(), name);
      return false;
    }
    return collections.toMany(type, parts, part, toMany, override == null ? null : mirror(override, "joinTable"),
        path + "." + name);
  }

  /** Whether an {@code @AssociationOverride} says anything of a join table. */
  static boolean givesJoinTable(AnnotationMirror override) {
    return !string(mirror(override, "joinTable"), "name").isEmpty()
        || !mirrors(mirror(override, "joinTable"), "joinColumns").isEmpty();
  }

  /**
   * The overrides that reach a nested embeddable {@code part}: the outer ones under {@code part.},
   * taken from {@code outer}, over those written on the part itself.
   */
  static <T> Map<String, T> below(String part, Map<String, T> outer, Map<String, T> own) {
    Map<String, T> nested = new java.util.LinkedHashMap<>(own);
    for (String path : List.copyOf(outer.keySet())) {
      if (path.startsWith(part + ".")) {
        nested.put(path.substring(part.length() + 1), outer.remove(path));
      }
    }
    return nested;
  }

  /** The {@code @AssociationOverride(s)} on a field, by attribute path. */
  static Map<String, AnnotationMirror> associationOverrides(Element field) {
    Map<String, AnnotationMirror> overrides = new java.util.LinkedHashMap<>();
    for (AnnotationMirror override : repeated(field, "AssociationOverride")) {
      overrides.put(string(override, "name"), override);
    }
    return overrides;
  }



  /**
   * The columns of a {@code @ManyToOne} or owning {@code @OneToOne} field, one per column of the
   * target's key ({@code @JoinColumn}, or {@code @JoinColumns} matched by {@code
   * referencedColumnName}), with a foreign key to that key; NOT NULL when the relation is part of
   * the key ({@code @Id}, {@code @MapsId}). Null after an error.
   */
  private List<Column> joinColumns(JpaTableParts parts, Attribute attribute, AnnotationMirror relation,
      List<AnnotationMirror> overridden) {
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
    List<JpaKeys.Key> targetKeys = keys.keys(field, target, "@" + simpleName(relation));
    if (targetKeys == null) {
      return null;
    }
    List<AnnotationMirror> joins = overridden != null ? overridden : keys.joinColumnMirrors(field);
    if (!joins.isEmpty() && joins.size() != targetKeys.size()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: %d join columns for the %d columns of %s's key",
          field.getSimpleName(), joins.size(), targetKeys.size(), target.getSimpleName());
      return null;
    }
    for (AnnotationMirror join : joins) {
      String referencedName = string(join, "referencedColumnName");
      if (!referencedName.isEmpty()
          && targetKeys.stream().noneMatch(key -> key.column().equals(naming.physical(referencedName)))) {
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
    boolean key = jpa(field, "Id") != null || jpa(field, "MapsId") != null;
    boolean nullable = !key && bool(relation, "optional") && joins.stream().allMatch(join -> bool(join, "nullable"))
        && !validation.effect(field).notNull();
    List<Column> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JpaKeys.Key referenced : targetKeys) {
      String logical = keys.joinColumnLogical(joins, field, referenced, targetKeys.size());
      String name = naming.physical(logical);
      parts.hibernateNames.put(name, naming.hibernateText(logical));
      names.add(name);
      columns.add(new Column(name, referenced.type(), nullable, null, null, null));
    }
    String table = parts.name;
    String targetTable = tableName(target);
    AnnotationMirror foreignKey = joins.isEmpty() ? null : mirror(joins.get(0), "foreignKey");
    if (jpa(field, "JoinColumns") != null) {
      foreignKey = mirror(jpa(field, "JoinColumns"), "foreignKey");
    }
    // Hibernate 6 exports no foreign key for a relation whose target may be missing (@NotFound) or is a query.
    boolean constrained = foreignKey == null || !constant(foreignKey, "value").equals("NO_CONSTRAINT");
    if (constrained && hibernate(field, "NotFound") == null && !readFromQuery(target)) {
      String keyName = foreignKey == null || string(foreignKey, "name").isEmpty()
          ? NamingConvention.foreignKey(table, names, targetTable) : string(foreignKey, "name");
      if (!fits(field, "Foreign key", keyName)) {
        return null;
      }
      parts.foreignKeys.add(new ForeignKey(keyName, names, targetTable, targetKeys.stream().map(JpaKeys.Key::column).toList(),
          onDelete(field), ForeignKey.NO_ACTION));
    }
    // Hibernate makes a one-to-one's join columns unique, as it does @JoinColumn(unique = true), unless they are the key.
    if (!key && (simpleName(relation).equals("OneToOne") || joins.stream().anyMatch(join -> bool(join, "unique")))) {
      parts.uniques.add(new UniqueConstraint(names.size() == 1 ? UniqueConstraint.defaultName(table, names.get(0))
          : NamingConvention.unique(table, names), names));
    }
    return columns;
  }

  /**
   * Whether every JPA, Hibernate and TraceTrack annotation on an element is one this reader maps;
   * reports each other one.
   */
  private boolean supported(Element element, Set<String> names, String what) {
    boolean ok = true;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String qualified = qualifiedName(mirror);
      if (isJpa(mirror) ? !names.contains(simpleName(mirror))
          : qualified.startsWith(HIBERNATE) || qualified.startsWith(OURS)
              ? !names.contains(qualified) && !NO_SCHEMA_EFFECT.contains(qualified) : false) {
        error(element, "[TracetrackJpaNotSupported] @%s on %s is not supported yet%s", qualified.startsWith("io.tracetrack")
            ? qualified : simpleName(mirror), what, qualified.startsWith("io.tracetrack")
            ? ": on a JPA entity TraceTrack's annotations add what JPA cannot say: @Entity(renamedFrom, comment), @Check"
            + " and @Index on the class, @Column(serverDefault, comment, renamedFrom, enumStorage) on a field or getter" : "");
        ok = false;
      }
    }
    return ok;
  }

  private boolean knownColumns(Element type, String annotation, List<String> names, List<String> columns, String table) {
    for (String name : names) {
      if (!columns.contains(name)) {
        error(type, "[TracetrackUnknownColumn] %s names column \"%s\", which table \"%s\" does not have (columns: %s)",
            annotation, name, table, String.join(", ", columns));
        return false;
      }
    }
    return true;
  }

  boolean fits(Element at, String what, String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= NamingConvention.MAX_NAME_BYTES) {
      return true;
    }
    error(at, "[TracetrackNameTooLong] %s name \"%s\" is %d bytes long in UTF-8; PostgreSQL keeps %d at most:"
        + " choose a shorter one", what, name, bytes, NamingConvention.MAX_NAME_BYTES);
    return false;
  }





  void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
