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
  /** {@code org.hibernate.type.SqlTypes.JSON}, stored as {@code jsonb} on PostgreSQL. */
  private static final int SQL_TYPES_JSON = 3001;


  /** The package of TraceTrack's own entity annotations, some of which add to a JPA entity what JPA cannot say. */
  private static final String OURS = "io.tracetrack.migrations.entity.";
  /** The class annotations read here, and those that do not touch the schema (queries, listeners, caching). */
  private static final Set<String> ON_CLASS = Set.of("Entity", "Table", "SequenceGenerator", "TableGenerator",
      "Inheritance", "IdClass",
      "DiscriminatorColumn", "DiscriminatorValue", "PrimaryKeyJoinColumn", HIBERNATE + "Check", HIBERNATE + "Checks",
      OURS + "Entity", OURS + "Check", OURS + "Checks", OURS + "Index", OURS + "Indexes",
      HIBERNATE + "OnDelete",
      "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries", "NamedEntityGraph", "NamedEntityGraphs",
      "SqlResultSetMapping", "SqlResultSetMappings", "EntityListeners", "ExcludeDefaultListeners",
      "ExcludeSuperclassListeners", "Cacheable", HIBERNATE + "Comment");
  /** The annotations read on an embeddable class, and on its fields. */
  private static final Set<String> EMBEDDABLE = Set.of("Embeddable");
  private static final Set<String> EMBEDDABLE_FIELD = Set.of("Column", "Basic", "Enumerated", "Temporal", "Lob",
      "Embedded", "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides", "ManyToOne",
      "OneToOne", "JoinColumn", "JoinColumns",
      "Convert", "Transient", HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode");
  /** The annotations read on a mapped superclass. */
  private static final Set<String> MAPPED_SUPERCLASS = Set.of("MappedSuperclass", "SequenceGenerator", "TableGenerator",
      HIBERNATE + "Check", HIBERNATE + "Checks",
      "EntityListeners", "ExcludeDefaultListeners", "ExcludeSuperclassListeners");
  /** The field annotations read here, and {@code @OrderBy}, which only orders a collection when loaded. */
  private static final Set<String> ON_FIELD = Set.of("Id", "Column", "Basic", "GeneratedValue", "SequenceGenerator",
      "TableGenerator", "Enumerated", "Temporal", "Lob", "Convert", "Transient", "Version", "ManyToOne", "OneToOne", "JoinColumn", "OneToMany", "OrderBy",
      "Embedded", "AttributeOverride", "AttributeOverrides", "AssociationOverride", "AssociationOverrides", "ManyToMany",
      "JoinTable", "EmbeddedId", "MapsId",
      "JoinColumns",
      "ElementCollection", "CollectionTable", "OrderColumn", "MapKeyColumn", HIBERNATE + "Formula", HIBERNATE + "Check",
      OURS + "Column",
      HIBERNATE + "OnDelete",
      HIBERNATE + "Comment", HIBERNATE + "ColumnDefault", HIBERNATE + "JdbcTypeCode", HIBERNATE + "NaturalId");
  private static final List<String> INTEGRAL = List.of("smallint", "integer", "bigint");

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final JpaNaming naming;
  private final SequenceReader sequences;
  private final JpaHierarchy hierarchy;
  private final JpaOwnAnnotations own;
  private final List<Table> joinTables = new ArrayList<>();
  private final List<String> generatorTables = new ArrayList<>();


  /** {@code hierarchy}: the JPA entities of this compilation, where subclasses and incoming relations are found. */
  JpaEntityReader(Elements elements, Types types, Messager messager, JpaNaming naming, SequenceReader sequences,
      JpaHierarchy hierarchy, EntityReader.Extras extras) {
    this.hierarchy = hierarchy;
    this.own = new JpaOwnAnnotations(messager, extras);
    this.elements = elements;
    this.types = types;
    this.messager = messager;
    this.naming = naming;
    this.sequences = sequences;
  }

  /** The names of the generator tables among the tables read: several entities may share one. */
  Set<String> generatorTables() {
    return Set.copyOf(generatorTables);
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
    for (TypeElement ancestor = superclass(type); ancestor != null; ancestor = superclass(ancestor)) {
      if (!isEntity(ancestor) && jpa(ancestor, "MappedSuperclass") != null) {
        ok &= supported(ancestor, MAPPED_SUPERCLASS, "mapped superclass " + ancestor.getSimpleName());
        ok &= fieldAccess(ancestor);
      }
    }
    ok &= fieldAccess(type);
    TypeElement parent = hierarchy.parent(type);
    JpaHierarchy.Strategy strategy = hierarchy.strategy(type);
    ok &= hierarchy.check(type);
    if (parent != null && strategy == JpaHierarchy.Strategy.SINGLE_TABLE) {
      // Its rows live in the root's table, whose reading adds this class's fields.
      return ok ? List.of() : null;
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
      ok &= joinedKey(type, parent, parts);
    }
    ok &= addFields(type, parts, strategy == JpaHierarchy.Strategy.TABLE_PER_CLASS
        ? hierarchy.inheritedAttributes(type) : hierarchy.ownAttributes(type), false);
    ok &= incomingJoinColumns(type, parts);
    if (parent == null) {
      ok &= hierarchy.discriminator(type, parts);
      if (strategy == JpaHierarchy.Strategy.SINGLE_TABLE) {
        for (TypeElement subclass : hierarchy.subclasses(type)) {
          int from = parts.columns.size();
          ok &= supported(subclass, ON_CLASS, "entity " + subclass.getSimpleName()) & fieldAccess(subclass);
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
    tables.addAll(joinTables);
    return tables;
  }

  /**
   * Adds the columns of an entity's fields to a table; {@code subclass} when they are a
   * single-table subclass's, in its root's table. False after an error.
   */
  private boolean addFields(TypeElement type, JpaTableParts parts, List<Attribute> attributes, boolean subclass) {
    boolean ok = true;
    String table = parts.name;
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
        ok &= elementCollection(type, table, attribute);
        continue;
      }
      AnnotationMirror toMany = manyToMany != null ? manyToMany : oneToMany;
      if (toMany != null) {
        if (string(toMany, "mappedBy").isEmpty()) {
          ok &= toMany(type, parts, attribute, toMany);
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
      if (jpa(field, "Id") != null && relation == null && mapsId(attributes, "") != null) {
        continue; // the @MapsId relation's join column is the key
      }
      List<Column> produced;
      if (jpa(field, "EmbeddedId") != null) {
        produced = embeddedIdColumns(type, parts, attribute, attributes);
      } else if (isEmbedded(attribute)) {
        produced = embeddedColumns(type, parts, attribute);
      } else if (relation != null) {
        produced = joinColumns(parts, attribute, relation, null);
      } else {
        AnnotationMirror columnMirror = jpa(field, "Column");
        Column column = basicColumn(type, table, attribute, columnMirror, false, parts.checks, parts.uniques);
        produced = column == null ? null : List.of(column);
        if (column != null) {
          parts.hibernateNames.put(column.name(), naming.hibernateText(columnMirror == null
              || string(columnMirror, "name").isEmpty() ? field.getSimpleName().toString() : string(columnMirror, "name")));
        }
      }
      if (produced == null) {
        ok = false;
        continue;
      }
      for (Column column : produced) {
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
    return ok;
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

  /** Adds a column a field produced, unless another field already took its name; false after an error. */
  private boolean addColumn(JpaTableParts parts, Element field, Column column) {
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
      } else if (strategy.equals("SEQUENCE") && !sequence(type, field, string(generated, "generator"))) {
        return null;
      } else if (strategy.equals("TABLE") && !generatorTable(field, string(generated, "generator"))) {
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
    return new Column(name, sqlType, nullable, columnDefault == null ? null : string(columnDefault, "value"), identity,
        comment == null ? null : string(comment, "value"));
  }

  /** One column of an entity's primary key: its logical and physical name and its type. */
  private record Key(String logical, String column, String type) {}

  /** The one-column key of an entity, or null after reporting (on {@code at}) why it has none usable. */
  private Key key(Element at, TypeElement target, String relation) {
    List<Key> keys = keys(at, target, relation);
    if (keys != null && keys.size() != 1) {
      error(at, "[TracetrackJpaNotSupported] Field %s: %s %s, whose key has %d columns, is not supported yet",
          at.getSimpleName(), relation, target.getSimpleName(), keys.size());
      return null;
    }
    return keys == null ? null : keys.get(0);
  }

  /**
   * The primary key columns of an entity: its basic {@code @Id} fields, the fields of its
   * {@code @EmbeddedId}, and for an {@code @Id} or {@code @MapsId} relation the join columns to
   * the other entity's key. Null after reporting (on {@code at}) why there are none.
   */
  private List<Key> keys(Element at, TypeElement target, String relation) {
    List<Attribute> attributes = hierarchy.inheritedAttributes(target);
    List<Key> keys = new ArrayList<>();
    for (Attribute attribute : attributes) {
      VariableElement id = attribute.field();
      if (jpa(id, "EmbeddedId") != null) {
        List<Key> parts = embeddedIdKeys(at, attribute, attributes, relation);
        if (parts == null) {
          return null;
        }
        keys.addAll(parts);
      } else if (jpa(id, "Id") != null && isRelation(id)) {
        List<Key> derived = derivedKeys(at, attribute, relation);
        if (derived == null) {
          return null;
        }
        keys.addAll(derived);
      } else if (jpa(id, "Id") != null) {
        Attribute mapsId = mapsId(attributes, "");
        if (mapsId != null) {
          // The id shares the relation's column: @MapsId names it after the join column.
          List<Key> derived = derivedKeys(at, mapsId, relation);
          if (derived == null) {
            return null;
          }
          keys.addAll(derived);
          continue;
        }
        Key key = basicKey(attribute, jpa(id, "Column"));
        if (key == null) {
          return null;
        }
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      error(at, "[TracetrackJpaNotSupported] Field %s: %s %s, which has no @Id or @EmbeddedId", at.getSimpleName(),
          relation, target.getSimpleName());
      return null;
    }
    if (keys.size() == 1) {
      String own = keyColumn(target, keys.get(0).logical());
      return List.of(new Key(own, naming.physical(own), keys.get(0).type()));
    }
    // The order of Hibernate's primary key, which foreign keys to it follow.
    keys.sort(JpaTableParts.hibernateOrder(Key::type, k -> naming.hibernateText(k.logical())));
    return keys;
  }

  /** The key columns of an {@code @EmbeddedId}: its fields, but those a {@code @MapsId} relation supplies. */
  private List<Key> embeddedIdKeys(Element at, Attribute id, List<Attribute> attributes, String relation) {
    if (!(id.type() instanceof DeclaredType declared) || jpa(declared.asElement(), "Embeddable") == null) {
      error(id.field(), "[TracetrackJpaNotSupported] Field %s: @EmbeddedId needs an @Embeddable class",
          id.field().getSimpleName());
      return null;
    }
    Map<String, AnnotationMirror> overrides = overrides(id.field());
    List<Key> keys = new ArrayList<>();
    for (VariableElement part : ElementFilter.fieldsIn(declared.asElement().getEnclosedElements())) {
      if (!isPersistent(part)) {
        continue;
      }
      Attribute mapsId = mapsId(attributes, part.getSimpleName().toString());
      if (mapsId != null) {
        List<Key> derived = derivedKeys(at, mapsId, relation);
        if (derived == null) {
          return null;
        }
        keys.addAll(derived);
        continue;
      }
      AnnotationMirror column = overrides.containsKey(part.getSimpleName().toString())
          ? overrides.get(part.getSimpleName().toString()) : jpa(part, "Column");
      Key key = basicKey(new Attribute(part, hierarchy.memberType(declared, part)), column);
      if (key == null) {
        return null;
      }
      keys.add(key);
    }
    return keys;
  }

  /** The key column of a basic id field, named by its {@code @Column} (or override), else after the field. */
  private Key basicKey(Attribute id, AnnotationMirror column) {
    String logical = column == null || string(column, "name").isEmpty() ? id.field().getSimpleName().toString()
        : string(column, "name");
    String type = columnType(id, column);
    return type == null ? null : new Key(logical, naming.physical(logical), type);
  }

  /** The columns a relation's join columns give a key: the target's key columns, named as the join columns say. */
  private List<Key> derivedKeys(Element at, Attribute relation, String what) {
    if (!(relation.type() instanceof DeclaredType declared) || !isEntity(declared.asElement())) {
      error(relation.field(), "[TracetrackJpaNotSupported] Field %s: a relation to %s, which is not an @Entity",
          relation.field().getSimpleName(), relation.type());
      return null;
    }
    List<Key> target = keys(at, (TypeElement) declared.asElement(), what);
    if (target == null) {
      return null;
    }
    List<Key> keys = new ArrayList<>();
    for (Key key : target) {
      String logical = joinColumnLogical(joinColumnMirrors(relation.field()), relation.field(), key, target.size());
      keys.add(new Key(logical, naming.physical(logical), key.type()));
    }
    return keys;
  }

  /** The relation of an entity marked {@code @MapsId(value)}, or null. */
  private static Attribute mapsId(List<Attribute> attributes, String value) {
    return attributes.stream().filter(a -> jpa(a.field(), "MapsId") != null
        && string(jpa(a.field(), "MapsId"), "value").equals(value)).findFirst().orElse(null);
  }

  private static boolean isRelation(Element field) {
    return jpa(field, "ManyToOne") != null || jpa(field, "OneToOne") != null;
  }

  /** A relation's join column to one column of the target's key: as written, else {@code <property>_<key column>}. */
  private String joinColumnLogical(List<AnnotationMirror> joins, VariableElement field, Key referenced, int keyColumns) {
    for (AnnotationMirror join : joins) {
      String to = string(join, "referencedColumnName");
      boolean matches = to.isEmpty() ? keyColumns == 1 : naming.physical(to).equals(referenced.column());
      if (matches && !string(join, "name").isEmpty()) {
        return string(join, "name");
      }
    }
    return field.getSimpleName() + "_" + referenced.logical().replace("\"", "").replace("`", "");
  }

  /** A field's {@code @JoinColumn}, or the members of its {@code @JoinColumns}. */
  private List<AnnotationMirror> joinColumnMirrors(Element field) {
    if (jpa(field, "JoinColumns") != null) {
      return mirrors(jpa(field, "JoinColumns"), "value");
    }
    return jpa(field, "JoinColumn") == null ? List.of() : List.of(jpa(field, "JoinColumn"));
  }

  /** The {@code @AttributeOverride(s)} on a field, by attribute path, each the {@code @Column} it gives. */
  private Map<String, AnnotationMirror> overrides(Element field) {
    Map<String, AnnotationMirror> overrides = new java.util.LinkedHashMap<>();
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
    return overrides;
  }

  /**
   * The logical key column of an entity's own table: the root's, or in a JOINED subclass the name its
   * {@code @PrimaryKeyJoinColumn} gives, else its parent's.
   */
  private String keyColumn(TypeElement type, String rootColumn) {
    TypeElement parent = hierarchy.parent(type);
    if (parent == null || hierarchy.strategy(type) != JpaHierarchy.Strategy.JOINED) {
      return rootColumn;
    }
    AnnotationMirror join = jpa(type, "PrimaryKeyJoinColumn");
    return join != null && !string(join, "name").isEmpty() ? string(join, "name") : keyColumn(parent, rootColumn);
  }

  /**
   * A JOINED subclass's key: a column named as its {@code @PrimaryKeyJoinColumn} says (else as
   * the parent's), typed like the root's id, the primary key, and a foreign key to the parent's
   * table ({@code ON DELETE CASCADE} with Hibernate's {@code @OnDelete}). False after an error.
   */
  private boolean joinedKey(TypeElement type, TypeElement parent, JpaTableParts parts) {
    if (jpa(type, "PrimaryKeyJoinColumns") != null) {
      error(type, "[TracetrackJpaNotSupported] Entity %s: @PrimaryKeyJoinColumns (a composite key) is not supported yet",
          type.getSimpleName());
      return false;
    }
    Key root = key(type, hierarchy.root(type), "JOINED subclass of");
    if (root == null) {
      return false;
    }
    String parentColumn = naming.physical(keyColumn(parent, root.logical()));
    String column = naming.physical(keyColumn(type, root.logical()));
    String parentTable = tableName(parent);
    AnnotationMirror join = jpa(type, "PrimaryKeyJoinColumn");
    AnnotationMirror foreignKey = join == null ? null : mirror(join, "foreignKey");
    String keyName = foreignKey == null || string(foreignKey, "name").isEmpty()
        ? NamingConvention.foreignKey(parts.name, List.of(column), parentTable) : string(foreignKey, "name");
    if (!addColumn(parts, type, new Column(column, root.type(), false, null)) || !fits(type, "Foreign key", keyName)) {
      return false;
    }
    parts.primaryKey.add(column);
    parts.foreignKeys.add(new ForeignKey(keyName, List.of(column), parentTable, List.of(parentColumn), onDelete(type),
        ForeignKey.NO_ACTION));
    return true;
  }

  /** The {@code ON DELETE} action of Hibernate's {@code @OnDelete} on an element: CASCADE, or none. */
  private static String onDelete(Element element) {
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

  /** A collection field's kind ({@code java.util.Set}, {@code List}, {@code Collection}, {@code Map}) and type arguments. */
  private record Plural(String kind, List<TypeMirror> arguments) {
    boolean set() {
      return kind.equals("java.util.Set") || kind.equals("java.util.SortedSet");
    }

    TypeMirror element() {
      return arguments.get(arguments.size() - 1);
    }
  }

  /** The collection a field holds, or null after reporting that it is none JPA maps. */
  private Plural plural(Attribute attribute, String annotation) {
    if (attribute.type() instanceof DeclaredType declared) {
      String kind = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      List<TypeMirror> arguments = List.copyOf(declared.getTypeArguments());
      boolean map = kind.equals("java.util.Map") && arguments.size() == 2;
      if (map || (List.of("java.util.Set", "java.util.SortedSet", "java.util.List", "java.util.Collection")
          .contains(kind) && arguments.size() == 1)) {
        return new Plural(kind, arguments);
      }
    }
    error(attribute.field(), "[TracetrackJpaNotSupported] Field %s: %s on a %s, which is not a Set, List, Collection or"
        + " Map with type arguments, is not supported", attribute.field().getSimpleName(), annotation, attribute.type());
    return null;
  }

  /**
   * The table or column an owning to-many field needs: an owning {@code @ManyToMany}, or a
   * {@code @OneToMany} without {@code mappedBy}, gets a join table; a {@code @OneToMany} with a
   * {@code @JoinColumn} a column on the target's table, added when the target is read. False after an error.
   */
  private boolean toMany(TypeElement owner, JpaTableParts parts, Attribute attribute, AnnotationMirror relation) {
    VariableElement field = attribute.field();
    boolean oneToMany = simpleName(relation).equals("OneToMany");
    for (String notHere : List.of("Column", "Basic", "Enumerated", "Temporal", "Comment", "ColumnDefault", "JdbcTypeCode",
        "NaturalId", "CollectionTable", "MapKeyColumn")) {
      if (jpa(field, notHere) != null || hibernate(field, notHere) != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @%s on a @%s is not supported", field.getSimpleName(),
            notHere, simpleName(relation));
        return false;
      }
    }
    if (!oneToMany && jpa(field, "JoinColumn") != null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn on a @ManyToMany; name its columns with"
          + " @JoinTable(joinColumns, inverseJoinColumns)", field.getSimpleName());
      return false;
    }
    Plural plural = plural(attribute, "@" + simpleName(relation));
    if (plural == null) {
      return false;
    }
    if (plural.kind().equals("java.util.Map") || !(plural.element() instanceof DeclaredType element)
        || !isEntity(element.asElement())) {
      error(field, "[TracetrackJpaNotSupported] Field %s: a @%s other than a Set, List or Collection of an @Entity (%s)"
          + " is not supported yet", field.getSimpleName(), simpleName(relation), attribute.type());
      return false;
    }
    if (oneToMany && jpa(field, "JoinColumn") != null) {
      if (jpa(field, "JoinTable") != null) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn and @JoinTable on one @OneToMany",
            field.getSimpleName());
        return false;
      }
      // The column is on the target's table: reading the target adds it (see incomingJoinColumns).
      return key(field, owner, "@OneToMany from") != null;
    }
    TypeElement target = (TypeElement) element.asElement();
    Key ownerKey = key(field, owner, "@" + simpleName(relation) + " from");
    Key targetKey = key(field, target, "@" + simpleName(relation));
    if (ownerKey == null || targetKey == null) {
      return false;
    }
    AnnotationMirror joinTable = jpa(field, "JoinTable");
    if (joinTable != null && (!string(joinTable, "catalog").isEmpty()
        || mirrors(joinTable, "joinColumns").size() > 1 || mirrors(joinTable, "inverseJoinColumns").size() > 1)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @JoinTable(catalog, several join columns) is not supported yet",
          field.getSimpleName());
      return false;
    }
    String ownerTable = parts.name;
    String targetTable = tableName(target);
    String name = joinTable == null ? "" : string(joinTable, "name");
    String schema = joinTable == null || string(joinTable, "schema").isEmpty()
        ? Table.schemaOf(ownerTable) : naming.physical(string(joinTable, "schema"));
    String table = Table.qualified(schema.equals(Table.DEFAULT_SCHEMA) ? "" : schema, name.isEmpty()
        ? naming.joinTable(Table.localName(ownerTable), Table.localName(targetTable), field.getSimpleName().toString())
        : naming.physical(name));
    AnnotationMirror ownerJoin = joinTable == null || mirrors(joinTable, "joinColumns").isEmpty() ? null
        : mirrors(joinTable, "joinColumns").get(0);
    AnnotationMirror targetJoin = joinTable == null || mirrors(joinTable, "inverseJoinColumns").isEmpty() ? null
        : mirrors(joinTable, "inverseJoinColumns").get(0);
    // JPA: the inverse side's property and the key, or without one the owning entity's name and the key.
    String inverse = oneToMany ? entityName(owner) : hierarchy.inheritedAttributes(target).stream()
        .filter(a -> jpa(a.field(), "ManyToMany") != null
            && string(jpa(a.field(), "ManyToMany"), "mappedBy").contentEquals(field.getSimpleName()))
        .map(a -> a.field().getSimpleName().toString()).findFirst().orElse(entityName(owner));
    String ownerLogical = written(ownerJoin, inverse + "_" + ownerKey.logical());
    String targetLogical = written(targetJoin, field.getSimpleName() + "_" + targetKey.logical());
    String ownerColumn = naming.physical(ownerLogical);
    String targetColumn = naming.physical(targetLogical);
    if (!fits(field, "Join table", Table.localName(table))) {
      return false;
    }
    JpaTableParts join = new JpaTableParts(table);
    join.hibernateNames.put(ownerColumn, naming.hibernateText(ownerLogical));
    join.hibernateNames.put(targetColumn, naming.hibernateText(targetLogical));
    boolean ok = addColumn(join, field, new Column(ownerColumn, ownerKey.type(), false, null))
        && addColumn(join, field, new Column(targetColumn, targetKey.type(), false, null));
    if (!ok) {
      error(field, "[TracetrackDuplicateColumn] Field %s: name the columns of join table \"%s\" apart with"
          + " @JoinTable(joinColumns, inverseJoinColumns)", field.getSimpleName(), table);
      return false;
    }
    ok &= joinForeignKey(field, join, ownerJoin, ownerColumn, ownerTable, ownerKey.column(), onDelete(field));
    ok &= joinForeignKey(field, join, targetJoin, targetColumn, targetTable, targetKey.column(), ForeignKey.NO_ACTION);
    String order = orderColumn(field, join, true);
    if (order != null) {
      // An ordered list's key is the owner and the position.
      join.primaryKey.addAll(List.of(ownerColumn, order));
    } else if (plural.set()) {
      join.primaryKey.addAll(List.of(ownerColumn, targetColumn));
    }
    join.orderPrimaryKeyAsHibernate();
    if (oneToMany) {
      // Each target belongs to one owner: Hibernate makes the target's column unique.
      join.uniques.add(new UniqueConstraint(NamingConvention.unique(table, List.of(targetColumn)), List.of(targetColumn)));
    }
    if (joinTable != null) {
      ok &= tableConstraints(field, join, mirrors(joinTable, "indexes"), mirrors(joinTable, "uniqueConstraints"));
    }
    if (ok) {
      joinTables.add(join.toTable());
    }
    return ok;
  }

  /** A join column's written name, else the implicit one. */
  private String written(AnnotationMirror joinColumn, String implicit) {
    return joinColumn == null || string(joinColumn, "name").isEmpty() ? implicit : string(joinColumn, "name");
  }

  /**
   * A collection table's foreign key from one column to a table's key, named as its join column's
   * {@code foreignKey} says (none with {@code NO_CONSTRAINT}). False after an error.
   */
  private boolean joinForeignKey(Element at, JpaTableParts parts, AnnotationMirror joinColumn, String column,
      String referencedTable, String referencedColumn, String onDelete) {
    AnnotationMirror foreignKey = joinColumn == null ? null : mirror(joinColumn, "foreignKey");
    if (foreignKey != null && constant(foreignKey, "value").equals("NO_CONSTRAINT")) {
      return true;
    }
    String name = foreignKey == null || string(foreignKey, "name").isEmpty()
        ? NamingConvention.foreignKey(parts.name, List.of(column), referencedTable) : string(foreignKey, "name");
    if (!fits(at, "Foreign key", name)) {
      return false;
    }
    parts.foreignKeys.add(new ForeignKey(name, List.of(column), referencedTable, List.of(referencedColumn), onDelete,
        ForeignKey.NO_ACTION));
    return true;
  }

  /**
   * Adds a list's {@code @OrderColumn} to a collection table: {@code <property>_ORDER} by default,
   * an integer, NOT NULL in the {@code key} of a collection table; returns its name, or null without one.
   */
  private String orderColumn(VariableElement field, JpaTableParts parts, boolean key) {
    AnnotationMirror order = jpa(field, "OrderColumn");
    if (order == null) {
      return null;
    }
    String logical = string(order, "name").isEmpty() ? field.getSimpleName() + "_ORDER" : string(order, "name");
    String name = naming.physical(logical);
    parts.hibernateNames.put(name, naming.hibernateText(logical));
    parts.columns.add(new Column(name, "integer", !key && bool(order, "nullable"), null));
    return name;
  }

  /**
   * The columns that other entities' unidirectional {@code @OneToMany} fields with a
   * {@code @JoinColumn} put on this entity's table: the owner's key, nullable unless the join
   * column says otherwise, with a foreign key to the owner (and the list's order column). False after an error.
   */
  private boolean incomingJoinColumns(TypeElement type, JpaTableParts parts) {
    boolean ok = true;
    List<TypeElement> targets = new ArrayList<>(List.of(type));
    if (hierarchy.parent(type) == null && hierarchy.strategy(type) == JpaHierarchy.Strategy.SINGLE_TABLE) {
      targets.addAll(hierarchy.subclasses(type));
    }
    for (TypeElement target : targets) {
      for (JpaHierarchy.Incoming incoming : hierarchy.oneToManyJoinColumns(target)) {
        TypeElement owner = incoming.owner();
        Attribute attribute = incoming.attribute();
        VariableElement field = attribute.field();
        AnnotationMirror join = jpa(field, "JoinColumn");
        Key ownerKey = key(field, owner, "@OneToMany from");
        if (ownerKey == null) {
          ok = false;
          continue;
        }
        String ownerTable = tableName(owner);
        String name = naming.joinColumn(string(join, "name"), field.getSimpleName().toString(), ownerKey.logical());
        Column column = new Column(name, ownerKey.type(), bool(join, "nullable"), null);
        if (parts.sources.containsKey(name) && parts.columns.contains(column)) {
          continue; // a column the entity maps itself as well, as Hibernate allows
        }
        ok &= addColumn(parts, field, column)
            && joinForeignKey(field, parts, join, name, ownerTable, ownerKey.column(), onDelete(field));
        if (jpa(field, "OrderColumn") != null) {
          orderColumn(field, parts, false);
        }
      }
    }
    return ok;
  }

  /**
   * The collection table of an {@code @ElementCollection}: {@code @CollectionTable(name)} or the
   * owning entity's name, {@code _} and the property; a column for the owner's key with a foreign
   * key to it; the element's column (a basic type, {@code @Column} applies) or columns (an
   * embeddable, {@code @AttributeOverride} applies); a map's key column ({@code @MapKeyColumn},
   * else {@code <property>_KEY}) or a list's order column. Its primary key, as Hibernate makes it:
   * the owner and the map key or the order; for a set, the owner and the element's columns when
   * none of them is nullable. False after an error.
   */
  private boolean elementCollection(TypeElement owner, String ownerTable, Attribute attribute) {
    VariableElement field = attribute.field();
    Plural plural = plural(attribute, "@ElementCollection");
    if (plural == null) {
      return false;
    }
    Key ownerKey = key(field, owner, "@ElementCollection in");
    if (ownerKey == null) {
      return false;
    }
    AnnotationMirror collectionTable = jpa(field, "CollectionTable");
    if (collectionTable != null && (!string(collectionTable, "catalog").isEmpty()
        || mirrors(collectionTable, "joinColumns").size() > 1)) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @CollectionTable(catalog, several join columns) is not"
          + " supported yet", field.getSimpleName());
      return false;
    }
    String name = collectionTable == null ? "" : string(collectionTable, "name");
    String schema = collectionTable == null || string(collectionTable, "schema").isEmpty()
        ? Table.schemaOf(ownerTable) : naming.physical(string(collectionTable, "schema"));
    String table = Table.qualified(schema.equals(Table.DEFAULT_SCHEMA) ? "" : schema,
        naming.physical(name.isEmpty() ? entityName(owner) + "_" + field.getSimpleName() : name));
    if (!fits(field, "Collection table", Table.localName(table))) {
      return false;
    }
    AnnotationMirror join = collectionTable == null || mirrors(collectionTable, "joinColumns").isEmpty() ? null
        : mirrors(collectionTable, "joinColumns").get(0);
    String ownerLogical = written(join, entityName(owner) + "_" + ownerKey.logical());
    String ownerColumn = naming.physical(ownerLogical);
    JpaTableParts parts = new JpaTableParts(table);
    parts.hibernateNames.put(ownerColumn, naming.hibernateText(ownerLogical));
    boolean ok = addColumn(parts, field, new Column(ownerColumn, ownerKey.type(), false, null))
        && joinForeignKey(field, parts, join, ownerColumn, ownerTable, ownerKey.column(), onDelete(field));
    String mapKey = null;
    if (plural.kind().equals("java.util.Map")) {
      AnnotationMirror keyColumn = jpa(field, "MapKeyColumn");
      Column column = basicColumn(owner, table, new Attribute(field, plural.arguments().get(0)), keyColumn, false,
          parts.checks, parts.uniques);
      if (column == null) {
        return false;
      }
      String logical = keyColumn == null || string(keyColumn, "name").isEmpty() ? field.getSimpleName() + "_KEY"
          : string(keyColumn, "name");
      column = column.withName(naming.physical(logical));
      parts.hibernateNames.put(column.name(), naming.hibernateText(logical));
      mapKey = column.name();
      ok &= addColumn(parts, field, column.withNullable(false));
    } else if (jpa(field, "MapKeyColumn") != null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @MapKeyColumn belongs on a Map", field.getSimpleName());
      return false;
    }
    String order = orderColumn(field, parts, true);
    int elementFrom = parts.columns.size();
    Attribute element = new Attribute(field, plural.element());
    List<Column> elementColumns;
    if (isEmbedded(element)) {
      elementColumns = embeddedColumns(owner, parts, element);
    } else {
      Column column = basicColumn(owner, table, element, jpa(field, "Column"), false, parts.checks, parts.uniques);
      elementColumns = column == null ? null : List.of(column);
    }
    if (elementColumns == null) {
      return false;
    }
    for (Column column : elementColumns) {
      ok &= addColumn(parts, field, column);
    }
    if (mapKey != null || order != null) {
      parts.primaryKey.addAll(List.of(ownerColumn, mapKey != null ? mapKey : order));
    } else if (plural.set() && elementColumns.stream().noneMatch(Column::nullable)) {
      parts.primaryKey.add(ownerColumn);
      parts.primaryKey.addAll(parts.columnNames().subList(elementFrom, parts.columns.size()));
    }
    parts.orderPrimaryKeyAsHibernate();
    if (ok) {
      joinTables.add(parts.toTable());
    }
    return ok;
  }

  /**
   * The columns of an {@code @EmbeddedId}: the embeddable's, NOT NULL, but those a {@code @MapsId}
   * relation supplies (its join columns take their place). Null after an error.
   */
  private List<Column> embeddedIdColumns(TypeElement type, JpaTableParts parts, Attribute attribute,
      List<Attribute> attributes) {
    List<Column> columns = embeddedColumns(type, parts, attribute);
    if (columns == null || !(attribute.type() instanceof DeclaredType declared)) {
      return null;
    }
    Map<String, AnnotationMirror> overrides = overrides(attribute.field());
    List<String> mapped = new ArrayList<>();
    for (VariableElement part : ElementFilter.fieldsIn(declared.asElement().getEnclosedElements())) {
      String name = part.getSimpleName().toString();
      AnnotationMirror column = overrides.containsKey(name) ? overrides.get(name) : jpa(part, "Column");
      String logical = column == null || string(column, "name").isEmpty() ? name : string(column, "name");
      if (isPersistent(part) && mapsId(attributes, name) != null) {
        mapped.add(naming.physical(logical));
      } else {
        parts.hibernateNames.put(naming.physical(logical), naming.hibernateText(logical));
      }
    }
    return columns.stream().filter(c -> !mapped.contains(c.name())).map(c -> c.withNullable(false)).toList();
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
  private List<Column> embeddedColumns(TypeElement type, JpaTableParts parts, Attribute attribute) {
    return embeddedColumns(type, parts, attribute, overrides(attribute.field()), associationOverrides(attribute.field()));
  }

  /**
   * The columns of an embeddable at one level: {@code overrides} and {@code associations} are the
   * {@code @AttributeOverride}s and {@code @AssociationOverride}s that reach it, by path from here;
   * an outer one wins over one written deeper. Null after an error.
   */
  private List<Column> embeddedColumns(TypeElement type, JpaTableParts parts, Attribute attribute,
      Map<String, AnnotationMirror> overrides, Map<String, List<AnnotationMirror>> associations) {
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
    boolean ok = supported(embeddable, EMBEDDABLE, "embeddable " + embeddable.getSimpleName()) & fieldAccess(embeddable);
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
      String name = part.getSimpleName().toString();
      Attribute partAttribute = new Attribute(part, hierarchy.memberType((DeclaredType) attribute.type(), part));
      AnnotationMirror relation = jpa(part, "ManyToOne") != null ? jpa(part, "ManyToOne") : jpa(part, "OneToOne");
      List<Column> produced;
      if (isEmbedded(partAttribute)) {
        produced = embeddedColumns(type, parts, partAttribute, below(name, overrides, overrides(part)),
            below(name, associations, associationOverrides(part)));
      } else if (relation != null && simpleName(relation).equals("OneToOne") && !string(relation, "mappedBy").isEmpty()) {
        continue; // the other side's column
      } else if (relation != null) {
        produced = joinColumns(parts, partAttribute, relation, associations.remove(name));
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
    return ok ? columns : null;
  }

  /**
   * The overrides that reach a nested embeddable {@code part}: the outer ones under {@code part.},
   * taken from {@code outer}, over those written on the part itself.
   */
  private static <T> Map<String, T> below(String part, Map<String, T> outer, Map<String, T> own) {
    Map<String, T> nested = new java.util.LinkedHashMap<>(own);
    for (String path : List.copyOf(outer.keySet())) {
      if (path.startsWith(part + ".")) {
        nested.put(path.substring(part.length() + 1), outer.remove(path));
      }
    }
    return nested;
  }

  /** The {@code @AssociationOverride(s)} on a field, by attribute path, each its join columns. */
  private Map<String, List<AnnotationMirror>> associationOverrides(Element field) {
    Map<String, List<AnnotationMirror>> overrides = new java.util.LinkedHashMap<>();
    List<AnnotationMirror> written = new ArrayList<>();
    if (jpa(field, "AssociationOverride") != null) {
      written.add(jpa(field, "AssociationOverride"));
    }
    if (jpa(field, "AssociationOverrides") != null) {
      written.addAll(mirrors(jpa(field, "AssociationOverrides"), "value"));
    }
    for (AnnotationMirror override : written) {
      if (!string(mirror(override, "joinTable"), "name").isEmpty()) {
        error(field, "[TracetrackJpaNotSupported] Field %s: @AssociationOverride(joinTable) is not supported yet",
            field.getSimpleName());
      }
      overrides.put(string(override, "name"), mirrors(override, "joinColumns"));
    }
    return overrides;
  }

  /**
   * The table of a {@code @GeneratedValue(strategy = TABLE, generator)}, as Hibernate's table
   * generator creates it: the {@code @TableGenerator} of that name on the field or its class
   * ({@code table}, {@code schema}, {@code pkColumnName}, {@code valueColumnName}, {@code
   * uniqueConstraints}, {@code indexes}), or without one {@code hibernate_sequences}; a {@code
   * varchar(255)} key column, {@code sequence_name} by default, and a {@code bigint} value column,
   * {@code next_val}. False after an error.
   */
  private boolean generatorTable(VariableElement field, String generator) {
    AnnotationMirror declared = null;
    for (Element at : List.of(field, field.getEnclosingElement())) {
      AnnotationMirror candidate = jpa(at, "TableGenerator");
      if (candidate != null && string(candidate, "name").equals(generator)) {
        declared = candidate;
      }
    }
    if (!generator.isEmpty() && declared == null) {
      error(field, "[TracetrackJpaNotSupported] Field %s: generator \"%s\" is not a @TableGenerator on this field"
          + " or its class; generators declared elsewhere are not supported yet", field.getSimpleName(), generator);
      return false;
    }
    if (declared != null && !string(declared, "catalog").isEmpty()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: @TableGenerator(catalog) is not supported yet",
          field.getSimpleName());
      return false;
    }
    String name = declared == null || string(declared, "table").isEmpty() ? "hibernate_sequences"
        : string(declared, "table");
    String schema = declared == null ? "" : string(declared, "schema");
    String table = Table.qualified(schema.isEmpty() ? "" : naming.physical(schema), naming.physical(name));
    String key = naming.physical(declared == null || string(declared, "pkColumnName").isEmpty() ? "sequence_name"
        : string(declared, "pkColumnName"));
    String value = naming.physical(declared == null || string(declared, "valueColumnName").isEmpty() ? "next_val"
        : string(declared, "valueColumnName"));
    JpaTableParts parts = new JpaTableParts(table);
    if (!fits(field, "Table", Table.localName(table)) || !addColumn(parts, field, new Column(key, "varchar(255)", false, null))
        || !addColumn(parts, field, new Column(value, "bigint", true, null))) {
      return false;
    }
    parts.primaryKey.add(key);
    if (declared != null && !tableConstraints(field, parts, mirrors(declared, "indexes"),
        mirrors(declared, "uniqueConstraints"))) {
      return false;
    }
    joinTables.add(parts.toTable());
    generatorTables.add(table);
    return true;
  }

  /**
   * Registers the sequence of a {@code @GeneratedValue(strategy = SEQUENCE, generator)}: the
   * {@code @SequenceGenerator} of that name on the field or its class, or with no generator
   * Hibernate 6's default {@code <table>_SEQ} by 50, in the table's schema. False after an error.
   */
  private boolean sequence(TypeElement type, VariableElement field, String generator) {
    Sequence sequence;
    if (generator.isEmpty()) {
      // A hierarchy shares its root's generator.
      String table = tableName(hierarchy.root(type));
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
    List<Key> keys = keys(field, target, "@" + simpleName(relation));
    if (keys == null) {
      return null;
    }
    List<AnnotationMirror> joins = overridden != null ? overridden : joinColumnMirrors(field);
    if (!joins.isEmpty() && joins.size() != keys.size()) {
      error(field, "[TracetrackJpaNotSupported] Field %s: %d join columns for the %d columns of %s's key",
          field.getSimpleName(), joins.size(), keys.size(), target.getSimpleName());
      return null;
    }
    for (AnnotationMirror join : joins) {
      String referencedName = string(join, "referencedColumnName");
      if (!referencedName.isEmpty()
          && keys.stream().noneMatch(key -> key.column().equals(naming.physical(referencedName)))) {
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
    boolean nullable = !key && bool(relation, "optional") && joins.stream().allMatch(join -> bool(join, "nullable"));
    List<Column> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Key referenced : keys) {
      String logical = joinColumnLogical(joins, field, referenced, keys.size());
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
    if (foreignKey == null || !constant(foreignKey, "value").equals("NO_CONSTRAINT")) {
      String keyName = foreignKey == null || string(foreignKey, "name").isEmpty()
          ? NamingConvention.foreignKey(table, names, targetTable) : string(foreignKey, "name");
      if (!fits(field, "Foreign key", keyName)) {
        return null;
      }
      parts.foreignKeys.add(new ForeignKey(keyName, names, targetTable, keys.stream().map(Key::column).toList(),
          onDelete(field), ForeignKey.NO_ACTION));
    }
    // Hibernate makes a one-to-one's join columns unique, as it does @JoinColumn(unique = true), unless they are the key.
    if (!key && (simpleName(relation).equals("OneToOne") || joins.stream().anyMatch(join -> bool(join, "unique")))) {
      parts.uniques.add(new UniqueConstraint(names.size() == 1 ? UniqueConstraint.defaultName(table, names.get(0))
          : NamingConvention.unique(table, names), names));
    }
    return columns;
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
          : qualified.startsWith(HIBERNATE) || qualified.startsWith(OURS) ? !names.contains(qualified) : false) {
        error(element, "[TracetrackJpaNotSupported] @%s on %s is not supported yet%s", qualified.startsWith("io.tracetrack")
            ? qualified : simpleName(mirror), what, qualified.startsWith("io.tracetrack")
            ? ": on a JPA entity TraceTrack's annotations add what JPA cannot say: @Entity(renamedFrom, comment), @Check"
            + " and @Index on the class, @Column(serverDefault, comment, renamedFrom, enumStorage) on a field" : "");
        ok = false;
      }
    }
    return ok;
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

  private boolean fits(Element at, String what, String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= NamingConvention.MAX_NAME_BYTES) {
      return true;
    }
    error(at, "[TracetrackNameTooLong] %s name \"%s\" is %d bytes long in UTF-8; PostgreSQL keeps %d at most:"
        + " choose a shorter one", what, name, bytes, NamingConvention.MAX_NAME_BYTES);
    return false;
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

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
