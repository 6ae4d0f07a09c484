package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;
import static io.tracetrack.migrations.processor.JpaHierarchy.isPersistent;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.processor.JpaHierarchy.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The primary key columns of JPA entities, as the columns that point at them need them: basic
 * {@code @Id}s, {@code @EmbeddedId}s, {@code @Id} and {@code @MapsId} relations, a JOINED
 * subclass's own key column; and the join column names a relation gives each.
 */
final class JpaKeys {
  private final JpaEntityReader reader;
  private final JpaNaming naming;
  private final JpaHierarchy hierarchy;

  JpaKeys(JpaEntityReader reader, JpaNaming naming, JpaHierarchy hierarchy) {
    this.reader = reader;
    this.naming = naming;
    this.hierarchy = hierarchy;
  }

  /** One column of an entity's primary key: its logical and physical name and its type. */
  record Key(String logical, String column, String type) {}

  /** The one-column key of an entity, or null after reporting (on {@code at}) why it has none usable. */
  Key key(Element at, TypeElement target, String relation) {
    List<Key> keys = keys(at, target, relation);
    if (keys != null && keys.size() != 1) {
      reader.error(at, "[TracetrackJpaNotSupported] Field %s: %s %s, whose key has %d columns, is not supported yet",
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
  List<Key> keys(Element at, TypeElement target, String relation) {
    List<Attribute> attributes = hierarchy.inheritedAttributes(target);
    List<Key> keys = new ArrayList<>();
    for (Attribute attribute : attributes) {
      VariableElement id = attribute.field();
      if (jpa(id, "EmbeddedId") != null) {
        List<Key> parts = embeddedIdKeys(at, hierarchy.root(target), attribute, attributes, relation);
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
        // The root entity binds the id, with its class's overrides.
        Key key = basicKey(attribute, JpaClassOverrides.idColumn(hierarchy.root(target), attribute));
        if (key == null) {
          return null;
        }
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      reader.error(at, "[TracetrackJpaNotSupported] Field %s: %s %s, which has no @Id or @EmbeddedId", at.getSimpleName(),
          relation, target.getSimpleName());
      return null;
    }
    // A JOINED subclass's table names its key columns itself.
    List<Key> own = new ArrayList<>();
    for (Key key : keys) {
      String logical = keyColumn(target, key.logical());
      own.add(new Key(logical, naming.physical(logical), key.type()));
    }
    // The order of Hibernate's primary key, which foreign keys to it follow.
    own.sort(JpaTableParts.hibernateOrder(Key::type, k -> naming.hibernateText(k.logical())));
    return own;
  }

  /**
   * The key columns of an {@code @EmbeddedId} of {@code entity} (the root that binds it, with its
   * overrides by path): its fields, but those a {@code @MapsId} relation supplies.
   */
  List<Key> embeddedIdKeys(Element at, TypeElement entity, Attribute id, List<Attribute> attributes, String relation) {
    if (!(id.type() instanceof DeclaredType declared) || jpa(declared.asElement(), "Embeddable") == null) {
      reader.error(id.field(), "[TracetrackJpaNotSupported] Field %s: @EmbeddedId needs an @Embeddable class",
          id.field().getSimpleName());
      return null;
    }
    Map<String, AnnotationMirror> overrides = JpaClassOverrides.embeddedColumns(entity, id, reader.overrides(id.field()));
    List<Key> keys = new ArrayList<>();
    for (VariableElement part : hierarchy.access().members((TypeElement) declared.asElement(),
        id.field() instanceof JpaProperty)) {
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
  Key basicKey(Attribute id, AnnotationMirror column) {
    String logical = column == null || string(column, "name").isEmpty() ? id.field().getSimpleName().toString()
        : string(column, "name");
    String type = reader.columnTypes.columnType(id, column);
    return type == null ? null : new Key(logical, naming.physical(logical), type);
  }

  /** The columns a relation's join columns give a key: the target's key columns, named as the join columns say. */
  List<Key> derivedKeys(Element at, Attribute relation, String what) {
    if (!(relation.type() instanceof DeclaredType declared) || !JpaEntityReader.isEntity(declared.asElement())) {
      reader.error(relation.field(), "[TracetrackJpaNotSupported] Field %s: a relation to %s, which is not an @Entity",
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
  static Attribute mapsId(List<Attribute> attributes, String value) {
    return attributes.stream().filter(a -> jpa(a.field(), "MapsId") != null
        && string(jpa(a.field(), "MapsId"), "value").equals(value)).findFirst().orElse(null);
  }

  static boolean isRelation(Element field) {
    return jpa(field, "ManyToOne") != null || jpa(field, "OneToOne") != null;
  }

  /** A relation's join column to one column of the target's key: as written, else {@code <property>_<key column>}. */
  String joinColumnLogical(List<AnnotationMirror> joins, VariableElement field, Key referenced, int keyColumns) {
    return joinColumnLogical(joins, field.getSimpleName().toString(), referenced, keyColumns);
  }

  /** A join column to one column of a key: as written, else {@code <prefix>_<key column>}. */
  String joinColumnLogical(List<AnnotationMirror> joins, String prefix, Key referenced, int keyColumns) {
    for (AnnotationMirror join : joins) {
      String to = string(join, "referencedColumnName");
      boolean matches = to.isEmpty() ? keyColumns == 1 : naming.physical(to).equals(referenced.column());
      if (matches && !string(join, "name").isEmpty()) {
        return string(join, "name");
      }
    }
    return prefix + "_" + referenced.logical().replace("\"", "").replace("`", "");
  }

  /** A field's {@code @JoinColumn}, or the members of its {@code @JoinColumns}. */
  List<AnnotationMirror> joinColumnMirrors(Element field) {
    if (jpa(field, "JoinColumns") != null) {
      return mirrors(jpa(field, "JoinColumns"), "value");
    }
    return jpa(field, "JoinColumn") == null ? List.of() : List.of(jpa(field, "JoinColumn"));
  }

  /**
   * The logical name, in an entity's own table, of one of its root's key columns: the root's, or in
   * a JOINED subclass the name its {@code @PrimaryKeyJoinColumn} gives (among several, the one whose
   * {@code referencedColumnName} is the parent's column), else its parent's.
   */
  String keyColumn(TypeElement type, String rootColumn) {
    TypeElement parent = hierarchy.parent(type);
    if (parent == null || hierarchy.strategy(type) != JpaHierarchy.Strategy.JOINED) {
      return rootColumn;
    }
    String parentColumn = keyColumn(parent, rootColumn);
    List<AnnotationMirror> joins = primaryKeyJoinColumns(type);
    for (AnnotationMirror join : joins) {
      boolean matches = joins.size() == 1
          || naming.physical(string(join, "referencedColumnName")).equals(naming.physical(parentColumn));
      if (matches && !string(join, "name").isEmpty()) {
        return string(join, "name");
      }
    }
    return parentColumn;
  }

  /**
   * A JOINED subclass's key: one column per column of the root's key, named as its {@code
   * @PrimaryKeyJoinColumn(s)} say (else as the parent's), typed like the root's, the primary key,
   * and one foreign key to the parent's table ({@code ON DELETE CASCADE} with Hibernate's {@code
   * @OnDelete}). False after an error.
   */
  boolean joinedKey(TypeElement type, TypeElement parent, JpaTableParts parts) {
    List<Key> rootKeys = keys(type, hierarchy.root(type), "JOINED subclass of");
    if (rootKeys == null || !primaryKeyJoinColumnsMatch(type, parent, rootKeys)) {
      return false;
    }
    // Ordered as the parent's key, which the foreign key follows.
    rootKeys = new ArrayList<>(rootKeys);
    rootKeys.sort(JpaTableParts.hibernateOrder(Key::type, k -> naming.hibernateText(keyColumn(parent, k.logical()))));
    List<String> columns = new ArrayList<>();
    List<String> parentColumns = new ArrayList<>();
    for (Key root : rootKeys) {
      String logical = keyColumn(type, root.logical());
      String column = naming.physical(logical);
      parts.hibernateNames.put(column, naming.hibernateText(logical));
      if (!reader.addColumn(parts, type, new Column(column, root.type(), false, null))) {
        return false;
      }
      columns.add(column);
      parentColumns.add(naming.physical(keyColumn(parent, root.logical())));
    }
    String parentTable = reader.tableName(parent);
    AnnotationMirror written = jpa(type, "PrimaryKeyJoinColumns") != null ? jpa(type, "PrimaryKeyJoinColumns")
        : jpa(type, "PrimaryKeyJoinColumn");
    AnnotationMirror foreignKey = written == null ? null : mirror(written, "foreignKey");
    String keyName = foreignKey == null || string(foreignKey, "name").isEmpty()
        ? NamingConvention.foreignKey(parts.name, columns, parentTable) : string(foreignKey, "name");
    if (!reader.fits(type, "Foreign key", keyName)) {
      return false;
    }
    parts.primaryKey.addAll(columns);
    parts.foreignKeys.add(new ForeignKey(keyName, columns, parentTable, parentColumns, JpaEntityReader.onDelete(type),
        ForeignKey.NO_ACTION));
    return true;
  }

  /**
   * Whether a JOINED subclass's {@code @PrimaryKeyJoinColumn(s)} fit its key: one for a key of one
   * column; for several, one per column, each naming the parent's column it joins with {@code
   * referencedColumnName}. Reports why not.
   */
  private boolean primaryKeyJoinColumnsMatch(TypeElement type, TypeElement parent, List<Key> rootKeys) {
    List<AnnotationMirror> joins = primaryKeyJoinColumns(type);
    if (joins.isEmpty() || (joins.size() == 1 && rootKeys.size() == 1)) {
      return true;
    }
    List<String> parentColumns = rootKeys.stream().map(k -> naming.physical(keyColumn(parent, k.logical()))).toList();
    boolean ok = joins.size() == rootKeys.size();
    for (AnnotationMirror join : joins) {
      ok &= parentColumns.contains(naming.physical(string(join, "referencedColumnName")));
    }
    if (!ok) {
      reader.error(type, "[TracetrackJpaInheritance] Entity %s: %s's key has %d columns (%s); give one"
          + " @PrimaryKeyJoinColumn per column in @PrimaryKeyJoinColumns, each naming its column with"
          + " referencedColumnName", type.getSimpleName(), parent.getSimpleName(), rootKeys.size(),
          String.join(", ", parentColumns));
    }
    return ok;
  }

  /** A JOINED subclass's {@code @PrimaryKeyJoinColumn}, or the members of its {@code @PrimaryKeyJoinColumns}. */
  static List<AnnotationMirror> primaryKeyJoinColumns(TypeElement type) {
    if (jpa(type, "PrimaryKeyJoinColumns") != null) {
      return mirrors(jpa(type, "PrimaryKeyJoinColumns"), "value");
    }
    return jpa(type, "PrimaryKeyJoinColumn") == null ? List.of() : List.of(jpa(type, "PrimaryKeyJoinColumn"));
  }
}
