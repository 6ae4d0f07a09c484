package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;
import static io.tracetrack.migrations.processor.JpaHierarchy.entityName;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The tables and columns a JPA entity's collection fields make, as Hibernate 6 makes them: join
 * tables of owning to-many relations, join columns that a unidirectional {@code @OneToMany} puts
 * on its target's table, and {@code @ElementCollection} tables.
 */
final class JpaCollections {
  private final JpaEntityReader reader;
  private final JpaNaming naming;
  private final JpaHierarchy hierarchy;
  private final List<Table> tables = new ArrayList<>();

  JpaCollections(JpaEntityReader reader, JpaNaming naming, JpaHierarchy hierarchy) {
    this.reader = reader;
    this.naming = naming;
    this.hierarchy = hierarchy;
  }

  /** The join and collection tables made so far. */
  List<Table> tables() {
    return List.copyOf(tables);
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
    reader.error(attribute.field(), "[TracetrackJpaNotSupported] Field %s: %s on a %s, which is not a Set, List, Collection or"
        + " Map with type arguments, is not supported", attribute.field().getSimpleName(), annotation, attribute.type());
    return null;
  }

  /**
   * The table or column an owning to-many field needs: an owning {@code @ManyToMany}, or a
   * {@code @OneToMany} without {@code mappedBy}, gets a join table; a {@code @OneToMany} with a
   * {@code @JoinColumn} a column on the target's table, added when the target is read. {@code
   * joinTableOverride}: an {@code @AssociationOverride(joinTable)} for the field, or null; {@code
   * path}: the field's attribute path in the owner ({@code home.brands} in an embedded {@code home}).
   * False after an error.
   */
  boolean toMany(TypeElement owner, JpaTableParts parts, Attribute attribute, AnnotationMirror relation,
      AnnotationMirror joinTableOverride, String path) {
    VariableElement field = attribute.field();
    boolean oneToMany = simpleName(relation).equals("OneToMany");
    for (String notHere : List.of("Column", "Basic", "Enumerated", "Temporal", "Comment", "ColumnDefault", "JdbcTypeCode",
        "NaturalId", "CollectionTable", "MapKeyColumn", "NotFound")) {
      if (jpa(field, notHere) != null || hibernate(field, notHere) != null) {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: @%s on a @%s is not supported", field.getSimpleName(),
            notHere, simpleName(relation));
        return false;
      }
    }
    if (!oneToMany && jpa(field, "JoinColumn") != null) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn on a @ManyToMany; name its columns with"
          + " @JoinTable(joinColumns, inverseJoinColumns)", field.getSimpleName());
      return false;
    }
    Plural plural = plural(attribute, "@" + simpleName(relation));
    if (plural == null) {
      return false;
    }
    if (plural.kind().equals("java.util.Map") || !(plural.element() instanceof DeclaredType element)
        || !JpaEntityReader.isEntity(element.asElement())) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: a @%s other than a Set, List or Collection of an @Entity (%s)"
          + " is not supported yet", field.getSimpleName(), simpleName(relation), attribute.type());
      return false;
    }
    if (oneToMany && hasJoinColumns(field)) {
      if (jpa(field, "JoinTable") != null) {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: @JoinColumn and @JoinTable on one @OneToMany",
            field.getSimpleName());
        return false;
      }
      // The columns are on the target's table: reading the target adds them (see incomingJoinColumns).
      List<JpaKeys.Key> ownerKeys = reader.keys().keys(field, owner, "@OneToMany from");
      return ownerKeys != null
          && joinColumnsMatch(field, "@JoinColumns", reader.keys().joinColumnMirrors(field), ownerKeys);
    }
    TypeElement target = (TypeElement) element.asElement();
    List<JpaKeys.Key> ownerKeys = reader.keys().keys(field, owner, "@" + simpleName(relation) + " from");
    List<JpaKeys.Key> targetKeys = reader.keys().keys(field, target, "@" + simpleName(relation));
    if (ownerKeys == null || targetKeys == null) {
      return false;
    }
    AnnotationMirror joinTable = joinTableOverride != null ? joinTableOverride : jpa(field, "JoinTable");
    if (joinTable != null && !string(joinTable, "catalog").isEmpty()) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @JoinTable(catalog) is not supported yet",
          field.getSimpleName());
      return false;
    }
    String ownerTable = parts.name;
    String targetTable = reader.tableName(target);
    String name = joinTable == null ? "" : string(joinTable, "name");
    String schema = joinTable == null || string(joinTable, "schema").isEmpty()
        ? Table.schemaOf(ownerTable) : naming.physical(string(joinTable, "schema"));
    String table = Table.qualified(schema.equals(Table.DEFAULT_SCHEMA) ? "" : schema, name.isEmpty()
        ? naming.joinTable(Table.localName(ownerTable), Table.localName(targetTable), field.getSimpleName().toString())
        : naming.physical(name));
    List<AnnotationMirror> ownerJoins = joinTable == null ? List.of() : mirrors(joinTable, "joinColumns");
    List<AnnotationMirror> targetJoins = joinTable == null ? List.of() : mirrors(joinTable, "inverseJoinColumns");
    // JPA: the inverse side's property and the key, or without one the owning entity's name and the key.
    String inverse = oneToMany ? null : hierarchy.manyToManyInverse(owner, path, target);
    if (inverse == null) {
      inverse = entityName(owner);
    }
    if (!reader.fits(field, "Join table", Table.localName(table))) {
      return false;
    }
    JpaTableParts join = new JpaTableParts(table);
    List<String> ownerColumns = keyColumns(field, join, "@JoinTable(joinColumns)", ownerJoins, inverse, ownerKeys);
    List<String> targetColumns = ownerColumns == null ? null
        : keyColumns(field, join, "@JoinTable(inverseJoinColumns)", targetJoins, field.getSimpleName().toString(),
            targetKeys);
    if (targetColumns == null) {
      return false;
    }
    boolean ok = joinForeignKey(field, join, ownerJoins, ownerColumns, ownerTable, ownerKeys, reader.onDelete(field));
    if (!JpaEntityReader.readFromQuery(target)) {
      ok &= joinForeignKey(field, join, targetJoins, targetColumns, targetTable, targetKeys, ForeignKey.NO_ACTION);
    }
    String order = orderColumn(field, join, true);
    if (order != null) {
      // An ordered list's key is the owner and the position.
      join.primaryKey.addAll(ownerColumns);
      join.primaryKey.add(order);
    } else if (plural.set()) {
      join.primaryKey.addAll(ownerColumns);
      join.primaryKey.addAll(targetColumns);
    }
    join.orderPrimaryKeyAsHibernate();
    if (oneToMany) {
      // Each target belongs to one owner: Hibernate makes the target's columns unique.
      join.uniques.add(new UniqueConstraint(NamingConvention.unique(table, targetColumns), targetColumns));
    }
    if (joinTable != null) {
      ok &= reader.tableConstraints(field, join, mirrors(joinTable, "indexes"), mirrors(joinTable, "uniqueConstraints"));
    }
    if (ok) {
      tables.add(join.toTable());
    }
    return ok;
  }

  /**
   * Adds a join or collection table's NOT NULL columns for a key (an entity's, one column or
   * several): named as the {@code joins} say, matched by {@code referencedColumnName} when there are
   * several, else {@code <prefix>_<key column>}. Their names, or null after an error.
   */
  private List<String> keyColumns(VariableElement field, JpaTableParts parts, String where,
      List<AnnotationMirror> joins, String prefix, List<JpaKeys.Key> keys) {
    if (!joinColumnsMatch(field, where, joins, keys)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JpaKeys.Key key : keys) {
      String logical = reader.keys().joinColumnLogical(joins, prefix, key, keys.size());
      String name = naming.physical(logical);
      parts.hibernateNames.put(name, naming.hibernateText(logical));
      if (!reader.addColumn(parts, field, new Column(name, key.type(), false, null))) {
        reader.error(field, "[TracetrackDuplicateColumn] Field %s: name the columns of table \"%s\" apart with %s",
            field.getSimpleName(), parts.name, where);
        return null;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * Whether join columns fit a key: none (all implicit), or one per key column, each naming its
   * column with {@code referencedColumnName} when there are several. Reports why not.
   */
  private boolean joinColumnsMatch(VariableElement field, String where, List<AnnotationMirror> joins,
      List<JpaKeys.Key> keys) {
    if (!joins.isEmpty() && joins.size() != keys.size()) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: %s gives %d join columns for a key of %d columns",
          field.getSimpleName(), where, joins.size(), keys.size());
      return false;
    }
    for (AnnotationMirror join : joins) {
      String to = string(join, "referencedColumnName");
      if (to.isEmpty() ? keys.size() > 1 : keys.stream().noneMatch(key -> key.column().equals(naming.physical(to)))) {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: each of %s names a column of the key (%s) with"
            + " referencedColumnName; \"%s\" is none", field.getSimpleName(), where,
            String.join(", ", keys.stream().map(JpaKeys.Key::column).toList()), to);
        return false;
      }
    }
    return true;
  }

  /** Whether a field says {@code @JoinColumn} or {@code @JoinColumns}. */
  static boolean hasJoinColumns(Element field) {
    return jpa(field, "JoinColumn") != null || jpa(field, "JoinColumns") != null;
  }

  /**
   * A join or collection table's foreign key from its columns to a table's key, named as its first
   * join column's {@code foreignKey} says (none with {@code NO_CONSTRAINT}). False after an error.
   */
  private boolean joinForeignKey(Element at, JpaTableParts parts, List<AnnotationMirror> joins, List<String> columns,
      String referencedTable, List<JpaKeys.Key> referenced, String onDelete) {
    AnnotationMirror foreignKey = joins.isEmpty() ? null : mirror(joins.get(0), "foreignKey");
    if (foreignKey != null && constant(foreignKey, "value").equals("NO_CONSTRAINT")) {
      return true;
    }
    String name = foreignKey == null || string(foreignKey, "name").isEmpty()
        ? NamingConvention.foreignKey(parts.name, columns, referencedTable) : string(foreignKey, "name");
    if (!reader.fits(at, "Foreign key", name)) {
      return false;
    }
    parts.foreignKeys.add(new ForeignKey(name, columns, referencedTable, referenced.stream().map(JpaKeys.Key::column)
        .toList(), onDelete, ForeignKey.NO_ACTION));
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
    String logical = orderColumnLogical(order, field);
    String name = naming.physical(logical);
    parts.hibernateNames.put(name, naming.hibernateText(logical));
    parts.columns.add(new Column(name, "integer", !key && bool(order, "nullable"), null));
    return name;
  }

  private static String orderColumnLogical(AnnotationMirror order, VariableElement field) {
    return string(order, "name").isEmpty() ? field.getSimpleName() + "_ORDER" : string(order, "name");
  }

  /** The physical name of a field's {@code @OrderColumn}. */
  private String orderColumnName(VariableElement field) {
    return naming.physical(orderColumnLogical(jpa(field, "OrderColumn"), field));
  }

  /**
   * The columns that other entities' unidirectional {@code @OneToMany} fields with a
   * {@code @JoinColumn} put on this entity's table: the owner's key, nullable unless the join
   * column says otherwise, with a foreign key to the owner (and the list's order column). An
   * embeddable's relation whose column another one put there already (the embeddable embedded twice,
   * or in two entities, under one name) is an error. False after an error.
   */
  boolean incomingJoinColumns(TypeElement type, JpaTableParts parts) {
    boolean ok = true;
    // The incoming relations whose columns are on this table already, by column.
    Map<String, JpaHierarchy.Incoming> added = new HashMap<>();
    List<TypeElement> targets = new ArrayList<>(List.of(type));
    if (hierarchy.parent(type) == null && hierarchy.strategy(type) == JpaHierarchy.Strategy.SINGLE_TABLE) {
      targets.addAll(hierarchy.subclasses(type));
    }
    for (TypeElement target : targets) {
      for (JpaHierarchy.Incoming incoming : hierarchy.oneToManyJoinColumns(target)) {
        TypeElement owner = incoming.owner();
        Attribute attribute = incoming.attribute();
        VariableElement field = attribute.field();
        List<AnnotationMirror> joins = incoming.joinColumns() != null ? incoming.joinColumns()
            : reader.keys().joinColumnMirrors(field);
        List<JpaKeys.Key> ownerKeys = reader.keys().keys(field, owner, "@OneToMany from");
        if (ownerKeys == null) {
          ok = false;
          continue;
        }
        List<String> names = new ArrayList<>();
        boolean mappedByTarget = true;
        for (JpaKeys.Key ownerKey : ownerKeys) {
          String name = naming.physical(reader.keys().joinColumnLogical(joins, field, ownerKey, ownerKeys.size()));
          Column column = new Column(name, ownerKey.type(), joins.stream().allMatch(j -> bool(j, "nullable")), null);
          names.add(name);
          JpaHierarchy.Incoming earlier = added.get(name);
          if (earlier != null && parts.sources.get(name) == earlier.attribute().field()
              && (inEmbeddable(field) || inEmbeddable(earlier.attribute().field()))) {
            reader.error(field, "[TracetrackJpaNotSupported] Field %s: the @OneToMany from %s puts join column \"%s\" on"
                + " table \"%s\", where a @OneToMany from %s puts it already; name them apart with @JoinColumn(name)"
                + " (an embeddable's, embedded twice, with @AssociationOverride(name, joinColumns) on the embedding"
                + " field)", field.getSimpleName(), owner.getSimpleName(),
                name, parts.name, earlier.owner().getSimpleName());
            return false;
          }
          if (!(parts.sources.containsKey(name) && parts.columns.contains(column))) {
            mappedByTarget = false;
            ok &= reader.addColumn(parts, field, column);
          }
        }
        if (mappedByTarget) {
          continue; // columns the entity maps itself as well, as Hibernate allows
        }
        names.forEach(name -> added.put(name, incoming));
        List<AnnotationMirror> keyed = incoming.joinColumns() == null && jpa(field, "JoinColumns") != null
            ? List.of(jpa(field, "JoinColumns")) : joins;
        ok &= joinForeignKey(field, parts, keyed, names, reader.tableName(owner), ownerKeys, reader.onDelete(field));
        // Hibernate shares one order column among the relations that name it alike (an embeddable embedded twice).
        if (jpa(field, "OrderColumn") != null && !parts.columnNames().contains(orderColumnName(field))) {
          orderColumn(field, parts, false);
        }
      }
    }
    return ok;
  }

  private static boolean inEmbeddable(Element field) {
    return jpa(field.getEnclosingElement(), "Embeddable") != null;
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
  boolean elementCollection(TypeElement owner, String ownerTable, Attribute attribute, JpaClassOverrides classOverrides) {
    VariableElement field = attribute.field();
    Plural plural = plural(attribute, "@ElementCollection");
    if (plural == null) {
      return false;
    }
    List<JpaKeys.Key> ownerKeys = reader.keys().keys(field, owner, "@ElementCollection in");
    if (ownerKeys == null) {
      return false;
    }
    AnnotationMirror collectionTable = jpa(field, "CollectionTable");
    if (collectionTable != null && !string(collectionTable, "catalog").isEmpty()) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @CollectionTable(catalog) is not supported yet",
          field.getSimpleName());
      return false;
    }
    String name = collectionTable == null ? "" : string(collectionTable, "name");
    String schema = collectionTable == null || string(collectionTable, "schema").isEmpty()
        ? Table.schemaOf(ownerTable) : naming.physical(string(collectionTable, "schema"));
    String table = Table.qualified(schema.equals(Table.DEFAULT_SCHEMA) ? "" : schema,
        naming.physical(name.isEmpty() ? entityName(owner) + "_" + field.getSimpleName() : name));
    if (!reader.fits(field, "Collection table", Table.localName(table))) {
      return false;
    }
    List<AnnotationMirror> joins = collectionTable == null ? List.of() : mirrors(collectionTable, "joinColumns");
    JpaTableParts parts = new JpaTableParts(table);
    List<String> ownerColumns = keyColumns(field, parts, "@CollectionTable(joinColumns)", joins, entityName(owner),
        ownerKeys);
    if (ownerColumns == null) {
      return false;
    }
    boolean ok = joinForeignKey(field, parts, joins, ownerColumns, ownerTable, ownerKeys, reader.onDelete(field));
    String mapKey = null;
    if (plural.kind().equals("java.util.Map")) {
      AnnotationMirror keyColumn = jpa(field, "MapKeyColumn");
      Column column = reader.basicColumn(owner, table, new Attribute(field, plural.arguments().get(0)), keyColumn, false,
          parts.checks, parts.uniques);
      if (column == null) {
        return false;
      }
      String logical = keyColumn == null || string(keyColumn, "name").isEmpty() ? field.getSimpleName() + "_KEY"
          : string(keyColumn, "name");
      column = column.withName(naming.physical(logical));
      parts.hibernateNames.put(column.name(), naming.hibernateText(logical));
      mapKey = column.name();
      ok &= reader.addColumn(parts, field, column.withNullable(false));
    } else if (jpa(field, "MapKeyColumn") != null) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @MapKeyColumn belongs on a Map", field.getSimpleName());
      return false;
    }
    String order = orderColumn(field, parts, true);
    int elementFrom = parts.columns.size();
    Attribute element = new Attribute(field, plural.element());
    List<Column> elementColumns;
    if (JpaEntityReader.isEmbedded(element)) {
      Map<String, AnnotationMirror> columns = reader.overrides(field);
      Map<String, AnnotationMirror> relations = reader.associationOverrides(field);
      classOverrides.embedded(attribute, columns, relations);
      if (mapKey != null) {
        columns = mapValue(field, "AttributeOverride", columns);
        relations = mapValue(field, "AssociationOverride", relations);
        if (columns == null || relations == null) {
          return false;
        }
      }
      elementColumns = reader.embeddedColumns(owner, parts, element, columns, relations);
    } else if (!repeated(field, "AttributeOverride").isEmpty()) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @AttributeOverride belongs on a collection of"
          + " @Embeddable elements", field.getSimpleName());
      return false;
    } else {
      Column column = reader.basicColumn(owner, table, element, jpa(field, "Column"), false, parts.checks, parts.uniques);
      elementColumns = column == null ? null : List.of(column);
    }
    if (elementColumns == null) {
      return false;
    }
    for (Column column : elementColumns) {
      ok &= reader.addColumn(parts, field, column);
    }
    if (mapKey != null || order != null) {
      parts.primaryKey.addAll(ownerColumns);
      parts.primaryKey.add(mapKey != null ? mapKey : order);
    } else if (plural.set() && elementColumns.stream().noneMatch(Column::nullable)) {
      parts.primaryKey.addAll(ownerColumns);
      parts.primaryKey.addAll(parts.columnNames().subList(elementFrom, parts.columns.size()));
    }
    parts.orderPrimaryKeyAsHibernate();
    if (ok) {
      tables.add(parts.toTable());
    }
    return ok;
  }

  /**
   * The overrides of a map's embeddable values, by path from the value: JPA writes them under
   * {@code value.}. Hibernate ignores any other, as it does {@code key} (a key's column is named by
   * {@code @MapKeyColumn}): each is reported, and null returned.
   */
  private Map<String, AnnotationMirror> mapValue(VariableElement field, String annotation,
      Map<String, AnnotationMirror> overrides) {
    Map<String, AnnotationMirror> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, AnnotationMirror> override : overrides.entrySet()) {
      if (override.getKey().startsWith("value.")) {
        values.put(override.getKey().substring("value.".length()), override.getValue());
      } else {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: @%s(name = \"%s\") on a Map of embeddables names no"
            + " \"value.\" path, and Hibernate ignores it: name a value's field as \"value.<field>\" (on the class"
            + " \"%s.value.<field>\"), the key's column with @MapKeyColumn", field.getSimpleName(), annotation,
            override.getKey(), field.getSimpleName());
        ok = false;
      }
    }
    return ok ? values : null;
  }
}
